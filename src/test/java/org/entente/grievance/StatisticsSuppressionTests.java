package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * No suppressed value of the public grievance figures can be recovered from what is published. Two breakdowns of
 * the same cases (by category and by stage, say) are published together with their shared total, as the statistics
 * page does; a reader who knows each withheld cell's bounds (1 to 10 when marked "fewer than 11", 11 or more when
 * withheld to protect another) and the total tries every value of the withheld cells of each breakdown, and must
 * find more than one possible value for every one of them.
 */
class StatisticsSuppressionTests {

    private static final long MOST = 120;

    @Property(tries = 300)
    void noWithheldFigureCanBeWorkedOut(@ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 30) Integer> a,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 30) Integer> b) {
        // The same cases counted two ways: the second breakdown is rescaled to the first one's total.
        long total = a.stream().mapToLong(Integer::longValue).sum();
        Map<String, Long> first = cells("c", a);
        Map<String, Long> second = rescaled(b, total);
        List<GrievanceStatistics.Breakdown> published = GrievanceStatistics.consistent(List.of(
                GrievanceStatistics.breakdown("first", first), GrievanceStatistics.breakdown("second", second)));
        assertThat(published.get(0).total().value()).as("one total for the same cases")
                .isEqualTo(published.get(1).total().value());
        for (GrievanceStatistics.Breakdown breakdown : published) {
            List<GrievanceStatistics.Cell> withheld = breakdown.cells().stream()
                    .filter(GrievanceStatistics.Cell::withheld).toList();
            if (withheld.isEmpty()) {
                continue;
            }
            long shownSum = breakdown.cells().stream().filter(c -> !c.withheld()).mapToLong(c -> c.value()).sum();
            Long shownTotal = breakdown.total().value();
            if (shownTotal == null) {
                // Without a total, each withheld cell may be anything within its bounds, which hold several values.
                continue;
            }
            List<Set<Long>> possible = new ArrayList<>();
            withheld.forEach(c -> possible.add(new HashSet<>()));
            tryAll(withheld, 0, new long[withheld.size()], shownTotal - shownSum, possible);
            for (int i = 0; i < withheld.size(); i++) {
                assertThat(possible.get(i)).as("%s %s of %s / %s published as %s", breakdown.dimension(),
                        withheld.get(i).key(), first, second, published).hasSizeGreaterThan(1);
            }
            // A total that is withheld is marked, so a reader never takes it for "no cases".
            assertThat(breakdown.total().value() != null || breakdown.total().small()
                    || breakdown.total().protecting() || total == 0).isTrue();
        }
    }

    /** Every value of each withheld cell within its bounds; the last one is what the others leave of the rest. */
    private static void tryAll(List<GrievanceStatistics.Cell> withheld, int at, long[] values, long rest,
            List<Set<Long>> possible) {
        GrievanceStatistics.Cell cell = withheld.get(at);
        long low = cell.small() ? 1 : 11;
        long high = cell.small() ? 10 : MOST;
        if (at == withheld.size() - 1) {
            long others = 0;
            for (int i = 0; i < at; i++) {
                others += values[i];
            }
            long last = rest - others;
            if (last >= low && last <= high) {
                values[at] = last;
                for (int i = 0; i < values.length; i++) {
                    possible.get(i).add(values[i]);
                }
            }
            return;
        }
        for (long v = low; v <= high; v++) {
            values[at] = v;
            tryAll(withheld, at + 1, values, rest, possible);
        }
    }

    private static Map<String, Long> cells(String prefix, List<Integer> counts) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.put(prefix + i, (long) counts.get(i));
        }
        return cells;
    }

    /** Counts in the proportions given, adding up to the total (the last cell takes what is left). */
    private static Map<String, Long> rescaled(List<Integer> weights, long total) {
        long weight = weights.stream().mapToLong(Integer::longValue).sum();
        Map<String, Long> cells = new LinkedHashMap<>();
        long given = 0;
        for (int i = 0; i < weights.size(); i++) {
            long count = i == weights.size() - 1 ? total - given
                    : weight == 0 ? 0 : total * weights.get(i) / weight;
            cells.put("s" + i, count);
            given += count;
        }
        return cells;
    }
}
