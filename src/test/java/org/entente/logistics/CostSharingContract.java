package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.entente.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Transparent cost sharing on a real database: a dispatched shipment's transport cost (800 kits × 5 kg × 0.40 per kg
 * = 1,600) is booked by the crisis's model; caps hold and what a capped party cannot pay goes to the others, or is
 * shown as uncovered; anyone may read the ledger of a public crisis.
 */
abstract class CostSharingContract extends LiveStockScene {

    @Autowired
    Shipments shipments;
    @Autowired
    CostSharing costs;

    void planAndDispatch() {
        long plan = plans.propose(officer.actor(), crisis).id();
        plans.approve(lead.actor(), plan);
        shipments.dispatch(officer.actor(), shipments.ofCrisis(lead.actor(), crisis).get(0).id());
        fixtures.awaitReactions();
    }

    @Test
    void byWeightsACappedPartyPaysItsCapAndTheOthersTakeTheRest() throws Exception {
        String other = fixtures.party().code().value();
        String lp = lead.party().value();
        mvc.perform(put("/api/v1/logistics/crises/{id}/cost-sharing", crisis).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"model\": \"BY_WEIGHTS\", \"weights\": {\"%s\": 3, \"%s\": 1}, \"caps\": {\"%s\": 100}}"
                                .formatted(lp, other, lp)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.model", is("BY_WEIGHTS")));
        planAndDispatch();
        // The requests are PARTNERS: a party's member sees their costs, the public sees none of them.
        mvc.perform(get("/api/v1/logistics/crises/{id}/cost-sharing", crisis))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total", closeTo(0.0, 1e-6)));
        mvc.perform(get("/api/v1/logistics/crises/{id}/cost-sharing", crisis).header("Authorization", lead.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", closeTo(1600.0, 1e-6)))
                .andExpect(jsonPath("$.uncovered", closeTo(0.0, 1e-6)))
                .andExpect(jsonPath("$.accounts[?(@.party == '" + lp + "')].total").value(org.hamcrest.Matchers.contains(closeTo(100.0, 1e-6))))
                .andExpect(jsonPath("$.accounts[?(@.party == '" + other + "')].total").value(org.hamcrest.Matchers.contains(closeTo(1500.0, 1e-6))));
        String page = mvc.perform(get("/logistics/crises/{id}/transparency", crisis)
                        .cookie(org.entente.support.PageSession.login(mvc, lead))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1,500.00", "1,600.00", "Dispatched: 1", "800").doesNotContain(warehouse);
    }

    @Test
    void requesterPaysUpToItsCapAndTheRestIsShownUncovered() {
        costs.set(lead.actor(), crisis, new CostSharing.Terms(CostSharing.Model.REQUESTER_PAYS, null,
                Map.of(lead.party().value(), 1000.0)));
        planAndDispatch();
        CostSharing.Ledger ledger = costs.ledger(lead.actor(), crisis);
        assertThat(ledger.accounts()).singleElement().satisfies(a -> {
            assertThat(a.party()).isEqualTo(lead.party().value());
            assertThat(a.total()).isEqualTo(1000.0, org.assertj.core.data.Offset.offset(1e-6));
        });
        assertThat(ledger.uncovered()).isEqualTo(600.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void onlyTheLeadPartySetsTheModelAndBadTermsAreNamed() throws Exception {
        mvc.perform(put("/api/v1/logistics/crises/{id}/cost-sharing", crisis)
                        .header("Authorization", fixtures.user(Role.FOCAL_POINT).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"model\": \"EQUAL\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/logistics/crises/{id}/cost-sharing", crisis).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"model\": \"BY_WEIGHTS\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("weights")));
        mvc.perform(put("/api/v1/logistics/crises/{id}/cost-sharing", crisis).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"model\": \"BY_WEIGHTS\", \"weights\": {\"%s\": -2}}".formatted(lead.party())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("weights." + lead.party())));
        assertThat(costs.terms(crisis).model()).isEqualTo(CostSharing.Model.EQUAL);
    }
}
