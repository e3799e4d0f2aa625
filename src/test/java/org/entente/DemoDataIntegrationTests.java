package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.audit.AuditTrail;
import org.entente.identity.Accounts;
import org.entente.identity.UserAccount;
import org.entente.party.Party;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The demo configuration that {@code ./mvnw spring-boot:run} uses: a corridor to explore, an account per role. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoDataIntegrationTests {

    @Autowired
    PartyDirectory parties;
    @Autowired
    Accounts accounts;
    @Autowired
    Sharing sharing;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void theCorridorHasStatesARegionalBodyAndSocialPartners() {
        var kinds = parties.all().stream().map(Party::kind).toList();
        assertThat(parties.all()).hasSize(10);
        assertThat(kinds).filteredOn(k -> k == PartyKind.STATE).hasSize(4);
        assertThat(kinds).contains(PartyKind.REGIONAL_BODY, PartyKind.UNION, PartyKind.EMPLOYER_ORG,
                PartyKind.CIVIL_SOCIETY, PartyKind.MIGRANT_ORG);
    }

    @Test
    void everyRoleWithSomethingToDoHasADemoAccountAndEveryPartyAFocalPoint() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        accounts.list(Actor.system()).stream().map(UserAccount::actor).forEach(a -> held.addAll(a.roles()));
        // Roster managers and planners get their accounts with the modules that give them work; until then a login
        // for them would lead nowhere. Monitors verify reported values; mediators, ombudspersons and panel members
        // handle grievances; labour inspectors manage the recruiter registry.
        assertThat(held).containsExactlyInAnyOrder(Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT, Role.MONITOR,
                Role.LOGISTICS_OFFICER, Role.AUDITOR, Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER, Role.INSPECTOR);
        for (Party party : parties.all()) {
            UserAccount focal = accounts.get("focal." + party.code().value().toLowerCase(Locale.ROOT));
            assertThat(focal.actor().hasRoleFor(party.code(), Role.FOCAL_POINT)).isTrue();
        }
        assertThat(Arrays.asList("admin", "secretariat", "auditor")).allMatch(accounts::exists);
    }

    @Test
    void theDemoPasswordOpensADemoAccountThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/identity/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"focal.xco\", \"password\": \"test-demo-password\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void costravaSharesSituationReportsWithItsNeighbourButNotTheCountriesOfOrigin() {
        var rule = sharing.rulesOf(Actor.system(), new PartyCode("XCO")).stream()
                .filter(r -> r.dataKind() == DataKind.SITUATION_REPORT).findFirst().orElseThrow();
        assertThat(rule.parties()).contains(new PartyCode("XDA")).doesNotContain(new PartyCode("XAR"));
    }

    @Test
    void theDemoDatasetLeavesAnIntactAuditChainAndLoadsOnlyOnce() throws Exception {
        long before = audit.verify().entries();
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(parties.all()).hasSize(10);
        assertThat(audit.verify().valid()).isTrue();
        assertThat(audit.verify().entries()).isEqualTo(before);
    }

    @Test
    void theFairLabourCompactIsInForceWithThreeStatesAndOneReturnedDeclaration() throws Exception {
        mvc.perform(get("/api/v1/compacts/FLM-2026/adherence"))
                .andExpect(jsonPath("$.compactStatus", is("IN_FORCE")))
                .andExpect(jsonPath("$.parties[?(@.status == 'ACTIVE')].party",
                        org.hamcrest.Matchers.containsInAnyOrder("XAR", "XCO", "XDA")))
                .andExpect(jsonPath("$.parties[?(@.party == 'XBE')].status", org.hamcrest.Matchers.contains("RETURNED")))
                .andExpect(jsonPath("$.parties[?(@.party == 'XCO')].modules.LAB-PROT.adapted",
                        org.hamcrest.Matchers.contains(true)));
    }

    @Test
    void oneAmendmentIsAdoptedWithReconfirmationsDueAndOneIsOpenForComments() throws Exception {
        mvc.perform(get("/api/v1/compacts/FLM-2026/amendments"))
                .andExpect(jsonPath("$[?(@.status == 'ADOPTED')].module", org.hamcrest.Matchers.contains("ETH-REC")))
                .andExpect(jsonPath("$[?(@.status == 'OPEN_FOR_COMMENT')].module", org.hamcrest.Matchers.contains("SKILLS")));
        mvc.perform(get("/api/v1/compacts/FLM-2026/adherence"))
                .andExpect(jsonPath("$.parties[?(@.party == 'XCO')].modules.ETH-REC.reconfirmationDue",
                        org.hamcrest.Matchers.contains(true)));
    }

    @Test
    void theFairLabourCompactHasSixModulesAndSdg1071() throws Exception {
        mvc.perform(get("/api/v1/compacts/FLM-2026"))
                .andExpect(jsonPath("$.status", is("IN_FORCE")))
                .andExpect(jsonPath("$.modules.length()", is(6)))
                .andExpect(jsonPath("$.modules[1].indicators[0].code", is("SDG_10_7_1")));
        mvc.perform(get("/api/v1/compacts/LCC-DRAFT")).andExpect(status().isNotFound());
    }

    @Test
    void cycloneIdrisHasAWeekOfReportsAndARestrictedOneThatCountriesOfOriginCannotSee() throws Exception {
        var crisis = mvc.perform(get("/api/v1/crises")).andExpect(jsonPath("$[0].code", is("CYC-2026-IDRIS")))
                .andReturn().getResponse().getContentAsString();
        int id = com.jayway.jsonpath.JsonPath.read(crisis, "$[0].id");
        String arvenia = token("focal.xar");
        String dalmeria = token("focal.xda");
        mvc.perform(get("/api/v1/crises/{id}/sitreps", id).header("Authorization", "Bearer " + arvenia))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Entente-Withheld", "2"))
                .andExpect(jsonPath("$[*].classification", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("RESTRICTED"))));
        mvc.perform(get("/api/v1/crises/{id}/sitreps", id).header("Authorization", "Bearer " + dalmeria))
                .andExpect(jsonPath("$[*].classification", org.hamcrest.Matchers.hasItem("RESTRICTED")))
                .andExpect(jsonPath("$.length()", is(7)));
    }

    @Test
    void aPublicDalmerianReportKeepsItsConvoyTimingsFromVisitorsAndCostravaAcknowledgedItsNotice() throws Exception {
        mvc.perform(get("/api/v1/crises/1/sitreps"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Entente-Withheld-Sections", "1"))
                .andExpect(jsonPath("$[?(@.withheldSections)].reportingParty", org.hamcrest.Matchers.contains("XDA")));
        mvc.perform(get("/api/v1/crises/1/sitreps").header("Authorization", "Bearer " + token("focal.xda")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Entente-Withheld-Sections", "0"));
        String notices = mvc.perform(get("/api/v1/level-notices?crisis=1").header("Authorization", "Bearer " + token("focal.xco")))
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(notices,
                "$[?(@.acknowledgedAt)].party")).containsExactly("XCO");
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(notices,
                "$[?(@.delivered == true)].messages.email.pending")).hasSize(3).allMatch(n -> n > 0);
    }

    @Test
    void theRegionalStockpileHoldsStockOfSeveralOwnersAndPuertoAltoIsShortOfWaterKits() throws Exception {
        String costrava = "Bearer " + token("logistics.xco");
        String regional = mvc.perform(get("/api/v1/logistics/warehouses/SLC-WH/stock")
                        .header("Authorization", "Bearer " + token("logistics.slc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(regional, "$[*].lots[*].owner"))
                .contains("SLC", "XDA", "XAR");
        // Dalmeria shows its stock only to the region, on its sharing rule: Costrava's officer does not see its lot.
        String seenByCostrava = mvc.perform(get("/api/v1/logistics/warehouses/SLC-WH/stock").header("Authorization", costrava))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Entente-Withheld", "1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(seenByCostrava, "$[*].lots[*].owner"))
                .contains("SLC", "XAR").doesNotContain("XDA");
        assertThat(com.jayway.jsonpath.JsonPath.<List<Boolean>>read(regional, "$[?(@.commodity == 'ORS')].lots[0].expiringSoon"))
                .containsExactly(true);
        mvc.perform(get("/api/v1/logistics/warehouses/XCO-WH-PA/stock").header("Authorization", costrava))
                .andExpect(jsonPath("$[?(@.commodity == 'WATER_KIT')].belowMinimum", org.hamcrest.Matchers.contains(true)));
        String links = mvc.perform(get("/api/v1/logistics/links").header("Authorization", costrava))
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(links, "$[*].closureReason"))
                .filteredOn(java.util.Objects::nonNull).singleElement().asString().contains("Bridge");
    }

    @Test
    void cycloneIdrisHasRequestsForAssistancePartlyDeliveredApprovedAwaitingAndDrafted() throws Exception {
        String json = mvc.perform(get("/api/v1/logistics/crises/1/requests").header("Authorization", "Bearer " + token("focal.xda")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(json, "$[*].status"))
                .containsExactlyInAnyOrder("PARTIALLY_FULFILLED", "APPROVED", "SUBMITTED", "DRAFT");
        // Dalmeria's request is confidential to the lead and its deciders: Arvenia, neither, does not see it.
        mvc.perform(get("/api/v1/logistics/crises/1/requests").header("Authorization", "Bearer " + token("focal.xar")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Entente-Withheld", "1"));
        String plans = mvc.perform(get("/api/v1/logistics/crises/1/allocation-plans").header("Authorization", "Bearer " + token("focal.xco")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(plans, "$[*].status")).containsExactly("APPROVED");
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(plans, "$[0].plan.requests[*].shortfallReason"))
                .contains("CLOSED_LINK");
        assertThat(com.jayway.jsonpath.JsonPath.<Double>read(plans, "$[0].plan.coverage")).isPositive();
        String shipments = mvc.perform(get("/api/v1/logistics/crises/1/shipments").header("Authorization", "Bearer " + token("focal.xco")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Yesterday's shipments took their transit time: the short run has arrived, a convoy waits at the border,
        // another is still on the road.
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(shipments, "$[*].status"))
                .containsExactlyInAnyOrder("DELIVERED", "AT_BORDER", "DISPATCHED");
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(shipments, "$[*].dispatchedAt"))
                .allSatisfy(at -> assertThat(java.time.Instant.parse(at))
                        .isBefore(java.time.Instant.now().minus(java.time.Duration.ofHours(20))));
        // Every shipment has a leg per link of its path, each with the time it was planned to end.
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(shipments, "$[0].legs.length()"))
                .isEqualTo(com.jayway.jsonpath.JsonPath.<Integer>read(shipments, "$[0].path.length()") - 1);
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(shipments, "$[*].legs[*].plannedArrival"))
                .isNotEmpty().doesNotContainNull();
        org.entente.support.Reactions.await(jdbc);
        String costs = mvc.perform(get("/api/v1/logistics/crises/1/transparency")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(costs, "$.costs.accounts[*].party"))
                .contains("XCO", "XDA", "SLC", "XAR");
        assertThat(com.jayway.jsonpath.JsonPath.<Double>read(costs, "$.costs.total")).isPositive();
        mvc.perform(get("/api/v1/logistics/crises/1/pledges").header("Authorization", "Bearer " + token("focal.xco")))
                .andExpect(jsonPath("$.length()", is(3)))
                .andExpect(jsonPath("$[?(@.kind == 'TO_PROCURE')].warehouse",
                        org.hamcrest.Matchers.containsInAnyOrder("SLC-WH", null)));
        mvc.perform(get("/api/v1/logistics/tenders/1/ocds"))
                .andExpect(jsonPath("$.releases[0].tender.numberOfTenderers", is(2)));
    }

    @Test
    void cycloneIdrisHasAPublicCapAlertInTwoLanguagesThatValidates() throws Exception {
        String xml = mvc.perform(get("/api/v1/crises/1/alerts.cap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.entente.support.CapSchema.assertValid(xml);
        assertThat(xml).contains("<language>en</language>", "<language>es</language>", "<polygon>");
    }

    @Test
    void theCorridorHasLiaisonUnitsWithARotationAndAnExpiredMandate() throws Exception {
        mvc.perform(get("/api/v1/liaison-units").param("party", "XCO"))
                .andExpect(jsonPath("$[0].onCallUntil").exists())
                .andExpect(jsonPath("$[0].meetingDay", is("MONDAY")));
        mvc.perform(get("/api/v1/liaison-units").param("party", "XAR"))
                .andExpect(jsonPath("$[0].mandateExpired", is(true)));
    }

    @Test
    void cycloneIdrisHasAPublicStatementWhoseFrenchAndArabicAreStillMissing() throws Exception {
        mvc.perform(get("/api/v1/crises/1/talking-points"))
                .andExpect(jsonPath("$.length()", is(1)))
                .andExpect(jsonPath("$[0].translationStatus.fr", is("MISSING")))
                .andExpect(jsonPath("$[0].translationStatus.es", is("APPROVED")));
    }

    @Test
    void theDemoHasAHistory() throws Exception {
        java.time.Instant now = java.time.Instant.now();
        String compact = mvc.perform(get("/api/v1/compacts/FLM-2026")).andReturn().getResponse().getContentAsString();
        java.time.Instant opened = java.time.Instant.parse(com.jayway.jsonpath.JsonPath.read(compact, "$..openedAt")
                .toString().replaceAll("[\\[\\]\"]", ""));
        java.time.Instant inForce = java.time.Instant.parse(com.jayway.jsonpath.JsonPath.read(compact,
                "$..enteredIntoForceAt").toString().replaceAll("[\\[\\]\"]", ""));
        assertThat(opened).isBefore(now.minus(java.time.Duration.ofDays(120)));
        assertThat(inForce).isAfter(opened.plus(java.time.Duration.ofDays(30))).isBefore(now.minus(java.time.Duration.ofDays(30)));

        String reports = mvc.perform(get("/api/v1/crises/1/sitreps")).andReturn().getResponse().getContentAsString();
        List<String> filed = com.jayway.jsonpath.JsonPath.read(reports, "$[*].submittedAt");
        assertThat(filed.stream().map(at -> java.time.Instant.parse(at).truncatedTo(java.time.temporal.ChronoUnit.DAYS))
                .distinct()).as("reports filed on different days").hasSizeGreaterThan(2);

        String amendments = mvc.perform(get("/api/v1/compacts/FLM-2026/amendments/1")).andReturn().getResponse()
                .getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(amendments, "$..comments[*].party"))
                .contains("LTUC", "CEF", "FRW", "MWA");
    }

    @Test
    void theCompactHasThreeYearsOfVerifiedValuesAPublishedReviewWithAnActionPlanPartlyDoneAndAQueue() throws Exception {
        String values = mvc.perform(get("/api/v1/compacts/FLM-2026/values")).andReturn().getResponse()
                .getContentAsString();
        List<String> periods = com.jayway.jsonpath.JsonPath.read(values,
                "$.values[?(@.indicator == 'LAB_INSPECTIONS' && @.party == 'XCO' && @.disaggregation == '')].period");
        assertThat(periods).as("quarters of verified inspections").hasSizeGreaterThanOrEqualTo(12);

        String reviews = mvc.perform(get("/api/v1/compacts/FLM-2026/reviews")).andReturn().getResponse()
                .getContentAsString();
        Integer published = com.jayway.jsonpath.JsonPath.<List<Integer>>read(reviews,
                "$[?(@.status == 'PUBLISHED')].id").get(0);
        mvc.perform(get("/api/v1/compacts/FLM-2026/reviews/" + published))
                .andExpect(jsonPath("$.findings[*].actions[*].status", org.hamcrest.Matchers.hasItems("DONE",
                        "OVERDUE", "OPEN")));
        mvc.perform(get("/compacts/FLM-2026/reviews/" + published + "/report.pdf"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/api/v1/compacts/FLM-2026/review-items"))
                .andExpect(jsonPath("$.items[?(@.status == 'OPEN' && @.party == 'XAR')].rule.code",
                        org.hamcrest.Matchers.hasItem("MISSED_REPORTS")));
        var monitor = org.entente.shared.Actor.user("monitor", List.of(new org.entente.shared.Actor.Membership(
                new org.entente.shared.PartyCode("ILMO"), java.util.Set.of(org.entente.shared.Role.MONITOR))));
        assertThat(submissions.awaitingVerification(monitor)).extracting(s -> s.party().value())
                .containsExactlyInAnyOrder("XCO", "XDA");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.entente.monitoring.Submissions submissions;

    String token(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/identity/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + username + "\", \"password\": \"test-demo-password\"}"))
                .andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.token");
    }

    @Test
    void anonymousVisitorsSeeTheDirectoryWithoutContacts() throws Exception {
        mvc.perform(get("/api/v1/parties/XDA"))
                .andExpect(jsonPath("$.name", is("State of Dalmeria")))
                .andExpect(jsonPath("$.focalPoints").doesNotExist());
    }

}
