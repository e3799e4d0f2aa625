package org.entente.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorTarget;
import org.entente.sharing.SmallCounts;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One party's compliance with a compact, module by module, and never a black box (MIG-6): each indicator's latest
 * verified value beside what its straight line from baseline to target expects by then, the target and its date, the
 * trend and the recent series it is read from; each module's share on track, reporting on time and verification,
 * each with what it is made of. Computed from the stored values, kept until they change ({@link LiveFigures}).
 */
@Service
public class Compliance {

    /** How many of the latest verified periods each indicator's series shows. */
    static final int RECENT = 8;

    /**
     * An indicator's standing. {@code latest} and the values of {@code recent} are null where withheld: a count from 1
     * to 10, or a computed value one of whose elements is such a count, as in every public figure.
     */
    public record Standing(Indicator indicator, IndicatorTarget target, String latestPeriod, Double latest,
            Double expected, Boolean onTrack, ReviewCycles.Trend trend, List<Recent> recent) {
    }

    public record Recent(String period, Double value) {
    }

    public record Module(String module, Scorecard.Cell figures, List<Standing> indicators) {
    }

    public record View(String compact, PartyCode party, List<Module> modules) {
    }

    private final ReportingCalendar calendar;
    private final AdherenceDesk desk;
    private final VerifiedSeries series;
    private final Scorecard scorecard;
    private final LiveFigures figures;

    Compliance(ReportingCalendar calendar, AdherenceDesk desk, VerifiedSeries series, Scorecard scorecard,
            LiveFigures figures) {
        this.calendar = calendar;
        this.desk = desk;
        this.series = series;
        this.scorecard = scorecard;
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    public View of(String compact, PartyCode party) {
        if (calendar.openedOn(compact, party).isEmpty()) {
            throw new NotFound("reporting of " + party + " in", compact);
        }
        return figures.of(compact, "compliance:" + party.value(), () -> compute(compact, party));
    }

    private View compute(String compact, PartyCode party) {
        List<ReportingCalendar.Committed> committed = calendar.committed(compact, party);
        Map<String, IndicatorTarget> targets = new HashMap<>();
        desk.of(compact, party).ifPresent(a -> a.targets().forEach(t -> targets.put(t.moduleCode() + "/"
                + t.indicatorCode(), t)));
        Map<String, TreeMap<ReportingPeriod, Double>> verified = series.totals(compact, party, committed.stream()
                .flatMap(m -> m.indicators().stream()).toList());
        Scorecard.Row row = scorecard.of(compact).rows().stream().filter(r -> r.party().equals(party)).findFirst()
                .orElse(null);
        List<Module> modules = new ArrayList<>();
        for (ReportingCalendar.Committed m : committed) {
            List<Standing> standings = new ArrayList<>();
            for (Indicator indicator : m.indicators()) {
                IndicatorTarget target = targets.get(m.module() + "/" + indicator.code());
                TreeMap<ReportingPeriod, Double> values = verified.getOrDefault(indicator.code(), new TreeMap<>());
                var latest = values.lastEntry();
                var previous = latest == null ? null : values.lowerEntry(latest.getKey());
                LocalDate asOf = latest == null ? null : latest.getKey().lastDay();
                boolean judged = latest != null && (target != null || indicator.direction() == Direction.WITHIN_RANGE);
                List<Recent> recent = new ArrayList<>();
                values.descendingMap().entrySet().stream().limit(RECENT)
                        .forEach(e -> recent.add(0, new Recent(e.getKey().toString(), withheld(indicator, e.getKey(),
                                e.getValue(), verified) ? null : e.getValue())));
                standings.add(new Standing(indicator, target, latest == null ? null : latest.getKey().toString(),
                        latest == null || withheld(indicator, latest.getKey(), latest.getValue(), verified) ? null
                                : latest.getValue(),
                        latest == null || target == null ? null : Scorecard.expected(target, asOf),
                        judged ? Scorecard.onTrack(indicator, target, latest.getValue(), asOf) : null,
                        ReviewCycles.trend(indicator, previous == null ? null : previous.getValue(),
                                latest == null ? null : latest.getValue()), List.copyOf(recent)));
            }
            modules.add(new Module(m.module(), row == null ? null : row.cell(m.module()), List.copyOf(standings)));
        }
        return new View(compact, party, List.copyOf(modules));
    }

    /** A count from 1 to 10 is withheld; so is a computed value one of whose elements is such a count. */
    private static boolean withheld(Indicator indicator, ReportingPeriod period, double value,
            Map<String, TreeMap<ReportingPeriod, Double>> verified) {
        if (indicator.formula().isPresent()) {
            return indicator.formula().get().elements().stream().map(e -> verified.getOrDefault(e, new TreeMap<>())
                    .get(period)).anyMatch(v -> v != null && SmallCounts.publishable(Math.round(v)).isEmpty());
        }
        return indicator.unit() == org.entente.compact.IndicatorUnit.COUNT
                && SmallCounts.publishable(Math.round(value)).isEmpty();
    }
}
