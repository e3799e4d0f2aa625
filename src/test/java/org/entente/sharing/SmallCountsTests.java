package org.entente.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallCountsTests {

    @Test
    void withholdsCountsThatCouldPointAtAnIndividual() {
        for (long count = 1; count < SmallCounts.THRESHOLD; count++) {
            assertThat(SmallCounts.publishable(count)).as("count %d", count).isEmpty();
        }
    }

    @Test
    void publishesZeroAndCountsFromTheThresholdOn() {
        assertThat(SmallCounts.publishable(0)).hasValue(0);
        assertThat(SmallCounts.publishable(SmallCounts.THRESHOLD)).hasValue(SmallCounts.THRESHOLD);
        assertThat(SmallCounts.publishable(1234)).hasValue(1234);
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> SmallCounts.publishable(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
