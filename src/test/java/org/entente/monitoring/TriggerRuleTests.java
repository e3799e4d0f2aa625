package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TreeMap;

import org.entente.compact.IndicatorTarget;
import org.junit.jupiter.api.Test;

/** A threshold compares the right two figures: the latest verified value or its change, against a number, target or baseline. */
class TriggerRuleTests {

    private static TreeMap<ReportingPeriod, Double> series(Object... periodsAndValues) {
        TreeMap<ReportingPeriod, Double> series = new TreeMap<>();
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            series.put(ReportingPeriod.parse((String) periodsAndValues[i]), ((Number) periodsAndValues[i + 1]).doubleValue());
        }
        return series;
    }

    private static TriggerRule rule(TriggerRule.LeftSide left, Integer periods, TriggerRule.Operator operator,
            TriggerRule.RightSide right, Double number) {
        return new TriggerRule("R1", "Rule", TriggerRule.Kind.THRESHOLD, "LAB", "X", left, periods, operator, right,
                number, TriggerRule.Importance.MEDIUM, TriggerRule.Opens.FOLLOW_UP);
    }

    private static final IndicatorTarget TARGET = new IndicatorTarget("LAB", "X", 40.0, 2024, 15.0,
            LocalDate.of(2029, 12, 31));

    @Test
    void theLatestPeriodIsJudgedNotTheLargestValue() {
        var rule = rule(TriggerRule.LeftSide.VALUE, null, TriggerRule.Operator.GREATER_THAN,
                TriggerRule.RightSide.BASELINE, null);
        assertThat(ReviewTriggers.threshold(rule, series("2025Q1", 45, "2025Q2", 39), TARGET)).isEmpty();
        assertThat(ReviewTriggers.threshold(rule, series("2025Q1", 39, "2025Q2", 41), TARGET))
                .contains(new ReviewTriggers.Compared("2025Q2", 41, 40));
    }

    @Test
    void aChangeIsMeasuredAgainstTheValueThatManyPeriodsBeforeAndNeedsIt() {
        var rise = rule(TriggerRule.LeftSide.CHANGE, 2, TriggerRule.Operator.GREATER_THAN_OR_EQUAL_TO,
                TriggerRule.RightSide.NUMBER, 5.0);
        assertThat(ReviewTriggers.threshold(rise, series("2024Q4", 20, "2025Q1", 30, "2025Q2", 25), null))
                .contains(new ReviewTriggers.Compared("2025Q2", 5, 5));
        assertThat(ReviewTriggers.threshold(rise, series("2024Q4", 21, "2025Q1", 30, "2025Q2", 25), null)).isEmpty();
        assertThat(ReviewTriggers.threshold(rise, series("2025Q1", 1, "2025Q2", 25), null)).isEmpty();
    }

    @Test
    void aRuleAgainstATargetCannotJudgeAPartyThatDeclaredNone() {
        var aboveTarget = rule(TriggerRule.LeftSide.VALUE, null, TriggerRule.Operator.GREATER_THAN,
                TriggerRule.RightSide.TARGET, null);
        assertThat(ReviewTriggers.threshold(aboveTarget, series("2025", 30), null)).isEmpty();
        assertThat(ReviewTriggers.threshold(aboveTarget, series("2025", 30), TARGET))
                .contains(new ReviewTriggers.Compared("2025", 30, 15));
        assertThat(ReviewTriggers.threshold(aboveTarget, series(), TARGET)).isEmpty();
    }
}
