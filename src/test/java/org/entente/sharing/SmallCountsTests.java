package org.entente.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SmallCountsTests {

    @Test
    void countsFromOneToTenAreWithheldAndZeroAndElevenAreShown() {
        for (long count = 1; count <= 10; count++) {
            assertThat(SmallCounts.publishable(count)).as("count %d", count).isEmpty();
        }
        assertThat(SmallCounts.publishable(0)).hasValue(0);
        assertThat(SmallCounts.publishable(11)).hasValue(11);
        assertThat(SmallCounts.publishable(1234)).hasValue(1234);
        assertThatThrownBy(() -> SmallCounts.publishable(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoneWithheldCellBesideATotalTakesTheSmallestOtherWithIt() {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("on time", 40L);
        cells.put("late", 3L);
        cells.put("lost", 0L);
        cells.put("returned", 25L);
        SmallCounts.Group<String> group = SmallCounts.publishableWithTotal(cells);
        assertThat(group.total()).hasValue(68);
        assertThat(group.cells()).containsExactly(Map.entry("on time", OptionalLong.of(40)),
                Map.entry("late", OptionalLong.empty()), Map.entry("lost", OptionalLong.of(0)),
                Map.entry("returned", OptionalLong.empty()));
    }

    @Test
    void noWithheldCellCanBeWorkedOutFromTheTotalAndTheCellsShown() {
        Random random = new Random(17);
        for (int round = 0; round < 2000; round++) {
            Map<Integer, Long> cells = new LinkedHashMap<>();
            int size = 1 + random.nextInt(5);
            for (int i = 0; i < size; i++) {
                cells.put(i, (long) (random.nextInt(3) == 0 ? random.nextInt(11) : random.nextInt(60)));
            }
            SmallCounts.Group<Integer> group = SmallCounts.publishableWithTotal(cells);
            Map<Integer, OptionalLong> shown = group.cells();
            long total = cells.values().stream().mapToLong(Long::longValue).sum();
            if (total >= 1 && total <= 10) {
                assertThat(group.total()).isEmpty();
                continue;
            }
            if (group.totalProtecting()) {
                assertThat(group.total()).isEmpty();
                continue;
            }
            assertThat(group.total()).hasValue(total);
            long hidden = shown.values().stream().filter(OptionalLong::isEmpty).count();
            long hiddenSum = cells.entrySet().stream().filter(e -> shown.get(e.getKey()).isEmpty())
                    .mapToLong(Map.Entry::getValue).sum();
            // With the total known, the hidden cells' sum is known: one hidden cell alone would be given away.
            assertThat(hidden).as("cells %s", cells).isNotEqualTo(1);
            if (hidden > 1) {
                assertThat(hiddenSum).as("cells %s", cells).isPositive();
            }
            cells.forEach((k, v) -> {
                if (v >= 1 && v <= 10) {
                    assertThat(shown.get(k)).as("cells %s", cells).isEmpty();
                }
            });
        }
    }
}
