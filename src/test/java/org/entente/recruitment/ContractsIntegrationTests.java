package org.entente.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.NotFound;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/** Contracts as a recruiter registers them and a worker verifies them. */
@IntegrationTest
class ContractsIntegrationTests {

    @Autowired
    Contracts contracts;
    @Autowired
    RecruiterRegistry registry;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    record Agency(Actor inspector, long id) {
    }

    private Agency agency(LocalDate from, LocalDate until) {
        Actor inspector = fixtures.user(Role.INSPECTOR).actor();
        var r = registry.register(inspector, new RecruiterRegistry.NewRecruiter("Contract Agency " + System.nanoTime(),
                RecruiterKind.AGENCY, "XAR", null, null));
        registry.grantLicence(inspector, r.id(), new RecruiterRegistry.LicenceDraft("C-" + System.nanoTime() % 100000000,
                List.of("XAR-XCO"), List.of(Sector.CONSTRUCTION), from, until));
        return new Agency(inspector, r.id());
    }

    private Contracts.Draft draft(long recruiter, LocalDate signed, BigDecimal wage, List<ContractRules.Cost> costs,
            String name) {
        return new Contracts.Draft(recruiter, null, "Costa Build Ltd", "XAR", "XCO", "Mason", "7112",
                Sector.CONSTRUCTION, wage, "USD", 48, 24, "Shared room, free", List.of("ar", "en"), List.of("ar"),
                signed, costs, new Contracts.Worker(name, "PX-" + System.nanoTime() % 1000000, null));
    }

    @Test
    void theCodeShowsTheTermsAndTheRulesButNeverTheWorker() throws Exception {
        Agency agency = agency(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        String name = "Oumou Sangare-Diallo";
        var registered = contracts.register(agency.inspector(), draft(agency.id(), LocalDate.now().minusDays(3),
                new BigDecimal("520"), List.of(new ContractRules.Cost(CostKind.RECRUITMENT_FEE, new BigDecimal("900"),
                        "USD", Payer.WORKER)), name));
        assertThat(registered.verificationCode()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(registered.rules()).filteredOn(r -> r.outcome() == RuleOutcome.VIOLATED)
                .extracting(ContractRules.Result::rule).containsExactly("NO_COST_TO_WORKER");
        var verified = contracts.verify(registered.verificationCode().toLowerCase().replace("-", " "));
        assertThat(verified.terms().wage()).isEqualByComparingTo("520");
        assertThat(verified.terms().costs()).singleElement().satisfies(c -> assertThat(c.paidBy())
                .isEqualTo(Payer.WORKER));
        String shown = json.writeValueAsString(verified);
        assertThat(shown).doesNotContain("Oumou").doesNotContain("PX-");
        List<String> inClear = new ArrayList<>();
        jdbc.sql("select * from recruitment_contract").query(rs -> {
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                Object v = rs.getObject(c);
                String text = v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(v);
                if (text.contains("Sangare") || text.contains(registered.verificationCode())) {
                    inClear.add(rs.getMetaData().getColumnName(c));
                }
            }
        });
        assertThat(inClear).as("the worker and the code rest sealed or hashed").isEmpty();
        assertThat(contracts.worker(agency.inspector(), registered.id()).name()).isEqualTo(name);
        assertThatThrownBy(() -> contracts.worker(fixtures.user(Role.INSPECTOR).actor(), registered.id()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> contracts.verify("0000-0000-0000-0000")).isInstanceOf(NotFound.class);
    }

    @Test
    void theLicenceIsJudgedOnTheSigningDate() {
        LocalDate from = LocalDate.now().minusDays(100);
        Agency agency = agency(from, LocalDate.now().plusDays(100));
        var before = contracts.register(agency.inspector(), draft(agency.id(), from.minusDays(1), new BigDecimal("600"),
                List.of(), "A Worker"));
        var during = contracts.register(agency.inspector(), draft(agency.id(), from.plusDays(1), new BigDecimal("600"),
                List.of(), "B Worker"));
        assertThat(before.rules()).filteredOn(r -> r.rule().equals("RECRUITER_LICENSED"))
                .singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(RuleOutcome.VIOLATED));
        assertThat(during.rules()).filteredOn(r -> r.rule().equals("RECRUITER_LICENSED"))
                .singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(RuleOutcome.MET));
    }

    @Test
    void onlyTheRecruitersAgentsAndItsLicensingPartyRegisterItsContracts() {
        Agency agency = agency(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        var agent = fixtures.user(Role.MONITOR);
        assertThatThrownBy(() -> contracts.register(agent.actor(), draft(agency.id(), LocalDate.now(),
                new BigDecimal("600"), List.of(), "C Worker"))).isInstanceOf(AccessDenied.class);
        contracts.nameAgent(agency.inspector(), agency.id(), agent.username());
        assertThat(contracts.register(agent.actor(), draft(agency.id(), LocalDate.now(), new BigDecimal("600"),
                List.of(), "C Worker")).verificationCode()).isNotBlank();
    }

    @Test
    void sdg1071IsTheMeanShareOfAMonthsWageTheWorkersPayAndIsWithheldUnder11Contracts() {
        Agency agency = agency(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        String from = "XQ" + (char) ('A' + (int) (System.nanoTime() % 26));
        // Eleven contracts from a corridor of their own: wages of 500, ten of them free, one with 1,100 charged (a
        // fee of 1,000 and a medical test of 100): the shares are 0 (ten times) and 2.2, a mean of 0.2, 20%.
        for (int i = 0; i < 11; i++) {
            List<ContractRules.Cost> costs = i == 0 ? List.of(
                    new ContractRules.Cost(CostKind.RECRUITMENT_FEE, new BigDecimal("1000"), "USD", Payer.WORKER),
                    new ContractRules.Cost(CostKind.MEDICAL, new BigDecimal("100"), "USD", Payer.WORKER),
                    new ContractRules.Cost(CostKind.VISA, new BigDecimal("300"), "USD", Payer.EMPLOYER))
                    : List.of(new ContractRules.Cost(CostKind.VISA, new BigDecimal("300"), "USD", Payer.EMPLOYER));
            contracts.register(agency.inspector(), new Contracts.Draft(agency.id(), null, "Costa Build Ltd", from,
                    "XCO", "Mason", "7112", Sector.CONSTRUCTION, new BigDecimal("500"), "USD", 48, 24, "Room",
                    List.of("ar"), List.of("ar"), LocalDate.now(), costs, new Contracts.Worker("W " + i, null, null)));
            var indicator = contracts.sdg1071().stream().filter(x -> x.corridor().equals(from + "-XCO")).findFirst()
                    .orElseThrow();
            if (i < 10) {
                assertThat(indicator.percentOfMonthlyWage()).as("%d contracts", i + 1).isNull();
            } else {
                assertThat(indicator.contracts()).isEqualTo(11);
                assertThat(indicator.percentOfMonthlyWage()).isEqualByComparingTo("20.0");
            }
        }
    }
}
