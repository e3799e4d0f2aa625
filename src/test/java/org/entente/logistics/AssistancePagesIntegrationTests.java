package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.allocation.Instance;
import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.shared.Classification;
import org.entente.shared.Paging;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A focal point asks for assistance from the page, submits, and the lead party approves; a bad line is named. */
@IntegrationTest
class AssistancePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom crises;
    @Autowired
    Catalogue catalogue;
    @Autowired
    LogisticsNetwork network;
    @Autowired
    AssistanceRequests requests;
    @Autowired
    AllocationPlans plans;
    @Autowired
    StockCards stock;
    @Autowired
    Shipments shipments;
    @Autowired
    Sharing sharing;

    /** A flood led by the focal point's party, with a delivery point of that party; answers the crisis's id. */
    long floodWithPoint(Fixtures.TestUser focal, String point) {
        long crisis = crises.open(focal.actor(), new Crisis.Declaration("G" + System.nanoTime() % 100000000, "Flood",
                CrisisType.FLOOD, focal.party(), Set.of(focal.party()), null, Classification.PUBLIC, 24)).id();
        network.addNode(focal.actor(), new LogisticsNode(point, "Shelter", Instance.NodeKind.DELIVERY_POINT,
                focal.party(), null, null, 0));
        return crisis;
    }

    @Test
    void aConfidentialRequestFromThePageIsWithheldFromOtherPartners() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        long crisis = floodWithPoint(focal, "DPH-" + suffix);
        catalogue.add(fixtures.user(Role.SECRETARIAT).actor(), new Commodity("GN-" + suffix, "Generator", "unit", 90,
                null, Commodity.Category.EQUIPMENT, null, false, 0));
        mvc.perform(post("/logistics/crises/{id}/requests", crisis).cookie(PageSession.login(mvc, focal)).with(csrf())
                        .param("party", focal.party().value()).param("deliveryPoint", "DPH-" + suffix)
                        .param("commodity", "GN-" + suffix).param("quantity", "2").param("priority", "LIFE_SAVING")
                        .param("neededBy", "2099-01-01T12:00").param("note", "Clinic without power")
                        .param("classification", "CONFIDENTIAL"))
                .andExpect(flash().attribute("notice", "request.drafted"));
        assertThat(requests.ofCrisis(focal.actor(), crisis).get(0).classification()).isEqualTo(Classification.CONFIDENTIAL);

        Cookie outsider = PageSession.login(mvc, fixtures.user(Role.MONITOR));
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(outsider))
                .andExpect(content().string(containsString("1 request(s) withheld")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Clinic without power"))));
    }

    @Test
    void aPageViewLogsOneDisclosurePerRestrictedRequestItShows() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        long crisis = floodWithPoint(focal, "DPR-" + suffix);
        catalogue.add(fixtures.user(Role.SECRETARIAT).actor(), new Commodity("TP-" + suffix, "Tarpaulin", "piece", 4,
                null, Commodity.Category.SHELTER, null, false, 0));
        var monitor = fixtures.user(Role.MONITOR);
        sharing.setRule(focal.actor(), focal.party(), DataKind.ASSISTANCE_REQUEST, Set.of(monitor.party()), null);
        mvc.perform(post("/logistics/crises/{id}/requests", crisis).cookie(PageSession.login(mvc, focal)).with(csrf())
                        .param("party", focal.party().value()).param("deliveryPoint", "DPR-" + suffix)
                        .param("commodity", "TP-" + suffix).param("quantity", "30").param("priority", "URGENT")
                        .param("neededBy", "2099-01-01T12:00").param("note", "Roofs torn off in the camp")
                        .param("classification", "RESTRICTED"))
                .andExpect(flash().attribute("notice", "request.drafted"));
        long id = requests.ofCrisis(focal.actor(), crisis).get(0).id();

        // The page lists the requests, the plans and the shipments, each within the red lines; it discloses once.
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(PageSession.login(mvc, monitor)))
                .andExpect(content().string(containsString("Roofs torn off in the camp")));
        assertThat(sharing.disclosuresOf(focal.actor(), focal.party(), Paging.of(0, 100)).items())
                .filteredOn(d -> d.recordRef().equals("request/" + id))
                .singleElement().satisfies(d -> assertThat(d.recipientParty()).isEqualTo(monitor.party().value()));
    }

    @Test
    void aRequestIsDraftedSubmittedAndApprovedFromThePage() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        long crisis = floodWithPoint(focal, "DPG-" + suffix);
        catalogue.add(fixtures.user(Role.SECRETARIAT).actor(), new Commodity("JC-" + suffix, "Jerrycan", "piece", 1.2,
                null, Commodity.Category.WASH, null, false, 0));
        Cookie session = PageSession.login(mvc, focal);

        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(session))
                .andExpect(content().string(containsString("Ask for assistance")));
        mvc.perform(post("/logistics/crises/{id}/requests", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("deliveryPoint", "DPG-" + suffix)
                        .param("commodity", "JC-" + suffix).param("quantity", "1.5").param("priority", "URGENT")
                        .param("neededBy", "2099-01-01T12:00")
                        .param("commodity", "JC-" + suffix).param("quantity", "").param("priority", "URGENT").param("neededBy", ""))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("lines[0].quantity"))));
        mvc.perform(post("/logistics/crises/{id}/requests", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("deliveryPoint", "DPG-" + suffix)
                        .param("commodity", "JC-" + suffix).param("quantity", "400").param("priority", "LIFE_SAVING")
                        .param("neededBy", "2099-01-01T12:00").param("note", "Cholera risk in the school"))
                .andExpect(flash().attribute("notice", "request.drafted"));
        long id = requests.ofCrisis(focal.actor(), crisis).get(0).id();
        mvc.perform(post("/logistics/requests/{id}/submit", id).cookie(session).with(csrf()))
                .andExpect(flash().attribute("notice", "request.submitted"));
        mvc.perform(post("/logistics/requests/{id}/approve", id).cookie(session).with(csrf()))
                .andExpect(flash().attribute("notice", "request.approved"));
        assertThat(requests.get(id).status()).isEqualTo(AssistanceRequest.Status.APPROVED);
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(session))
                .andExpect(content().string(containsString("Cholera risk in the school")))
                .andExpect(content().string(containsString("Approved")));

        // A plan from live stock, shown beside the greedy baseline, then approved from the page.
        var officer = fixtures.user(focal.party(), Role.LOGISTICS_OFFICER);
        network.addNode(officer.actor(), new LogisticsNode("WHG-" + suffix, "Depot", Instance.NodeKind.WAREHOUSE,
                focal.party(), null, null, 0));
        network.addLink(officer.actor(), new LogisticsLink(null, "WHG-" + suffix, "DPG-" + suffix, Instance.Mode.ROAD, 6,
                0, 1_000_000, 0.1, null, null, 0));
        stock.record(officer.actor(), "WHG-" + suffix, new StockCards.Entry("RECEIPT", "JC-" + suffix, "L1",
                focal.party().value(), 250.0, null, "Stockpile", null));
        // The plan is made by a solve job; the page follows it until the plan is there.
        String following = mvc.perform(post("/logistics/crises/{id}/plans", crisis).cookie(session).with(csrf()))
                .andExpect(flash().attribute("notice", "plan.solving"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(following).contains("/logistics/crises/" + crisis + "/requests?job=");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> mvc.perform(
                get(following).cookie(session)).andReturn().getResponse().getContentAsString().contains("is ready below"));
        mvc.perform(get(following).cookie(session))
                .andExpect(content().string(containsString("Plan " + plans.ofCrisis(focal.actor(), crisis).get(0).id()
                        + " is ready below.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("http-equiv=\"refresh\""))));
        // Stopping a plan that is already made changes nothing.
        String job = following.substring(following.indexOf("job=") + 4);
        mvc.perform(post("/logistics/crises/{id}/plans/{job}/cancel", crisis, job).cookie(session).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(following));
        mvc.perform(get(following).cookie(session)).andExpect(content().string(containsString("is ready below")));
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(session))
                .andExpect(content().string(containsString("Greedy baseline")))
                .andExpect(content().string(containsString("WHG-" + suffix + " → DPG-" + suffix)))
                .andExpect(content().string(containsString("not enough stock")))
                .andExpect(content().string(containsString("is evened out further (leximin)")))
                .andExpect(content().string(containsString("class=\"plan-map\"")))
                .andExpect(content().string(containsString("&quot;path&quot;:[&quot;WHG-" + suffix)));
        long plan = plans.ofCrisis(focal.actor(), crisis).get(0).id();
        mvc.perform(post("/logistics/allocation-plans/{id}/approve", plan).cookie(session).with(csrf()))
                .andExpect(content().string(containsString("Approve plan " + plan + "?")));
        assertThat(plans.get(focal.actor(), plan).status()).isEqualTo(AllocationPlan.Status.PROPOSED);
        mvc.perform(post("/logistics/allocation-plans/{id}/approve", plan).cookie(session).with(csrf())
                        .param("confirmed", "yes"))
                .andExpect(flash().attribute("notice", "plan.approved"));
        assertThat(plans.get(focal.actor(), plan).status()).isEqualTo(AllocationPlan.Status.APPROVED);

        // The plan's shipment: dispatched by the officer, confirmed by the focal point with a rejection and its reason.
        long shipment = shipments.ofCrisis(focal.actor(), crisis).get(0).id();
        Cookie officerSession = PageSession.login(mvc, officer);
        mvc.perform(post("/logistics/shipments/{id}/dispatch", shipment).cookie(officerSession).with(csrf()))
                .andExpect(flash().attribute("notice", "shipment.dispatched"));
        mvc.perform(post("/logistics/shipments/{id}/deliver", shipment).cookie(session).with(csrf())
                        .param("accepted", "240").param("rejected", "10").param("reason", "Split jerrycans"))
                .andExpect(flash().attribute("notice", "shipment.delivered"));
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(session))
                .andExpect(content().string(containsString("Split jerrycans")))
                .andExpect(content().string(containsString("Partly fulfilled")));
    }

    @Test
    void aRefusedRequestListsEveryProblemAtTheTopAndAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        long crisis = floodWithPoint(focal, "DPK-" + suffix);
        catalogue.add(fixtures.user(Role.SECRETARIAT).actor(), new Commodity("KP-" + suffix, "Kit", "kit", 2.0, null,
                Commodity.Category.WASH, null, true, 0));
        Cookie session = PageSession.login(mvc, focal);

        var refused = mvc.perform(post("/logistics/crises/{id}/requests", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("deliveryPoint", "DPK-" + suffix)
                        .param("commodity", "KP-" + suffix).param("quantity", "lots").param("priority", "")
                        .param("neededBy", "2020-01-01T08:30")
                        .param("commodity", "KP-" + suffix).param("quantity", "").param("priority", "").param("neededBy", "")
                        .param("commodity", "KP-" + suffix).param("quantity", "12").param("priority", "")
                        .param("neededBy", "2099-05-01T10:15").param("note", "Schools used as shelters"))
                .andReturn();
        assertThat(requests.ofCrisis(focal.actor(), crisis)).isEmpty();

        String page = mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(session)
                        .param("lang", "fr")
                        .flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Il y a un problème", "href=\"#lines0.quantity\"", "Quantité, ligne 1 : Saisissez un nombre")
                .contains("href=\"#lines2.priority\"", "Priorité, ligne 3 : Choisissez une option")
                .contains("id=\"lines0.quantity\"", "value=\"lots\"", "value=\"2099-05-01T10:15\"",
                        "value=\"2020-01-01T08:30\"", "Schools used as shelters")
                .doesNotContain("lines1.quantity-error");
    }

    @Test
    void theLeadSetsHowTransportCostsAreSharedFromThePublicPage() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        long crisis = floodWithPoint(focal, "DPC-" + System.nanoTime() % 100000000);
        Cookie session = PageSession.login(mvc, focal);
        mvc.perform(get("/logistics/crises/{id}/transparency", crisis).cookie(session))
                .andExpect(content().string(containsString("Set how transport costs are shared")));
        mvc.perform(get("/logistics/crises/{id}/transparency", crisis))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Set how transport costs are shared"))));

        mvc.perform(post("/logistics/crises/{id}/cost-sharing", crisis).cookie(session).with(csrf())
                        .param("model", "BY_WEIGHTS").param("weight." + focal.party().value(), "lots"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("weight."))));
        mvc.perform(post("/logistics/crises/{id}/cost-sharing", crisis).cookie(session).with(csrf())
                        .param("model", "BY_WEIGHTS").param("weight." + focal.party().value(), "3")
                        .param("cap." + focal.party().value(), "5000"))
                .andExpect(flash().attribute("notice", "costs.saved"));
        mvc.perform(get("/logistics/crises/{id}/transparency", crisis))
                .andExpect(content().string(containsString("in proportion to each party")));
    }
}
