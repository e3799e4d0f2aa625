package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.entente.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * From approved plan to delivery on a real database: approval plans a shipment; dispatch issues the reserved stock;
 * tracking events follow it; proof of delivery splits accepted from rejected, receives what was accepted at the
 * destination and counts it against the request; a planned shipment cancelled gives its reservation back.
 */
abstract class ShipmentContract extends LiveStockScene {

    @org.springframework.beans.factory.annotation.Autowired
    Shipments shipments;

    long approvedShipment() {
        long plan = plans.propose(officer.actor(), crisis).id();
        plans.approve(lead.actor(), plan);
        return shipments.ofCrisis(lead.actor(), crisis).get(0).id();
    }

    @Test
    void aShipmentIsDispatchedTrackedAndDeliveredWithProofAndTheRequestCountsIt() throws Exception {
        long id = approvedShipment();
        assertThat(shipments.get(lead.actor(), id).path()).containsExactly(warehouse, point);
        mvc.perform(post("/api/v1/logistics/shipments/{id}/dispatch", id)
                        .header("Authorization", fixtures.user(Role.LOGISTICS_OFFICER).bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/logistics/shipments/{id}/dispatch", id).header("Authorization", officer.bearer()))
                .andExpect(jsonPath("$.status", is("DISPATCHED")));
        assertThat(reserved()).isZero();
        assertThat(stock.positions(officer.actor(), warehouse).get(0).onHand()).isEqualTo(200);

        mvc.perform(post("/api/v1/logistics/shipments/{id}/events", id).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"AT_BORDER\", \"place\": \"Río Claro\", \"note\": \"Customs inspection\"}"))
                .andExpect(jsonPath("$.status", is("AT_BORDER")))
                .andExpect(jsonPath("$.events[2].place", is("Río Claro")));
        mvc.perform(post("/api/v1/logistics/shipments/{id}/delivery", id).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"accepted\": 780, \"rejected\": 10}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("items[0].accepted")));
        mvc.perform(post("/api/v1/logistics/shipments/{id}/delivery", id).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"accepted\": 780, \"rejected\": 20}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("items[0].reason")));
        mvc.perform(post("/api/v1/logistics/shipments/{id}/delivery", id).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"accepted\": 780, \"rejected\": 20, \"reason\": \"Crushed cartons\"}]}"))
                .andExpect(jsonPath("$.status", is("DELIVERED")))
                .andExpect(jsonPath("$.items[0].rejectionReason", is("Crushed cartons")));

        AssistanceRequest request = requests.ofCrisis(lead.actor(), crisis).get(0);
        assertThat(request.lines().get(0).delivered()).isEqualTo(780);
        assertThat(request.status()).isEqualTo(AssistanceRequest.Status.PARTIALLY_FULFILLED);
        assertThat(stock.positions(lead.actor(), point).get(0).onHand()).isEqualTo(780);
    }

    @Test
    void aCancelledPlannedShipmentGivesItsReservationBack() throws Exception {
        long id = approvedShipment();
        assertThat(reserved()).isEqualTo(800);
        mvc.perform(post("/api/v1/logistics/shipments/{id}/cancellation", id).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Road flooded again\"}"))
                .andExpect(jsonPath("$.status", is("CANCELLED")));
        assertThat(reserved()).isZero();
        mvc.perform(post("/api/v1/logistics/shipments/{id}/dispatch", id).header("Authorization", officer.bearer()))
                .andExpect(status().isConflict());
    }
}
