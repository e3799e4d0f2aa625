package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.entente.allocation.Instance;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The stock pages: the warehouse's officer records movements from a form; colleagues read; visitors log in first. */
@IntegrationTest
class StockPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Catalogue catalogue;
    @Autowired
    LogisticsNetwork network;
    @Autowired
    StockCards stock;

    @Test
    void theOfficerRecordsAReceiptAndAnIssueFromTheFormAndATooLargeIssueComesBackNamed() throws Exception {
        var officer = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        String kit = "ORS-" + suffix;
        String warehouse = "WP-" + suffix;
        catalogue.add(officer.actor(), new Commodity(kit, "Oral rehydration salts", "carton", 12, null,
                Commodity.Category.HEALTH, 1095, false, 0));
        network.addNode(officer.actor(), new LogisticsNode(warehouse, "Port warehouse", Instance.NodeKind.WAREHOUSE,
                officer.party(), null, null, 0));
        Cookie session = PageSession.login(mvc, officer);

        mvc.perform(post("/logistics/warehouses/{w}/movements", warehouse).cookie(session).with(csrf())
                        .param("kind", "RECEIPT").param("commodity", kit).param("lot", "B-77")
                        .param("owner", officer.party().value()).param("quantity", "400").param("expiresOn", "2029-03-31")
                        .param("reason", "Donation from the regional stockpile"))
                .andExpect(flash().attribute("notice", "stock.recorded"));
        mvc.perform(post("/logistics/warehouses/{w}/movements", warehouse).cookie(session).with(csrf())
                        .param("kind", "ISSUE").param("commodity", kit).param("lot", "B-77")
                        .param("owner", officer.party().value()).param("quantity", "500").param("reason", "Too many"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("only 400"))));
        assertThat(stock.card(officer.actor(), warehouse, null, 10)).hasSize(1);
        mvc.perform(post("/logistics/warehouses/{w}/movements", warehouse).cookie(session).with(csrf())
                        .param("kind", "ISSUE").param("commodity", kit).param("lot", "B-77")
                        .param("owner", officer.party().value()).param("quantity", "a dozen").param("reason", "Typo"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Quantity: Enter a number")));
        assertThat(stock.card(officer.actor(), warehouse, null, 10)).hasSize(1);

        mvc.perform(get("/logistics/warehouses/{w}", warehouse).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("B-77")))
                .andExpect(content().string(containsString("Donation from the regional stockpile")))
                .andExpect(content().string(containsString("Record a movement")));
        mvc.perform(get("/logistics").cookie(session))
                .andExpect(content().string(containsString("Port warehouse")));
    }

    @Test
    void colleaguesReadWithoutTheFormAndVisitorsAreSentToLogIn() throws Exception {
        var officer = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        String warehouse = "WQ-" + System.nanoTime() % 100000000;
        network.addNode(officer.actor(), new LogisticsNode(warehouse, "Inland warehouse", Instance.NodeKind.WAREHOUSE,
                officer.party(), null, null, 0));
        Cookie monitor = PageSession.login(mvc, fixtures.user(Role.MONITOR));
        mvc.perform(get("/logistics/warehouses/{w}", warehouse).cookie(monitor))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record a movement"))));
        mvc.perform(post("/logistics/warehouses/{w}/movements", warehouse).cookie(monitor).with(csrf())
                        .param("kind", "RECEIPT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/logistics")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theKeeperOfAPlaceClosesALinkWithAReasonAndReopensItFromTheNetworkPage() throws Exception {
        var officer = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        var outsider = fixtures.user(Role.LOGISTICS_OFFICER);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        network.addNode(officer.actor(), new LogisticsNode("LA-" + suffix, "Hill depot", Instance.NodeKind.WAREHOUSE,
                officer.party(), null, null, 0));
        network.addNode(officer.actor(), new LogisticsNode("LB-" + suffix, "Valley shelter",
                Instance.NodeKind.DELIVERY_POINT, officer.party(), null, null, 0));
        long link = network.addLink(officer.actor(), new LogisticsLink(null, "LA-" + suffix, "LB-" + suffix,
                Instance.Mode.ROAD, 3, 0, 10_000, 0.1, null, null, 0)).id();
        Cookie session = PageSession.login(mvc, officer);

        mvc.perform(post("/logistics/links/{id}/close", link).cookie(session).with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("reason"))));
        mvc.perform(post("/logistics/links/{id}/close", link).cookie(PageSession.login(mvc, outsider)).with(csrf())
                        .param("reason", "Not mine to close"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.notNullValue()));
        assertThat(network.link(link).closedFrom()).isNull();

        mvc.perform(post("/logistics/links/{id}/close", link).cookie(session).with(csrf())
                        .param("reason", "Landslide on the valley road"))
                .andExpect(flash().attribute("notice", "link.closedNotice"));
        assertThat(network.link(link).closureReason()).isEqualTo("Landslide on the valley road");
        mvc.perform(get("/logistics/network").cookie(session))
                .andExpect(content().string(containsString("Landslide on the valley road")));
        mvc.perform(post("/logistics/links/{id}/reopen", link).cookie(session).with(csrf()))
                .andExpect(flash().attribute("notice", "link.reopenedNotice"));
        assertThat(network.link(link).closedFrom()).isNull();
    }

    @Test
    void aLogisticsOfficerAddsAPlaceAndALinkFromTheNetworkPageAfterCorrectingEveryProblemAtOnce() throws Exception {
        var officer = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        network.addNode(officer.actor(), new LogisticsNode("NA-" + suffix, "Coast depot", Instance.NodeKind.WAREHOUSE,
                officer.party(), null, null, 0));
        Cookie session = PageSession.login(mvc, officer);
        mvc.perform(get("/logistics/network").cookie(session))
                .andExpect(content().string(containsString("Add a place")))
                .andExpect(content().string(containsString("Coast depot")));

        mvc.perform(post("/logistics/nodes").cookie(session).with(csrf()).param("code", "a b").param("name", "")
                        .param("kind", "").param("party", officer.party().value()).param("latitude", "north")
                        .param("longitude", "200"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers
                        .allOf(containsString("latitude"), containsString("kind"), containsString("code"),
                                containsString("name"), containsString("longitude")))));
        mvc.perform(post("/logistics/nodes").cookie(session).with(csrf()).param("code", "nb-" + suffix)
                        .param("name", "Hill shelter").param("kind", "DELIVERY_POINT")
                        .param("party", officer.party().value()).param("latitude", "-17,25").param("longitude", "35.5"))
                .andExpect(flash().attribute("notice", "node.addedNotice"));
        assertThat(network.node("NB-" + suffix).latitude()).isEqualTo(-17.25);

        mvc.perform(post("/logistics/links").cookie(session).with(csrf()).param("from", "NA-" + suffix)
                        .param("to", "NA-" + suffix).param("mode", "").param("transitHours", "")
                        .param("capacityKg", "lots"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers
                        .allOf(containsString("to"), containsString("mode"), containsString("transitHours"),
                                containsString("capacityKg")))));
        mvc.perform(post("/logistics/links").cookie(session).with(csrf()).param("from", "NA-" + suffix)
                        .param("to", "NB-" + suffix).param("mode", "ROAD").param("transitHours", "4")
                        .param("capacityKg", "20000"))
                .andExpect(flash().attribute("notice", "link.addedNotice"));
        assertThat(network.links(officer.actor())).anySatisfy(l -> {
            assertThat(l.from()).isEqualTo("NA-" + suffix);
            assertThat(l.to()).isEqualTo("NB-" + suffix);
            assertThat(l.capacityKg()).isEqualTo(20000);
        });

        var outsider = fixtures.user(Role.LOGISTICS_OFFICER);
        mvc.perform(post("/logistics/links").cookie(PageSession.login(mvc, outsider)).with(csrf())
                        .param("from", "NA-" + suffix).param("to", "NB-" + suffix).param("mode", "AIR")
                        .param("transitHours", "1").param("capacityKg", "1"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void theSecretariatAddsACommodityToThePublicCatalogueFromItsPage() throws Exception {
        var officer = fixtures.user(Role.SECRETARIAT);
        String code = "BUCKET-" + System.nanoTime() % 100000000;
        Cookie session = PageSession.login(mvc, officer);

        mvc.perform(post("/logistics/commodities").cookie(session).with(csrf()).param("code", code)
                        .param("name", "Bucket with lid").param("unit", "piece").param("unitWeightKg", "heavy")
                        .param("category", ""))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("unitWeightKg"))))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("category"))));
        assertThat(catalogue.find(code)).isEmpty();

        mvc.perform(post("/logistics/commodities").cookie(session).with(csrf()).param("code", code.toLowerCase())
                        .param("name", "Bucket with lid").param("unit", "piece").param("unitWeightKg", "0.8")
                        .param("category", "WASH"))
                .andExpect(flash().attribute("notice", "commodity.added"));
        assertThat(catalogue.get(code).category()).isEqualTo(Commodity.Category.WASH);
        mvc.perform(get("/logistics/commodities"))
                .andExpect(content().string(containsString("Bucket with lid")))
                .andExpect(content().string(not(containsString("Add a commodity"))));
        mvc.perform(post("/logistics/commodities").cookie(PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT)))
                        .with(csrf()).param("code", code + "X").param("name", "Other").param("unit", "piece")
                        .param("unitWeightKg", "1").param("category", "WASH"))
                .andExpect(status().isForbidden());
    }
}
