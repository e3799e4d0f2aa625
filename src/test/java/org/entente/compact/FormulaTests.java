package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.entente.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class FormulaTests {

    static final Formula SDG_10_7_1 = new Formula("RECRUITMENT_COST_PAID", "MONTHLY_EARNINGS", 100);

    @Test
    void computesRecruitmentCostAsAShareOfMonthlyEarnings() {
        assertThat(SDG_10_7_1.evaluate(Map.of("RECRUITMENT_COST_PAID", 450.0, "MONTHLY_EARNINGS", 600.0)))
                .hasValue(75.0);
    }

    @Test
    void addsAndSubtractsDataElements() {
        Formula net = new Formula("FEES_PAID + TRAVEL_COST - REFUNDS", null, 1);
        assertThat(net.evaluate(Map.of("FEES_PAID", 300.0, "TRAVEL_COST", 200.0, "REFUNDS", 50.0))).hasValue(450.0);
        assertThat(net.elements()).containsExactly("FEES_PAID", "TRAVEL_COST", "REFUNDS");
    }

    @Test
    void hasNoValueWhenDataIsMissingOrTheDenominatorIsZero() {
        assertThat(SDG_10_7_1.evaluate(Map.of("RECRUITMENT_COST_PAID", 450.0))).isEmpty();
        assertThat(SDG_10_7_1.evaluate(Map.of("RECRUITMENT_COST_PAID", 450.0, "MONTHLY_EARNINGS", 0.0))).isEmpty();
    }

    @Test
    void rejectsExpressionsItCannotRead() {
        for (String bad : new String[] {"A * B", "A +", "lower_case", "A B", "", "+"}) {
            assertThatThrownBy(() -> new Formula(bad, null, 1)).as(bad).isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> new Formula("A", "B", 0)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).field()).isEqualTo("factor"));
    }
}
