package org.entente.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each rule with a contract that passes it and one that fails it. */
class ContractRulesTests {

    private static ContractRules.Terms terms(BigDecimal wage, Set<String> languages, Set<String> reads,
            List<ContractRules.Cost> costs, String accommodation) {
        return new ContractRules.Terms("Costa Build Ltd", "XAR", "XCO", "Mason", "7112", Sector.CONSTRUCTION, wage,
                "USD", 48, 24, accommodation, languages, reads, LocalDate.of(2026, 6, 1), costs);
    }

    private static ContractRules.Terms good() {
        return terms(new BigDecimal("500"), Set.of("ar", "en"), Set.of("ar"), List.of(new ContractRules.Cost(
                CostKind.VISA, new BigDecimal("200"), "USD", Payer.EMPLOYER)), "Shared room, free");
    }

    private static ContractRules.Facts facts(ContractRules.Terms terms, Standing standing) {
        return new ContractRules.Facts(terms, standing, Optional.of(new ContractRules.MinimumWage(
                new BigDecimal("450"), "USD")));
    }

    private static ContractRules.Result result(ContractRules.Rule rule, ContractRules.Facts facts) {
        return rule.check(facts);
    }

    @Test
    void aGoodContractMeetsEveryRule() {
        assertThat(ContractRules.check(facts(good(), Standing.LICENSED)))
                .extracting(ContractRules.Result::outcome).containsOnly(RuleOutcome.MET)
                .hasSize(ContractRules.ALL.size());
    }

    @Test
    void anyCostChargedToTheWorkerIsAViolation() {
        var charged = terms(new BigDecimal("500"), Set.of("ar"), Set.of("ar"), List.of(
                new ContractRules.Cost(CostKind.VISA, new BigDecimal("200"), "USD", Payer.EMPLOYER),
                new ContractRules.Cost(CostKind.MEDICAL, new BigDecimal("35"), "USD", Payer.WORKER)), "Room");
        var r = result(ContractRules.NO_COST_TO_WORKER, facts(charged, Standing.LICENSED));
        assertThat(r.outcome()).isEqualTo(RuleOutcome.VIOLATED);
        assertThat(r.detail()).contains("MEDICAL 35 USD");
    }

    @Test
    void aContractInNoLanguageTheWorkerReadsIsAViolation() {
        var english = terms(new BigDecimal("500"), Set.of("en"), Set.of("ar", "fr"), List.of(), "Room");
        assertThat(result(ContractRules.IN_A_LANGUAGE_THE_WORKER_READS, facts(english, Standing.LICENSED)).outcome())
                .isEqualTo(RuleOutcome.VIOLATED);
    }

    @Test
    void aWageBelowTheDeclaredMinimumIsAViolationAndWithoutAMinimumItIsNotChecked() {
        var low = terms(new BigDecimal("449.99"), Set.of("ar"), Set.of("ar"), List.of(), "Room");
        assertThat(result(ContractRules.AT_LEAST_THE_MINIMUM_WAGE, facts(low, Standing.LICENSED)).outcome())
                .isEqualTo(RuleOutcome.VIOLATED);
        var exact = terms(new BigDecimal("450"), Set.of("ar"), Set.of("ar"), List.of(), "Room");
        assertThat(result(ContractRules.AT_LEAST_THE_MINIMUM_WAGE, facts(exact, Standing.LICENSED)).outcome())
                .isEqualTo(RuleOutcome.MET);
        assertThat(ContractRules.AT_LEAST_THE_MINIMUM_WAGE.check(new ContractRules.Facts(low, Standing.LICENSED,
                Optional.empty())).outcome()).isEqualTo(RuleOutcome.NOT_CHECKED);
    }

    @Test
    void aMissingTermIsAViolationNamingIt() {
        var vague = terms(null, Set.of("ar"), Set.of("ar"), List.of(), null);
        var r = result(ContractRules.MANDATORY_TERMS, facts(vague, Standing.LICENSED));
        assertThat(r.outcome()).isEqualTo(RuleOutcome.VIOLATED);
        assertThat(r.detail()).contains("wage", "accommodation");
    }

    @Test
    void aRecruiterNotLicensedForTheJourneyOnTheSigningDateIsAViolation() {
        for (Standing standing : List.of(Standing.SUSPENDED, Standing.REVOKED, Standing.EXPIRED,
                Standing.NOT_LICENSED)) {
            assertThat(result(ContractRules.RECRUITER_LICENSED, facts(good(), standing)).outcome()).as("%s", standing)
                    .isEqualTo(RuleOutcome.VIOLATED);
        }
    }
}
