package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.entente.allocation.Instance;
import org.entente.shared.Role;
import org.entente.support.MutableClock;
import org.entente.support.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * From approved plan to delivery on a real database: approval plans a shipment; dispatch issues the reserved stock;
 * tracking events follow it; proof of delivery splits accepted from rejected, receives what was accepted at the
 * destination and counts it against the request; each leg of the route says when it is expected and whether it is
 * late; a planned shipment cancelled gives its reservation back.
 */
abstract class ShipmentContract extends LiveStockScene {

    @org.springframework.beans.factory.annotation.Autowired
    Shipments shipments;
    @org.springframework.beans.factory.annotation.Autowired
    MutableClock clock;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    long approvedShipment() {
        long plan = plans.propose(officer.actor(), crisis).id();
        plans.approve(lead.actor(), plan);
        return shipments.ofCrisis(lead.actor(), crisis).get(0).id();
    }

    @Test
    void whatACancelledShipmentOrARejectionLeftUnservedIsPlannedAgain() {
        long first = approvedShipment();
        assertThatThrownBy(() -> plans.propose(officer.actor(), crisis)).isInstanceOf(org.entente.shared.Conflict.class)
                .hasMessageContaining("no approved request with an open line");
        shipments.cancel(officer.actor(), first, "Road washed out");
        // The 800 are open again: a new plan sends them, and its approval finds them still needed.
        AllocationPlans.StoredPlan again = plans.propose(officer.actor(), crisis);
        assertThat(again.plan().requests()).singleElement().satisfies(r -> assertThat(r.delivered()).isEqualTo(800.0));
        plans.approve(lead.actor(), again.id());
        long second = shipments.ofCrisis(lead.actor(), crisis).stream()
                .filter(s -> s.status() == Shipment.Status.PLANNED).findFirst().orElseThrow().id();
        shipments.dispatch(officer.actor(), second);
        shipments.deliver(lead.actor(), second, List.of(new Shipment.Receipt(500.0, 300.0, "Crushed in transit")));
        // 500 arrived and count against the line; the 300 rejected are needed still, and only they.
        AllocationPlans.StoredPlan rest = plans.propose(officer.actor(), crisis);
        assertThat(rest.plan().requests()).singleElement().satisfies(r -> {
            assertThat(r.requested()).isEqualTo(300.0);
            assertThat(r.delivered()).isEqualTo(200.0);
        });
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
        mvc.perform(get("/logistics/crises/{id}/transparency", crisis).cookie(PageSession.login(mvc, lead)))
                .andExpect(content().string(containsString("Delivered by their planned arrival: 1 of 1.")));
        assertThat(request.status()).isEqualTo(AssistanceRequest.Status.PARTIALLY_FULFILLED);
        assertThat(stock.positions(lead.actor(), point).get(0).onHand()).isEqualTo(780);
    }

    @Test
    void aShipmentShowsItsLegsWhenEachIsExpectedAndWhichIsLate() throws Exception {
        // A cheaper route through a border crossing: 4 hours to it, then 3 hours and 6 at customs.
        String border = "BX" + warehouse.substring(2);
        network.addNode(officer.actor(), new LogisticsNode(border, "Río Claro", Instance.NodeKind.BORDER_CROSSING,
                lead.party(), null, null, 0));
        network.addLink(officer.actor(), new LogisticsLink(null, warehouse, border, Instance.Mode.ROAD, 4, 0, 1_000_000,
                0.1, null, null, 0));
        network.addLink(officer.actor(), new LogisticsLink(null, border, point, Instance.Mode.ROAD, 3, 6, 1_000_000,
                0.1, null, null, 0));
        long id = approvedShipment();
        Shipments.Tracked planned = shipments.get(lead.actor(), id);
        assertThat(planned.legs()).extracting(Shipments.Leg::from, Shipments.Leg::to, Shipments.Leg::arrivesAfterHours)
                .containsExactly(tuple(warehouse, border, 4.0), tuple(border, point, 13.0));
        assertThat(planned.legs()).allSatisfy(l -> assertThat(l.plannedArrival()).isNull());

        Instant dispatched = shipments.dispatch(officer.actor(), id).dispatchedAt();
        clock.advance(Duration.ofHours(5));
        Shipments.Tracked overdue = shipments.get(lead.actor(), id);
        assertThat(overdue.legs().get(0).plannedArrival()).isEqualTo(dispatched.plus(Duration.ofHours(4)));
        assertThat(overdue.legs()).extracting(Shipments.Leg::late).containsExactly(true, false);

        // Reported at the border by its name, five hours after dispatch: the last leg is now expected nine hours on.
        mvc.perform(post("/api/v1/logistics/shipments/{id}/events", id).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"AT_BORDER\", \"place\": \"río claro\"}"))
                .andExpect(jsonPath("$.legs[0].reached", is(true))).andExpect(jsonPath("$.legs[0].late", is(false)))
                .andExpect(jsonPath("$.legs[1].reached", is(false)));
        Shipments.Tracked atBorder = shipments.get(lead.actor(), id);
        Instant reported = atBorder.events().get(atBorder.events().size() - 1).occurredAt();
        assertThat(atBorder.legs().get(1).plannedArrival()).isEqualTo(dispatched.plus(Duration.ofHours(13)));
        assertThat(atBorder.legs().get(1).expectedArrival()).isEqualTo(reported.plus(Duration.ofHours(9)));

        clock.advance(Duration.ofHours(10));
        assertThat(shipments.get(lead.actor(), id).legs()).extracting(Shipments.Leg::late).containsExactly(false, true);
        mvc.perform(get("/logistics/crises/{id}/requests", crisis).cookie(PageSession.login(mvc, lead)))
                .andExpect(content().string(containsString(border + " → " + point)))
                .andExpect(content().string(containsString("<td>Late</td>")))
                .andExpect(content().string(containsString("1 shipment(s) running late on a leg:")))
                .andExpect(content().string(containsString("href=\"#shipment-" + id + "\"")));

        // A party member sees it past its planned arrival, then delivered late (15 hours after dispatch, 13 planned).
        mvc.perform(get("/api/v1/logistics/crises/{id}/transparency", crisis).header("Authorization", lead.bearer()))
                .andExpect(jsonPath("$.punctuality.underWay", is(1)))
                .andExpect(jsonPath("$.punctuality.pastPlannedArrival", is(1)));
        shipments.deliver(lead.actor(), id, List.of(new Shipment.Receipt(800.0, 0.0, null)));
        mvc.perform(get("/api/v1/logistics/crises/{id}/transparency", crisis).header("Authorization", lead.bearer()))
                .andExpect(jsonPath("$.punctuality.delivered", is(1)))
                .andExpect(jsonPath("$.punctuality.deliveredOnTime", is(0)))
                .andExpect(jsonPath("$.punctuality.underWay", is(0)));
        assertThat(shipments.get(lead.actor(), id).legs()).allSatisfy(l -> {
            assertThat(l.reached()).isTrue();
            assertThat(l.late()).isFalse();
        });
    }

    @Test
    void aShipmentMadeBeforeLegsWereKeptTakesThemFromItsPath() {
        long id = approvedShipment();
        jdbc.sql("delete from shipment_leg where shipment = ?").param(id).update();
        assertThat(shipments.get(lead.actor(), id).legs())
                .extracting(Shipments.Leg::from, Shipments.Leg::to, Shipments.Leg::mode, Shipments.Leg::arrivesAfterHours)
                .containsExactly(tuple(warehouse, point, Instance.Mode.ROAD, 12.0));
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
