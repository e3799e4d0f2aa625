package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RobustJumpsTests {

    /** Inspections per year: a skewed series with one large year, as real series are. */
    private static final List<Double> SKEWED = List.of(120.0, 130.0, 125.0, 140.0, 135.0, 410.0, 128.0, 133.0);

    @Test
    void aSkewedHistoryRaisesNoAlarmForAnOrdinaryValueAndCatchesAJumpARuleOnTheMeanWouldMiss() {
        assertThat(RobustJumps.jumps(150, SKEWED)).isFalse();
        // The one large year inflates the standard deviation so that 450 is under three of them out, and a rule
        // on the mean would pass it; the median and MAD are not moved by that year, and flag it.
        double mean = SKEWED.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sd = Math.sqrt(SKEWED.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (SKEWED.size() - 1));
        assertThat(Math.abs(450 - mean) / sd).isLessThan(3.0);
        assertThat(RobustJumps.jumps(450, SKEWED)).isTrue();
    }

    @Test
    void aTypingSlipAndAFallToAFractionAreFlagged() {
        assertThat(RobustJumps.jumps(13, SKEWED)).isTrue();
        assertThat(RobustJumps.jumps(1300, SKEWED)).isTrue();
    }

    @Test
    void tooShortOrFlatAHistoryJudgesNothing() {
        assertThat(RobustJumps.score(1000, List.of(1.0, 2.0, 3.0))).isEmpty();
        assertThat(RobustJumps.score(1000, List.of(5.0, 5.0, 5.0, 5.0, 5.0))).isEmpty();
        assertThat(RobustJumps.median(new double[] {1, 2, 3, 10})).isEqualTo(2.5);
    }
}
