package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import jakarta.servlet.http.Cookie;

import org.entente.allocation.Instance;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A logistics officer opens a joint tender from the page, records a bid, and a bad field comes back named; a focal
 * point pledges goods to procure at a warehouse from the crisis's page, and the warehouse's logistics officer marks the
 * pledge fulfilled there when the goods arrive.
 */
@IntegrationTest
class ProcurementPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Catalogue catalogue;
    @Autowired
    LogisticsNetwork network;
    @Autowired
    Procurement procurement;
    @Autowired
    org.entente.crisis.CrisisRoom crises;
    @Autowired
    StockCards stock;
    @Autowired
    Pledges pledges;

    @Test
    void aTenderIsOpenedAndABidRecordedFromThePage() throws Exception {
        var officer = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        String s = String.valueOf(System.nanoTime() % 100000000);
        catalogue.add(officer.actor(), new Commodity("TP-" + s, "Tarpaulin", "piece", 3.5, null,
                Commodity.Category.SHELTER, null, false, 0));
        network.addNode(officer.actor(), new LogisticsNode("TW-" + s, "Depot", Instance.NodeKind.WAREHOUSE,
                officer.party(), null, null, 0));
        Cookie session = PageSession.login(mvc, officer);
        mvc.perform(post("/logistics/tenders").cookie(session).with(csrf()).param("buyer", officer.party().value())
                        .param("title", "Tarpaulins " + s).param("commodity", "TP-" + s).param("quantity", "5000")
                        .param("deliveryTo", "TW-" + s).param("closesAt", "2020-01-01T00:00"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("closesAt"))));
        mvc.perform(post("/logistics/tenders").cookie(session).with(csrf()).param("buyer", officer.party().value())
                        .param("title", "Tarpaulins " + s).param("commodity", "TP-" + s).param("quantity", "5000")
                        .param("deliveryTo", "TW-" + s).param("closesAt", "2099-01-01T00:00"))
                .andExpect(flash().attribute("notice", "tender.opened"));
        long id = procurement.all(officer.actor()).stream().filter(t -> t.title().equals("Tarpaulins " + s))
                .findFirst().orElseThrow().id();
        mvc.perform(post("/logistics/tenders/{id}/bids", id).cookie(session).with(csrf()).param("supplier", "Shelterco")
                        .param("unitPrice", "4.2").param("currency", "EUR").param("deliveryBy", "2099-03-01"))
                .andExpect(flash().attribute("notice", "tender.bidRecorded"));
        assertThat(procurement.get(id).bids()).singleElement().satisfies(b -> assertThat(b.supplier()).isEqualTo("Shelterco"));
        mvc.perform(get("/logistics/tenders").cookie(session))
                .andExpect(content().string(containsString("Tarpaulins " + s)))
                .andExpect(content().string(containsString("4.20 EUR")))
                .andExpect(content().string(containsString("/api/v1/logistics/tenders/" + id + "/ocds")));
    }

    /** A focal point's flood, with its logistics officer, a commodity {@code JC-suffix} and a depot {@code JW-suffix}. */
    record Flood(Fixtures.TestUser focal, Fixtures.TestUser officer, long crisis, String suffix) {
    }

    private Flood floodWithADepot() {
        var focal = fixtures.user(Role.FOCAL_POINT);
        String s = String.valueOf(System.nanoTime() % 100000000);
        long crisis = crises.open(focal.actor(), new org.entente.crisis.Crisis.Declaration("P" + s, "Floods",
                org.entente.crisis.CrisisType.FLOOD, focal.party(), java.util.Set.of(focal.party()), null,
                org.entente.shared.Classification.PUBLIC, 24)).id();
        var officer = fixtures.user(focal.party(), Role.LOGISTICS_OFFICER);
        catalogue.add(officer.actor(), new Commodity("JC-" + s, "Jerrycan", "piece", 1, null, Commodity.Category.WASH,
                null, false, 0));
        network.addNode(officer.actor(), new LogisticsNode("JW-" + s, "Depot " + s, Instance.NodeKind.WAREHOUSE,
                focal.party(), null, null, 0));
        return new Flood(focal, officer, crisis, s);
    }

    @Test
    void aPledgeToProcureIsMadeAndFulfilledFromTheCrisisPage() throws Exception {
        Flood flood = floodWithADepot();
        var focal = flood.focal();
        var officer = flood.officer();
        long crisis = flood.crisis();
        String s = flood.suffix();
        Cookie session = PageSession.login(mvc, focal);
        mvc.perform(post("/logistics/crises/{id}/pledges", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("commodity", "JC-" + s).param("quantity", "400")
                        .param("kind", "TO_PROCURE").param("warehouse", "JW-" + s).param("availableBy", "2099-01-01"))
                .andExpect(flash().attribute("notice", "pledge.made"));
        long pledge = pledges.ofCrisis(focal.actor(), crisis).get(0).id();
        // The focal point may withdraw the pledge; receiving the goods is for the warehouse's logistics officer.
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(session))
                .andExpect(content().string(containsString("to procure by 1 Jan 2099, arriving at Depot " + s)))
                .andExpect(content().string(containsString("/logistics/pledges/" + pledge + "/withdrawal")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/logistics/pledges/" + pledge
                        + "/fulfilment"))));
        mvc.perform(post("/logistics/pledges/{id}/fulfilment", pledge).cookie(session).with(csrf())
                        .param("crisis", String.valueOf(crisis)))
                .andExpect(flash().attribute("problem", containsString("logistics officer receives goods at JW-" + s)));
        Cookie officerSession = PageSession.login(mvc, officer);
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(officerSession))
                .andExpect(content().string(containsString("/logistics/pledges/" + pledge + "/fulfilment")));
        mvc.perform(post("/logistics/pledges/{id}/fulfilment", pledge).cookie(officerSession).with(csrf())
                        .param("crisis", String.valueOf(crisis)).param("expiresOn", "2099-12-31"))
                .andExpect(flash().attribute("notice", "pledge.fulfilled"));
        assertThat(stock.positions(focal.actor(), "JW-" + s)).singleElement().satisfies(p -> assertThat(p.onHand())
                .isEqualTo(400));
    }

    @Test
    void aPledgeToProcureNamesWhereItArrivesFromTheCrisisPage() throws Exception {
        Flood flood = floodWithADepot();
        String s = flood.suffix();
        long crisis = flood.crisis();
        long pledge = pledges.pledge(flood.focal().actor(), crisis, new Pledge.Offer(flood.focal().party().value(),
                "JC-" + s, 250.0, Pledge.Kind.TO_PROCURE, null, java.time.LocalDate.of(2099, 1, 1), null)).id();
        Cookie session = PageSession.login(mvc, flood.focal());
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(session))
                .andExpect(content().string(containsString("plans count it once it names where it arrives")))
                .andExpect(content().string(containsString("/logistics/pledges/" + pledge + "/destination")));
        mvc.perform(post("/logistics/pledges/{id}/destination", pledge).cookie(session).with(csrf())
                        .param("crisis", String.valueOf(crisis)).param("warehouse", ""))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("warehouse"))));
        mvc.perform(post("/logistics/pledges/{id}/destination", pledge).cookie(session).with(csrf())
                        .param("crisis", String.valueOf(crisis)).param("warehouse", "JW-" + s))
                .andExpect(flash().attribute("notice", "pledge.destined"));
        assertThat(pledges.get(pledge).warehouse()).isEqualTo("JW-" + s);
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(session))
                .andExpect(content().string(containsString("to procure by 1 Jan 2099, arriving at Depot " + s)));
        // Another party's focal point is offered no such form.
        var other = fixtures.user(Role.FOCAL_POINT);
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(PageSession.login(mvc, other)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(containsString("to procure by 1 Jan 2099, arriving at Depot " + s)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/logistics/pledges/" + pledge
                        + "/destination"))));
    }
}
