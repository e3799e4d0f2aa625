package org.entente.logistics;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The what-if endpoint answers the issue's own example, and names the field of a broken instance. */
@IntegrationTest
public class AllocationApiIntegrationTests {

    public static final String EXAMPLE = """
            { "commodities": [{"code": "WATER_KIT", "unitWeightKg": 5.0}],
              "nodes": [{"code": "WH-A", "kind": "WAREHOUSE"}, {"code": "DP-1", "kind": "DELIVERY_POINT"}],
              "links": [{"from": "WH-A", "to": "DP-1", "mode": "ROAD", "transitHours": 12, "delayHours": 6,
                         "capacityKg": 200000, "costPerKg": 0.4, "open": true}],
              "stock": [{"node": "WH-A", "commodity": "WATER_KIT", "quantity": 1200, "availableAtHour": 0, "expiresAtHour": null}],
              "requests": [{"id": "R-1", "node": "DP-1", "commodity": "WATER_KIT", "quantity": 800,
                            "priority": "LIFE_SAVING", "neededByHour": 72}],
              "options": {"priorityWeights": {"LIFE_SAVING": 100, "URGENT": 10, "ROUTINE": 1}} }""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theIssuesExampleIsSolvedWithItsRouteCostAndBaseline() throws Exception {
        mvc.perform(post("/api/v1/logistics/allocation/solve").header("Authorization", fixtures.user(Role.MONITOR).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("OPTIMAL")))
                .andExpect(jsonPath("$.coverage", closeTo(100.0, 1e-6)))
                .andExpect(jsonPath("$.coverageUpperBound", closeTo(100.0, 1e-6)))
                .andExpect(jsonPath("$.equity.LIFE_SAVING", closeTo(1.0, 1e-9)))
                .andExpect(jsonPath("$.cost", closeTo(1600.0, 1e-6)))
                .andExpect(jsonPath("$.requests[0].delivered", closeTo(800.0, 1e-6)))
                .andExpect(jsonPath("$.requests[0].flows[0].path", contains("WH-A", "DP-1")))
                .andExpect(jsonPath("$.requests[0].flows[0].arrivalHour", closeTo(18.0, 1e-9)))
                .andExpect(jsonPath("$.baseline.coverage", closeTo(100.0, 1e-6)))
                .andExpect(jsonPath("$.exact", is(true)));
    }

    @Test
    void aBrokenInstanceIsRefusedNamingTheField() throws Exception {
        String bearer = fixtures.user(Role.MONITOR).bearer();
        mvc.perform(post("/api/v1/logistics/allocation/solve").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(EXAMPLE.replace("\"to\": \"DP-1\"", "\"to\": \"DP-9\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("links[0].to")));
        mvc.perform(post("/api/v1/logistics/allocation/solve").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(EXAMPLE.replace("\"LIFE_SAVING\", \"neededByHour\"",
                                "\"VITAL\", \"neededByHour\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/logistics/allocation/solve").contentType(MediaType.APPLICATION_JSON).content(EXAMPLE))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWhatIfsTimeLimitIsCappedByRole() throws Exception {
        String longer = EXAMPLE.replace("\"options\": {", "\"options\": {\"timeLimitSeconds\": 120, ");
        mvc.perform(post("/api/v1/logistics/allocation/solve").header("Authorization", fixtures.user(Role.MONITOR).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(longer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("options.timeLimitSeconds")));
        mvc.perform(post("/api/v1/logistics/allocation/solve")
                        .header("Authorization", fixtures.user(Role.LOGISTICS_OFFICER).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(longer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("OPTIMAL")));
    }

    @Test
    void aSolveJobIsItsOwnersAlone() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/logistics/allocation/jobs/{id}", java.util.UUID.randomUUID())
                        .header("Authorization", fixtures.user(Role.MONITOR).bearer()))
                .andExpect(status().isNotFound());
    }
}
