package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.shared.Classification;
import org.entente.shared.Paging;
import org.entente.shared.Role;
import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.support.Fixtures;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Situation reports under red lines, on a real database: a RESTRICTED report is invisible in the list, the
 * dashboard, the CSV and by id to a party outside the owner's rule, and visible to one inside it; a CONFIDENTIAL
 * report reaches only its named recipients; every disclosure is logged for the owner.
 */
abstract class CrisisContract {

    /** The headers the API counts withheld records and sections in. */
    static final String WITHHELD = "Entente-Withheld";
    static final String WITHHELD_SECTIONS = "Entente-Withheld-Sections";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom room;
    @Autowired
    Sharing sharing;
    @Autowired
    MutableClock clock;

    Fixtures.TestUser owner;
    Fixtures.TestUser insider;
    Fixtures.TestUser outsider;
    Fixtures.TestUser recipient;
    long crisis;
    long publicReport;
    long restrictedReport;
    long confidentialReport;

    @BeforeEach
    void aCrisisWithReportsAtEveryLevel() {
        owner = fixtures.user(Role.FOCAL_POINT);
        insider = fixtures.user(Role.FOCAL_POINT);
        outsider = fixtures.user(Role.FOCAL_POINT);
        recipient = fixtures.user(Role.MONITOR);
        sharing.setRule(owner.actor(), owner.party(), DataKind.SITUATION_REPORT, Set.of(insider.party()), null);
        crisis = room.open(owner.actor(), new Crisis.Declaration("Z" + System.nanoTime() % 100000000, "Flood",
                CrisisType.FLOOD, owner.party(), Set.of(owner.party(), insider.party()), "Delta",
                Classification.PUBLIC, 24)).id();
        publicReport = report(Classification.PUBLIC, Set.of(), 100L);
        restrictedReport = report(Classification.RESTRICTED, Set.of(), 5000L);
        confidentialReport = report(Classification.CONFIDENTIAL, Set.of(recipient.party()), 70000L);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    long report(Classification level, Set<org.entente.shared.PartyCode> to, long affected) {
        Instant now = Instant.now();
        return room.submit(owner.actor(), crisis, owner.party(), new SituationReport.Content(now.minusSeconds(3600), now,
                level + " report", level, to, new KeyFigures(affected, null, null, null, null, null, null), List.of(),
                null, null)).id();
    }

    @Test
    void aRestrictedReportIsInvisibleEverywhereToAPartyOutsideTheRule() throws Exception {
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", outsider.bearer()))
                .andExpect(header().string(WITHHELD, "2"))
                .andExpect(jsonPath("$[*].id", contains((int) publicReport)));
        mvc.perform(get("/api/v1/crises/{id}/sitreps/{r}", crisis, restrictedReport).header("Authorization", outsider.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/crises/{id}/dashboard", crisis).header("Authorization", outsider.bearer()))
                .andExpect(jsonPath("$.withheld", is(2)))
                .andExpect(jsonPath("$.totals.affected", is(100)));
        String csv = mvc.perform(get("/api/v1/crises/{id}/figures.csv", crisis).header("Authorization", outsider.bearer()))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(3).noneMatch(l -> l.contains("RESTRICTED") || l.contains("5000"));
        assertThat(csv.lines().toList().get(1)).startsWith("#crisis+code,#meta+id,#org+code").contains("#affected+killed");
    }

    @Test
    void theSearchFindsARestrictedReportOnlyForThoseWhoMayReadItAndNeverHintsAtIt() throws Exception {
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).param("q", "restricted")
                        .header("Authorization", insider.bearer()))
                .andExpect(jsonPath("$[*].id", contains((int) restrictedReport)));
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).param("q", "restricted")
                        .header("Authorization", outsider.bearer()))
                .andExpect(jsonPath("$.length()", is(0)))
                .andExpect(header().string(WITHHELD, "2"));
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).param("q", "no such words")
                        .header("Authorization", outsider.bearer()))
                .andExpect(header().string(WITHHELD, "2"));
        mvc.perform(get("/crises/{id}", crisis).param("q", "RESTRICTED"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("RESTRICTED report"))));
    }

    @Test
    void aRestrictedReportIsVisibleToAPartyOnTheRuleAndTheDisclosureIsLogged() throws Exception {
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", insider.bearer()))
                .andExpect(header().string(WITHHELD, "1"))
                .andExpect(jsonPath("$[*].classification", containsInAnyOrder("RESTRICTED", "PUBLIC")));
        mvc.perform(get("/api/v1/crises/{id}/sitreps/{r}", crisis, restrictedReport).header("Authorization", insider.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary", is("RESTRICTED report")));
        mvc.perform(get("/api/v1/crises/{id}/dashboard", crisis).header("Authorization", insider.bearer()))
                .andExpect(jsonPath("$.totals.affected", is(5000)));

        var log = sharing.disclosuresOf(owner.actor(), owner.party(), Paging.of(0, 10)).items();
        assertThat(log).isNotEmpty().allSatisfy(d -> {
            assertThat(d.recipientParty()).isEqualTo(insider.party().value());
            assertThat(d.recordRef()).isEqualTo("sitrep/" + restrictedReport);
        });
        assertThat(log).extracting(d -> d.purpose().name()).contains("LIST", "READ");
    }

    @Test
    void aConfidentialReportReachesOnlyItsNamedRecipients() throws Exception {
        mvc.perform(get("/api/v1/crises/{id}/sitreps/{r}", crisis, confidentialReport).header("Authorization", recipient.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/crises/{id}/sitreps/{r}", crisis, confidentialReport).header("Authorization", insider.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/crises/{id}/dashboard", crisis).header("Authorization", recipient.bearer()))
                .andExpect(jsonPath("$.totals.affected", is(70000)));
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", owner.bearer()))
                .andExpect(header().string(WITHHELD, "0"));
    }

    @Test
    void aReportThatLeavesAFigureOutDoesNotBlankWhatWasReportedBefore() throws Exception {
        Instant now = Instant.now();
        room.submit(owner.actor(), crisis, owner.party(), new SituationReport.Content(now.minusSeconds(60), now,
                "Security note", Classification.PUBLIC, Set.of(), KeyFigures.none(), List.of(), null, null));
        mvc.perform(get("/api/v1/crises/{id}/dashboard", crisis))
                .andExpect(jsonPath("$.totals.affected", is(100)))
                .andExpect(jsonPath("$.latest[0].summary", is("Security note")));
    }

    /** A PARTNERS report whose figures are RESTRICTED and whose needs are CONFIDENTIAL to the recipient. */
    long reportWithNarrowerSections() {
        Instant now = Instant.now();
        return room.submit(owner.actor(), crisis, owner.party(), new SituationReport.Content(now.minusSeconds(60), now,
                "Partners overview", Classification.PARTNERS, Set.of(recipient.party()),
                new KeyFigures(9999L, null, null, null, null, null, null),
                List.of(new Need(Sector.SHELTER, "tarpaulins for the hidden camp", null)), "Convoys on the coast road",
                null, new SituationReport.Sections(Classification.RESTRICTED, Classification.CONFIDENTIAL, null))).id();
    }

    @Test
    void aSectionClassifiedMoreNarrowlyIsLeftOutOfTheReportEverywhereForThoseOutsideIt() throws Exception {
        long report = reportWithNarrowerSections();
        mvc.perform(get("/api/v1/crises/{id}/sitreps/{r}", crisis, report).header("Authorization", outsider.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary", is("Partners overview")))
                .andExpect(jsonPath("$.responseActions", is("Convoys on the coast road")))
                .andExpect(jsonPath("$.figures").doesNotExist())
                .andExpect(jsonPath("$.needs").doesNotExist())
                .andExpect(jsonPath("$.sections.figures", is("RESTRICTED")))
                .andExpect(jsonPath("$.withheldSections", contains("figures", "needs")));
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", outsider.bearer()))
                .andExpect(header().string(WITHHELD, "2"))
                .andExpect(header().string(WITHHELD_SECTIONS, "2"));
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).param("q", "hidden camp")
                        .header("Authorization", outsider.bearer()))
                .andExpect(jsonPath("$.length()", is(0)));
        mvc.perform(get("/api/v1/crises/{id}/dashboard", crisis).header("Authorization", outsider.bearer()))
                .andExpect(jsonPath("$.totals.affected", is(100)))
                .andExpect(jsonPath("$.sectionsWithheld", is(2)));
        String csv = mvc.perform(get("/api/v1/crises/{id}/figures.csv", crisis).header("Authorization", outsider.bearer()))
                .andExpect(header().string(WITHHELD_SECTIONS, "1"))
                .andReturn().getResponse().getContentAsString();
        // The report's row (its id is the second column) is left out, not only its figure.
        assertThat(csv).doesNotContain("9999");
        assertThat(csv.lines().map(line -> line.split(",", -1)[1])).doesNotContain(String.valueOf(report));
        String page = mvc.perform(get("/crises/{id}/sitreps/{r}", crisis, report)
                        .cookie(org.entente.support.PageSession.login(mvc, outsider)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Partners overview", "Withheld from you under sharing rules.")
                .doesNotContain("hidden camp").doesNotContain("9,999");
    }

    @Test
    void aSectionIsReadByThoseItsOwnClassificationAdmitsAndItsDisclosureIsLoggedApart() throws Exception {
        long report = reportWithNarrowerSections();
        mvc.perform(get("/api/v1/crises/{id}/sitreps/{r}", crisis, report).header("Authorization", insider.bearer()))
                .andExpect(jsonPath("$.figures.affected", is(9999)))
                .andExpect(jsonPath("$.withheldSections", contains("needs")));
        mvc.perform(get("/api/v1/crises/{id}/dashboard", crisis).header("Authorization", insider.bearer()))
                .andExpect(jsonPath("$.totals.affected", is(9999)));
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).param("q", "hidden camp")
                        .header("Authorization", recipient.bearer()))
                .andExpect(jsonPath("$[*].id", contains((int) report)))
                .andExpect(jsonPath("$[0].needs[0].need", is("tarpaulins for the hidden camp")))
                .andExpect(jsonPath("$[0].withheldSections", contains("figures")));
        mvc.perform(get("/api/v1/crises/{id}/sitreps/{r}", crisis, report).header("Authorization", owner.bearer()))
                .andExpect(jsonPath("$.withheldSections").doesNotExist())
                .andExpect(jsonPath("$.figures.affected", is(9999)));

        var log = sharing.disclosuresOf(owner.actor(), owner.party(), Paging.of(0, 50)).items();
        assertThat(log).anySatisfy(d -> {
            assertThat(d.recipientParty()).isEqualTo(insider.party().value());
            assertThat(d.recordRef()).isEqualTo("sitrep/" + report + "#figures");
        });
        assertThat(log).anySatisfy(d -> {
            assertThat(d.recipientParty()).isEqualTo(recipient.party().value());
            assertThat(d.recordRef()).isEqualTo("sitrep/" + report + "#needs");
        });
        assertThat(log).noneSatisfy(d -> {
            assertThat(d.recipientParty()).isEqualTo(insider.party().value());
            assertThat(d.recordRef()).isEqualTo("sitrep/" + report + "#needs");
        });
    }

    @Test
    void aSectionCannotBeClassifiedMoreWidelyThanItsReport() throws Exception {
        mvc.perform(post("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", owner.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"party": "%s", "periodStart": "2026-11-20T00:00:00Z",
                                 "periodEnd": "2026-11-21T00:00:00Z", "summary": "S", "classification": "RESTRICTED",
                                 "figures": {"affected": 12}, "sections": {"figures": "PUBLIC"}}"""
                                .formatted(owner.party())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("sections.figures")));
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", owner.bearer()))
                .andExpect(jsonPath("$.length()", is(3)));
    }

    @Test
    void anonymousVisitorsSeePublicReportsOnly() throws Exception {
        mvc.perform(get("/api/v1/crises/{id}/sitreps", crisis))
                .andExpect(header().string(WITHHELD, "2"))
                .andExpect(jsonPath("$.length()", is(1)));
        mvc.perform(get("/crises/{id}", crisis))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("2 report(s) withheld under sharing rules")));
    }

    @Test
    void onlyAPartysFocalPointFilesItsReportAndBadReportsAreNamed() throws Exception {
        String body = """
                {"party": "%s", "periodStart": "2026-11-20T00:00:00Z", "periodEnd": "2026-11-21T00:00:00Z",
                 "summary": "S", "classification": "PUBLIC"}""";
        mvc.perform(post("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", outsider.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(owner.party())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", owner.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(owner.party())
                                .replace("\"PUBLIC\"", "\"CONFIDENTIAL\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("recipients")));
        mvc.perform(post("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", owner.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(owner.party())
                                .replace("2026-11-21", "2026-11-19")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("periodEnd")));
        mvc.perform(post("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", owner.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(owner.party())
                                .replace("\"summary\": \"S\"", "\"summary\": \"S\", \"figures\": {\"deaths\": -3}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("figures.deaths")));
        mvc.perform(post("/api/v1/crises/{id}/sitreps", crisis).header("Authorization", owner.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(owner.party())))
                .andExpect(status().isCreated());
    }

    @Test
    void decisionRightsNameWhoSetsPrioritiesAndDefaultToTheLeadPartysFocalPoint() throws Exception {
        var hub = fixtures.user(Role.LOGISTICS_OFFICER);
        assertThat(room.decides(owner.actor(), crisis, ResourceKind.NFI)).isTrue();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/crises/{id}/decision-rights", crisis)
                        .header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rights\": [{\"resource\": \"NFI\", \"party\": \"" + hub.party()
                                + "\", \"role\": \"LOGISTICS_OFFICER\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.resource == 'NFI')].party", contains(hub.party().value())))
                .andExpect(jsonPath("$[?(@.resource == 'SHELTER')].party", contains(owner.party().value())));
        assertThat(room.decides(hub.actor(), crisis, ResourceKind.NFI)).isTrue();
        assertThat(room.decides(owner.actor(), crisis, ResourceKind.NFI)).isFalse();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/crises/{id}/decision-rights", crisis)
                        .header("Authorization", insider.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rights\": []}"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/crises/{id}/decision-rights", crisis)
                        .header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rights\": [{\"resource\": \"NFI\", \"party\": \"" + hub.party() + "\", \"role\": \"LOGISTICS_OFFICER\"},"
                                + "{\"resource\": \"NFI\", \"party\": \"" + owner.party() + "\", \"role\": \"FOCAL_POINT\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("rights[1].resource")));
    }

    @Test
    void aPartyThatMissesItsCadenceIsFlaggedLate() throws Exception {
        mvc.perform(get("/api/v1/crises/{id}/dashboard", crisis))
                .andExpect(jsonPath("$.reporting[?(@.party == '" + insider.party() + "')].late", contains(false)));
        clock.advance(Duration.ofHours(25));
        mvc.perform(get("/api/v1/crises/{id}/dashboard", crisis))
                .andExpect(jsonPath("$.reporting[?(@.party == '" + insider.party() + "')].late", contains(true)))
                .andExpect(jsonPath("$.reporting[?(@.party == '" + owner.party() + "')].late", contains(true)));
    }
}
