package org.entente.sharing;

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
 * No withheld count can be recovered from what is published. The reader here sees the published group: the total
 * (when shown), the cells shown, and for each withheld cell its label, so its bounds (a small cell is 1 to 10, a
 * protecting one 11 or more). It tries every value of every withheld cell within those bounds that adds up to the
 * total, as an audit of a published table does, and must find more than one possible value for each.
 */
public
class SmallCountsRecoveryTests {

    private static final int MOST = 40;

    @Property(tries = 400)
    void aWithheldCellAlwaysHasMoreThanOnePossibleValue(
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = MOST) Integer> counts) {
        Map<Integer, Long> cells = cells(counts);
        SmallCounts.Group<Integer> published = SmallCounts.publishableWithTotal(cells);
        List<Integer> withheld = new ArrayList<>();
        published.cells().forEach((k, v) -> {
            if (v.isEmpty()) {
                withheld.add(k);
            }
        });
        if (withheld.isEmpty()) {
            return;
        }
        List<Set<Long>> possible = new ArrayList<>();
        withheld.forEach(k -> possible.add(new HashSet<>()));
        long[] candidate = new long[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            candidate[i] = counts.get(i);
        }
        tryAll(withheld, 0, candidate, published, possible);
        for (int i = 0; i < withheld.size(); i++) {
            assertThat(possible.get(i)).as("cell %d of %s published as %s", withheld.get(i), counts, published)
                    .hasSizeGreaterThan(1);
        }
    }

    /**
     * Every value of every withheld cell within its bounds, kept when the cells add up to what is published of the
     * total: its value when shown, 1 to 10 when it is small, 11 or more when it protects. With the total shown, the
     * last withheld cell is what the others leave.
     */
    private static void tryAll(List<Integer> withheld, int at, long[] candidate, SmallCounts.Group<Integer> published,
            List<Set<Long>> possible) {
        int key = withheld.get(at);
        boolean small = published.isSmall(key);
        long low = small ? 1 : SmallCounts.THRESHOLD;
        long high = small ? SmallCounts.THRESHOLD - 1 : MOST * 3L;
        if (at == withheld.size() - 1 && published.total().isPresent()) {
            long others = 0;
            for (int i = 0; i < candidate.length; i++) {
                others += i == key ? 0 : candidate[i];
            }
            long last = published.total().getAsLong() - others;
            if (last >= low && last <= high) {
                candidate[key] = last;
                keep(withheld, candidate, possible);
            }
            return;
        }
        for (long value = low; value <= high; value++) {
            candidate[key] = value;
            if (at == withheld.size() - 1) {
                long sum = 0;
                for (long v : candidate) {
                    sum += v;
                }
                boolean fits = published.totalProtecting() ? sum >= SmallCounts.THRESHOLD
                        : sum >= 1 && sum < SmallCounts.THRESHOLD;
                if (fits) {
                    keep(withheld, candidate, possible);
                }
            } else {
                tryAll(withheld, at + 1, candidate, published, possible);
            }
        }
    }

    private static void keep(List<Integer> withheld, long[] candidate, List<Set<Long>> possible) {
        for (int i = 0; i < withheld.size(); i++) {
            possible.get(i).add(candidate[withheld.get(i)]);
        }
    }

    private static Map<Integer, Long> cells(List<Integer> counts) {
        Map<Integer, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.put(i, (long) counts.get(i));
        }
        return cells;
    }
}
