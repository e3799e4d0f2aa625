package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorTarget;
import org.entente.compact.IndicatorUnit;
import org.entente.compact.PeriodType;
import org.junit.jupiter.api.Test;

class ScorecardTests {

    private static Indicator indicator(Direction direction, Double min, Double max) {
        return new Indicator("SHARE", "Share", null, IndicatorUnit.PERCENT, direction, PeriodType.YEARLY, "", null, null, null,
                null, min, max);
    }

    @Test
    void onTrackMeansAtLeastAsFarAlongAsTheTimeElapsedOnAStraightLine() {
        // Recruitment cost 38.5 % of a month's income at the end of 2025, 15 % by the end of 2029: four years.
        IndicatorTarget target = new IndicatorTarget("ETH-REC", "SDG_10_7_1", 38.5, 2025, 15.0,
                LocalDate.of(2029, 12, 31));
        Indicator lowerIsBetter = indicator(Direction.LOWER_IS_BETTER, null, null);
        // A year in, the line is at 38.5 - 23.5 / 4 = 32.625 (to the day: 365 of 1461 days, 32.629).
        LocalDate yearOne = LocalDate.of(2026, 12, 31);
        assertThat(Scorecard.onTrack(lowerIsBetter, target, 32.6, yearOne)).isTrue();
        assertThat(Scorecard.onTrack(lowerIsBetter, target, 33.0, yearOne)).isFalse();
        // Inspections from 420 to 900 over three years; after half the time, 660 is on the line.
        IndicatorTarget inspections = new IndicatorTarget("LAB", "INSPECTIONS", 420.0, 2025, 900.0,
                LocalDate.of(2028, 12, 31));
        Indicator higherIsBetter = indicator(Direction.HIGHER_IS_BETTER, null, null);
        LocalDate half = LocalDate.of(2027, 7, 1);
        assertThat(Scorecard.onTrack(higherIsBetter, inspections, 700, half)).isTrue();
        assertThat(Scorecard.onTrack(higherIsBetter, inspections, 600, half)).isFalse();
    }

    @Test
    void aRangeIndicatorIsOnTrackInsideItsRange() {
        Indicator balance = indicator(Direction.WITHIN_RANGE, 0.9, 1.1);
        assertThat(Scorecard.onTrack(balance, null, 1.05, LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(Scorecard.onTrack(balance, null, 1.3, LocalDate.of(2027, 1, 1))).isFalse();
    }
}
