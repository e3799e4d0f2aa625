package org.entente.grievance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.entente.sharing.SmallCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public statistics of grievances (CORE-6): cases received by category, country pair and stage, closed cases by
 * outcome and time to resolution, remedies delivered and amounts recovered, targets missed. Every count goes through
 * {@link SmallCounts}: 1 to 10 is shown as "fewer than 11", a second cell is withheld where a total would give a
 * withheld one away, and a total withheld in one breakdown is withheld in every breakdown of the same cases. A share
 * is shown only when the count above it and the one below are both shown; an amount only when at least 11 cases
 * make it. Figures are worked out at most once a minute.
 */
@Service
public class GrievanceStatistics {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    /** A published count: its value, or null when withheld, and why (small, or protecting another). */
    public record Cell(String key, Long value, boolean small, boolean protecting) {
        public boolean withheld() {
            return value == null;
        }
    }

    public record Breakdown(String dimension, Cell total, List<Cell> cells) {
    }

    /** An amount recovered in one currency, or withheld when fewer than 11 cases make it. */
    public record Amount(String currency, BigDecimal amount, boolean withheld) {
    }

    /** A share, shown only when both its counts are. */
    public record Share(Long part, Long whole, Double share) {
    }

    public record Statistics(Instant asOf, List<Breakdown> received, List<Breakdown> closed, Breakdown remedies,
            List<Amount> recovered, Breakdown missedTargets, Share resolvedWithin90Days) {

        /** Every breakdown, in the order pages and files show them. */
        public List<Breakdown> all() {
            List<Breakdown> all = new ArrayList<>(received);
            all.addAll(closed);
            all.add(remedies);
            all.add(missedTargets);
            return all;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Statistics cached;

    GrievanceStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Statistics current() {
        Statistics known = cached;
        Instant now = clock.instant();
        if (known == null || known.asOf().plus(FRESH_FOR).isBefore(now) || known.asOf().isAfter(now)) {
            known = compute();
            cached = known;
        }
        return known;
    }

    /** Forgets the figures, so that the next reading works them out again (tests and the demo). */
    public void refresh() {
        cached = null;
    }

    @Transactional(readOnly = true)
    public Statistics compute() {
        Map<String, Long> categories = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            categories.put(c.name(), 0L);
        }
        counts("select category, count(*) from grievance_case group by category").forEach(categories::put);
        Map<String, Long> pairs = new TreeMap<>(counts(
                "select country_from || '-' || country_to, count(*) from grievance_case group by country_from, country_to"));
        Map<String, Long> stages = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            stages.put(s.name(), 0L);
        }
        counts("select stage, count(*) from grievance_case group by stage").forEach(stages::put);
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            outcomes.put(o.name(), 0L);
        }
        counts("select outcome, count(*) from grievance_case where outcome is not null group by outcome")
                .forEach(outcomes::put);
        Map<String, Long> times = new LinkedHashMap<>();
        for (ResolutionTime t : ResolutionTime.values()) {
            times.put(t.name(), 0L);
        }
        jdbc.sql("select received_at, closed_at from grievance_case where closed_at is not null")
                .query((rs, n) -> ResolutionTime.of(Duration.between(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant())))
                .list().forEach(t -> times.merge(t.name(), 1L, Long::sum));
        Map<String, Long> misses = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            if (s.isOpen()) {
                misses.put(s.name(), 0L);
            }
        }
        counts("select stage, count(*) from grievance_miss group by stage").forEach(misses::put);

        List<Breakdown> received = consistent(List.of(breakdown("category", categories),
                breakdown("countryPair", pairs), breakdown("stage", stages)));
        List<Breakdown> closed = consistent(List.of(breakdown("outcome", outcomes),
                breakdown("resolutionTime", times)));

        Map<String, Long> remedies = new LinkedHashMap<>();
        for (RemedyKind k : RemedyKind.values()) {
            remedies.put(k.name(), 0L);
        }
        counts("select kind, count(distinct case_id) from grievance_remedy where delivered = true group by kind")
                .forEach(remedies::put);
        List<Cell> remedyCells = new ArrayList<>();
        remedies.forEach((k, v) -> remedyCells.add(alone(k, v)));

        List<Amount> recovered = jdbc.sql("""
                select currency, sum(amount), count(distinct case_id) from grievance_remedy
                where delivered = true and amount is not null group by currency order by currency""")
                .query((rs, n) -> {
                    boolean shown = SmallCounts.publishable(rs.getLong(3)).isPresent();
                    return new Amount(rs.getString(1), shown ? rs.getBigDecimal(2) : null, !shown);
                }).list();

        long closedCount = times.values().stream().mapToLong(Long::longValue).sum();
        long within90 = times.get(ResolutionTime.WITHIN_30_DAYS.name()) + times.get(ResolutionTime.WITHIN_90_DAYS.name());
        OptionalLong part = SmallCounts.publishable(within90);
        OptionalLong whole = closed.get(0).total().withheld() ? OptionalLong.empty()
                : SmallCounts.publishable(closedCount);
        Share share = part.isPresent() && whole.isPresent() && whole.getAsLong() > 0
                ? new Share(part.getAsLong(), whole.getAsLong(), (double) part.getAsLong() / whole.getAsLong())
                : new Share(part.isPresent() ? part.getAsLong() : null, whole.isPresent() ? whole.getAsLong() : null,
                        null);
        return new Statistics(clock.instant(), received, closed,
                new Breakdown("remedyDelivered", null, remedyCells), recovered, breakdown("missedTarget", misses),
                share);
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    static Breakdown breakdown(String dimension, Map<String, Long> counts) {
        SmallCounts.Group<String> group = SmallCounts.publishableWithTotal(counts);
        List<Cell> cells = new ArrayList<>();
        group.cells().forEach((key, shown) -> cells.add(new Cell(key, shown.isPresent() ? shown.getAsLong() : null,
                group.isSmall(key), group.protecting().contains(key))));
        long sum = counts.values().stream().mapToLong(Long::longValue).sum();
        Cell total = new Cell("total", group.total().isPresent() ? group.total().getAsLong() : null,
                group.total().isEmpty() && !group.totalProtecting() && sum > 0, group.totalProtecting());
        return new Breakdown(dimension, total, cells);
    }

    /** Breakdowns of the same cases share their total: withheld in one, it is withheld in all. */
    static List<Breakdown> consistent(List<Breakdown> breakdowns) {
        boolean protect = breakdowns.stream().anyMatch(b -> b.total().protecting());
        if (!protect) {
            return breakdowns;
        }
        return breakdowns.stream().map(b -> b.total().withheld() ? b : new Breakdown(b.dimension(),
                new Cell("total", null, false, true), b.cells())).toList();
    }

    static Cell alone(String key, long count) {
        OptionalLong shown = SmallCounts.publishable(count);
        return new Cell(key, shown.isPresent() ? shown.getAsLong() : null, shown.isEmpty(), false);
    }
}
