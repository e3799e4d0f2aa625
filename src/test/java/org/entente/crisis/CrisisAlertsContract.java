package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Issuing, updating and cancelling CAP alerts through the API, on a real database. */
abstract class CrisisAlertsContract {

    static final String ALERT = """
            {"status": "ACTUAL", "scope": "%s", "infos": [
              {"language": "en", "category": "MET", "event": "Cyclone", "urgency": "IMMEDIATE", "severity": "SEVERE",
               "certainty": "OBSERVED", "headline": "%s", "instruction": "Move inland",
               "areaDesc": "Coast", "polygon": "10.1,-70.2 10.4,-70.2 10.4,-69.8 10.1,-70.2"},
              {"language": "es", "category": "MET", "event": "Ciclón", "urgency": "IMMEDIATE", "severity": "SEVERE",
               "certainty": "OBSERVED", "headline": "Alerta", "areaDesc": "Costa"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom room;

    Fixtures.TestUser lead;
    long crisis;

    @BeforeEach
    void aCrisis() {
        lead = fixtures.user(Role.FOCAL_POINT);
        crisis = room.open(lead.actor(), new Crisis.Declaration("A" + System.nanoTime() % 100000000, "Cyclone",
                CrisisType.CYCLONE, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
    }

    ResultActions issue(String path, String scope, String headline) throws Exception {
        return mvc.perform(post("/api/v1/crises/{id}" + path, crisis).header("Authorization", lead.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(ALERT.formatted(scope, headline)));
    }

    @Test
    void theLatestAlertIsServedAsValidCapAndAnUpdateReferencesIt() throws Exception {
        String first = issue("/alerts", "PUBLIC", "Cyclone warning").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        int firstId = com.jayway.jsonpath.JsonPath.read(first, "$.id");
        issue("/alerts/" + firstId + "/update", "PUBLIC", "Cyclone warning extended").andExpect(status().isCreated())
                .andExpect(jsonPath("$.msgType", is("UPDATE")));
        issue("/alerts/" + firstId + "/update", "PUBLIC", "A second branch").andExpect(status().isConflict());

        String xml = mvc.perform(get("/api/v1/crises/{id}/alerts.cap.xml", crisis)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        CapXmlTests.assertValid(xml);
        assertThat(xml).contains("<msgType>Update</msgType>", "<headline>Cyclone warning extended</headline>",
                "<references>" + lead.party().value().toLowerCase() + "@entente.example,");
    }

    @Test
    void aRestrictedAlertIsForPartnersAndStaysOutOfThePublicFeed() throws Exception {
        issue("/alerts", "PUBLIC", "Public warning").andExpect(status().isCreated());
        issue("/alerts", "RESTRICTED", "Partners only").andExpect(status().isCreated());

        String anonymous = mvc.perform(get("/api/v1/crises/{id}/alerts.cap.xml", crisis))
                .andReturn().getResponse().getContentAsString();
        assertThat(anonymous).contains("Public warning").doesNotContain("Partners only");
        String partner = mvc.perform(get("/api/v1/crises/{id}/alerts.cap.xml", crisis)
                        .header("Authorization", fixtures.user(Role.MONITOR).bearer()))
                .andReturn().getResponse().getContentAsString();
        assertThat(partner).contains("Partners only").contains("<scope>Restricted</scope>");
        String feed = mvc.perform(get("/api/v1/crises/{id}/alerts.atom", crisis)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "Public warning")
                .doesNotContain("Partners only");
    }

    @Test
    void onlyTheLeadPartyIssuesAndBadAlertsAreNamed() throws Exception {
        mvc.perform(post("/api/v1/crises/{id}/alerts", crisis).header("Authorization", fixtures.user(Role.FOCAL_POINT).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(ALERT.formatted("PUBLIC", "x")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/crises/{id}/alerts", crisis).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ALERT.formatted("PUBLIC", "x").replace("10.1,-70.2\"", "10.2,-70.2\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("infos[0].polygon")));
        mvc.perform(get("/api/v1/crises/{id}/alerts.cap.xml", crisis)).andExpect(status().isNotFound());
    }

    @Test
    void aCancellationEndsTheChain() throws Exception {
        String first = issue("/alerts", "PUBLIC", "Warning").andReturn().getResponse().getContentAsString();
        int id = com.jayway.jsonpath.JsonPath.read(first, "$.id");
        String cancel = issue("/alerts/" + id + "/cancel", "PUBLIC", "All clear").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        int cancelId = com.jayway.jsonpath.JsonPath.read(cancel, "$.id");
        issue("/alerts/" + cancelId + "/update", "PUBLIC", "Again").andExpect(status().isConflict());
        CapXmlTests.assertValid(mvc.perform(get("/api/v1/crises/{id}/alerts/{a}/cap.xml", crisis, cancelId))
                .andReturn().getResponse().getContentAsString());
    }
}
