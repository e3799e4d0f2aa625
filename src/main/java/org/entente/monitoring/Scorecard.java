package org.entente.monitoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.entente.compact.Adherence;
import org.entente.compact.AdherenceDesk;
import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorTarget;
import org.entente.shared.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public scorecard of a compact (CORE-6): for each party and module, how many of its indicators are on track,
 * how much of what fell due was reported on time, how much of what was reported is verified, and how long
 * verification takes. Every figure is computed live from the stored values, and each is shown with what it is made
 * of (on track 2 of 3), never as a bare grade. Only verified values judge progress; values a party restricted are
 * not counted at all until they are verified, so the public figures say nothing about them.
 */
@Service
public class Scorecard {

    /** One party's figures for one module. */
    /**
     * One party's figures for one module; {@code improving} and {@code worsening} count its indicators whose latest
     * verified value moved that way from the one before, by the indicator's direction.
     */
    public record Cell(String module, int judged, int onTrack, int owed, int onTime, int reported, int verified,
            Double medianDaysToVerify, int improving, int worsening) {

        public OptionalDouble onTrackShare() {
            return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTrack / judged);
        }

        public OptionalDouble onTimeShare() {
            return owed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / owed);
        }

        public OptionalDouble verifiedShare() {
            return reported == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) verified / reported);
        }
    }

    public record Row(PartyCode party, List<Cell> cells) {

        /** This party's figures for a module, or null where it did not commit to it. */
        public Cell cell(String module) {
            return cells.stream().filter(c -> c.module().equals(module)).findFirst().orElse(null);
        }
    }

    public record Card(String compact, List<String> modules, List<Row> rows) {
    }

    private final JdbcClient jdbc;
    private final ReportingCalendar calendar;
    private final AdherenceDesk desk;
    private final VerifiedSeries series;

    private final LiveFigures figures;

    Scorecard(JdbcClient jdbc, ReportingCalendar calendar, AdherenceDesk desk, VerifiedSeries series,
            LiveFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.series = series;
        this.calendar = calendar;
        this.desk = desk;
    }

    private record Stored(String indicator, String period, double amount, boolean late, String status,
            java.time.Instant reportedAt, java.time.Instant verifiedAt) {
    }

    /** The compact's scorecard, computed from the stored values and kept until they change ({@link LiveFigures}). */
    @Transactional(readOnly = true)
    public Card of(String compact) {
        return figures.of(compact, "scorecard", () -> compute(compact));
    }

    private Card compute(String compact) {
        List<String> parties = jdbc.sql("select party from reporting_calendar where compact = ? order by party")
                .param(compact).query(String.class).list();
        LocalDate today = calendar.today();
        List<String> modules = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (String code : parties) {
            PartyCode party = PartyCode.of(code);
            Optional<Adherence> adherence = desk.of(compact, party);
            Map<String, IndicatorTarget> targets = new HashMap<>();
            adherence.ifPresent(a -> a.targets().forEach(t -> targets.put(t.moduleCode() + "/" + t.indicatorCode(), t)));
            Map<String, List<Stored>> totals = new HashMap<>();
            jdbc.sql("""
                    select v.indicator, v.period, v.amount, v.late, v.status, v.reported_at, v.verified_at
                    from indicator_value v join value_submission s on s.id = v.submission
                    where v.compact = ? and v.party = ? and v.disaggregation = ''
                    and (v.status in ('VERIFIED', 'VERIFIED_WITH_NOTE') or s.classification = 'PUBLIC')""")
                    .params(compact, code)
                    .query((rs, n) -> new Stored(rs.getString("indicator"), rs.getString("period"),
                            rs.getDouble("amount"), rs.getBoolean("late"), rs.getString("status"),
                            rs.getTimestamp("reported_at").toInstant(), rs.getTimestamp("verified_at") == null ? null
                                    : rs.getTimestamp("verified_at").toInstant()))
                    .list().forEach(v -> totals.computeIfAbsent(v.indicator(), k -> new ArrayList<>()).add(v));
            var owed = calendar.obligations(compact, party);
            List<ReportingCalendar.Committed> committed = calendar.committed(compact, party);
            Map<String, java.util.TreeMap<ReportingPeriod, Double>> verifiedSeries = series.totals(compact, party,
                    committed.stream().flatMap(m -> m.indicators().stream()).toList());
            List<Cell> cells = new ArrayList<>();
            for (ReportingCalendar.Committed m : committed) {
                if (!modules.contains(m.module())) {
                    modules.add(m.module());
                }
                int judged = 0;
                int onTrack = 0;
                int reported = 0;
                int verified = 0;
                List<Double> days = new ArrayList<>();
                for (Indicator indicator : DataElements.reportable(m.indicators())) {
                    List<Stored> values = totals.getOrDefault(indicator.code(), List.of());
                    reported += values.size();
                    for (Stored v : values) {
                        if (v.verifiedAt() != null) {
                            verified++;
                            days.add(Duration.between(v.reportedAt(), v.verifiedAt()).toHours() / 24.0);
                        }
                    }
                }
                // Progress is judged on the indicators themselves, computed ones from their verified elements.
                int improving = 0;
                int worsening = 0;
                for (Indicator indicator : m.indicators()) {
                    var values = verifiedSeries.getOrDefault(indicator.code(), new java.util.TreeMap<>());
                    var latest = values.lastEntry();
                    var before = latest == null ? null : values.lowerEntry(latest.getKey());
                    var trend = ReviewCycles.trend(indicator, before == null ? null : before.getValue(),
                            latest == null ? null : latest.getValue());
                    improving += trend == ReviewCycles.Trend.IMPROVING ? 1 : 0;
                    worsening += trend == ReviewCycles.Trend.WORSENING ? 1 : 0;
                    IndicatorTarget target = targets.get(m.module() + "/" + indicator.code());
                    if (latest != null && (target != null || indicator.direction() == Direction.WITHIN_RANGE)) {
                        judged++;
                        if (onTrack(indicator, target, latest.getValue(), latest.getKey().lastDay())) {
                            onTrack++;
                        }
                    }
                }
                List<ReportingCalendar.Obligation> mine = owed.stream().filter(o -> o.module().equals(m.module())
                        && !today.isBefore(o.dueOn())).toList();
                int onTime = (int) mine.stream().filter(o -> totals.getOrDefault(o.indicator().code(), List.of())
                        .stream().anyMatch(v -> v.period().equals(o.period().toString()) && !v.late())).count();
                cells.add(new Cell(m.module(), judged, onTrack, mine.size(), onTime, reported, verified,
                        days.isEmpty() ? null : RobustJumps.median(days.stream().mapToDouble(Double::doubleValue)
                                .sorted().toArray()), improving, worsening));
            }
            rows.add(new Row(party, cells));
        }
        return new Card(compact, modules, rows);
    }

    /**
     * Whether a value is on track: within the range for a range indicator; otherwise at least as far from the baseline
     * towards the target as the time elapsed since the baseline year would have it, on a straight line.
     */
    static boolean onTrack(Indicator indicator, IndicatorTarget target, double value, LocalDate asOf) {
        if (indicator.direction() == Direction.WITHIN_RANGE) {
            return value >= indicator.rangeMin() && value <= indicator.rangeMax();
        }
        double goal = target.target();
        if (goal == target.baseline()) {
            return indicator.direction() == Direction.HIGHER_IS_BETTER ? value >= goal : value <= goal;
        }
        double expected = expected(target, asOf);
        return goal > target.baseline() ? value >= expected : value <= expected;
    }

    /**
     * Where a straight line from the baseline (at the end of its year) to the target (at its date) stands on a day:
     * what "on track" compares the value with.
     */
    static double expected(IndicatorTarget target, LocalDate asOf) {
        double baseline = target.baseline();
        double goal = target.target();
        LocalDate start = LocalDate.of(target.baselineYear() == null ? asOf.getYear() : target.baselineYear(), 12, 31);
        LocalDate end = target.targetDate() == null ? asOf : target.targetDate();
        double span = Math.max(1, Duration.between(start.atStartOfDay(), end.atStartOfDay()).toDays());
        double elapsed = Math.max(0, Math.min(span, Duration.between(start.atStartOfDay(), asOf.atStartOfDay()).toDays()));
        return baseline + (goal - baseline) * elapsed / span;
    }
}
