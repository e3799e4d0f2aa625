package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.entente.shared.Conflict;
import org.entente.shared.Role;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Mutual-aid pledges and joint procurement on a real database: pledges from stock or to procure by a date, fulfilled
 * or withdrawn by the pledging party (goods procured for a warehouse are received there by its operator); a joint tender takes bids until it closes, is awarded after, and is published
 * as an OCDS release package anyone can read.
 */
abstract class ProcurementContract extends LiveStockScene {

    @Autowired
    Pledges pledges;
    @Autowired
    Procurement procurement;
    @Autowired
    MutableClock clock;
    @Autowired
    Shipments shipments;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aPartyPledgesFromStockOrToProcureAndClosesItsPledgeOnce() throws Exception {
        mvc.perform(post("/api/v1/logistics/crises/{id}/pledges", crisis).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"party": "%s", "commodity": "%s", "quantity": 300, "kind": "FROM_STOCK", "warehouse": "%s"}"""
                                .formatted(lead.party(), water, warehouse)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status", is("PLEDGED")));
        mvc.perform(post("/api/v1/logistics/crises/{id}/pledges", crisis).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"party": "%s", "commodity": "%s", "quantity": 500, "kind": "TO_PROCURE"}"""
                                .formatted(lead.party(), water)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("availableBy")));
        mvc.perform(post("/api/v1/logistics/crises/{id}/pledges", crisis)
                        .header("Authorization", fixtures.user(Role.FOCAL_POINT).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"party": "%s", "commodity": "%s", "quantity": 5, "kind": "TO_PROCURE", "availableBy": "2099-01-01"}"""
                                .formatted(lead.party(), water)))
                .andExpect(status().isForbidden());
        Pledge later = pledges.pledge(lead.actor(), crisis, new Pledge.Offer(lead.party().value(), water, 500.0,
                Pledge.Kind.TO_PROCURE, null, LocalDate.now().plusDays(10), "Framework agreement"));
        assertThat(pledges.close(lead.actor(), later.id(), Pledge.Status.FULFILLED).status())
                .isEqualTo(Pledge.Status.FULFILLED);
        assertThatThrownBy(() -> pledges.close(lead.actor(), later.id(), Pledge.Status.WITHDRAWN))
                .isInstanceOf(Conflict.class);
        assertThat(pledges.ofCrisis(lead.actor(), crisis)).hasSize(2);
    }

    /** Leaves {@code left} of the 1,000 kits of lot A free. */
    private void issueAllBut(double left) {
        stock.record(officer.actor(), warehouse, new StockCards.Entry("ISSUE", water, "A", lead.party().value(),
                1000 - left, null, "Sent elsewhere", null));
    }

    private Pledge pledgeToProcure(double quantity, LocalDate by) {
        return pledges.pledge(officer.actor(), crisis, new Pledge.Offer(lead.party().value(), water, quantity,
                Pledge.Kind.TO_PROCURE, warehouse, by, null));
    }

    private double delivered(AllocationPlans.StoredPlan plan) {
        return plan.plan().requests().stream().mapToDouble(r -> r.delivered()).sum();
    }

    @Test
    void aPledgeToProcureCountsInPlansFromItsDateAndItsGoodsShipOnceReceived() throws Exception {
        issueAllBut(100);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        Pledge tooLate = pledgeToProcure(1000, today.plusDays(5));
        Pledge inTime = pledgeToProcure(1000, today);

        AllocationPlans.StoredPlan plan = plans.propose(officer.actor(), crisis);
        // The request of 800 is due in 48 hours: the 100 kits on hand and 700 of the pledge due today; the pledge due
        // in five days is too late.
        assertThat(delivered(plan)).isCloseTo(800, org.assertj.core.api.Assertions.within(1e-6));
        plans.approve(lead.actor(), plan.id());
        assertThat(pledges.get(inTime.id()).reserved()).isCloseTo(700, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(pledges.get(tooLate.id()).reserved()).isZero();
        assertThat(reserved()).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-6));
        assertThatThrownBy(() -> pledges.close(lead.actor(), inTime.id(), Pledge.Status.WITHDRAWN))
                .isInstanceOf(Conflict.class).hasMessageContaining("held by an approved allocation plan");

        long shipment = shipments.ofCrisis(lead.actor(), crisis).get(0).id();
        mvc.perform(post("/api/v1/logistics/shipments/{id}/dispatch", shipment).header("Authorization", officer.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("pledge #" + inTime.id())));
        assertThat(reserved()).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-6));

        mvc.perform(post("/api/v1/logistics/pledges/{id}/fulfilment", inTime.id()).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expiresOn\": \"2099-06-30\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("FULFILLED")))
                .andExpect(jsonPath("$.reserved", closeTo(0.0, 1e-9)));
        StockCards.Lot received = stock.positions(officer.actor(), warehouse).stream().flatMap(p -> p.lots().stream())
                .filter(l -> l.lot().equals(Pledge.lotOf(inTime.id()))).findFirst().orElseThrow();
        assertThat(received.onHand()).isEqualTo(1000);
        assertThat(received.reserved()).isCloseTo(700, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(received.expiresOn()).isEqualTo(LocalDate.of(2099, 6, 30));

        mvc.perform(post("/api/v1/logistics/shipments/{id}/dispatch", shipment).header("Authorization", officer.bearer()))
                .andExpect(status().isOk());
        assertThat(reserved()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(stock.positions(officer.actor(), warehouse).stream().flatMap(p -> p.lots().stream())
                .filter(l -> l.lot().equals(Pledge.lotOf(inTime.id()))).findFirst().orElseThrow().onHand())
                .isCloseTo(300, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aPledgeToProcureCountsInPlansOnceItNamesWhereItArrivesAndStaysThereOnceAPlanHoldsIt() throws Exception {
        issueAllBut(0);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        Pledge pledge = pledges.pledge(officer.actor(), crisis, new Pledge.Offer(lead.party().value(), water,
                800.0, Pledge.Kind.TO_PROCURE, null, today, null));
        // Nothing on hand, and the pledge names no warehouse yet: no plan can route its goods.
        assertThat(delivered(plans.propose(officer.actor(), crisis))).isZero();

        mvc.perform(post("/api/v1/logistics/pledges/{id}/destination", pledge.id())
                        .header("Authorization", fixtures.user(Role.FOCAL_POINT).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"warehouse\": \"%s\"}".formatted(warehouse)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/logistics/pledges/{id}/destination", pledge.id()).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"warehouse\": \"%s\"}".formatted(point)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("warehouse")));
        mvc.perform(post("/api/v1/logistics/pledges/{id}/destination", pledge.id()).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("warehouse")));
        assertThat(pledges.get(pledge.id()).warehouse()).isNull();
        mvc.perform(post("/api/v1/logistics/pledges/{id}/destination", pledge.id()).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"warehouse\": \"%s\"}".formatted(warehouse)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.warehouse", is(warehouse)));

        AllocationPlans.StoredPlan plan = plans.propose(officer.actor(), crisis);
        assertThat(delivered(plan)).isCloseTo(800, org.assertj.core.api.Assertions.within(1e-6));
        plans.approve(lead.actor(), plan.id());
        assertThat(pledges.get(pledge.id()).reserved()).isCloseTo(800, org.assertj.core.api.Assertions.within(1e-6));
        mvc.perform(post("/api/v1/logistics/pledges/{id}/destination", pledge.id()).header("Authorization", lead.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"warehouse\": \"%s\"}".formatted(warehouse)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("planned to arrive at " + warehouse)));
        assertThat(jdbc.sql("select summary from audit_entry where action = 'pledge.destined' and entity_id = ?")
                .param(String.valueOf(pledge.id())).query(String.class).list())
                .containsExactly("pledge #" + pledge.id() + " to arrive at " + warehouse);
    }

    @Test
    void goodsProcuredForAnotherPartysWarehouseAreReceivedThereByItsOfficerAlone() {
        var partner = fixtures.user(Role.FOCAL_POINT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        Pledge pledge = pledges.pledge(partner.actor(), crisis, new Pledge.Offer(partner.party().value(), water,
                300.0, Pledge.Kind.TO_PROCURE, warehouse, today, null));
        assertThatThrownBy(() -> pledges.close(partner.actor(), pledge.id(), Pledge.Status.FULFILLED))
                .isInstanceOf(org.entente.shared.AccessDenied.class)
                .hasMessageContaining("logistics officer receives goods at " + warehouse);
        assertThatThrownBy(() -> pledges.close(officer.actor(), pledge.id(), Pledge.Status.WITHDRAWN))
                .isInstanceOf(org.entente.shared.AccessDenied.class);

        assertThat(pledges.close(officer.actor(), pledge.id(), Pledge.Status.FULFILLED).status())
                .isEqualTo(Pledge.Status.FULFILLED);
        StockCards.Lot received = stock.positions(officer.actor(), warehouse).stream().flatMap(p -> p.lots().stream())
                .filter(l -> l.lot().equals(Pledge.lotOf(pledge.id()))).findFirst().orElseThrow();
        assertThat(received.owner()).isEqualTo(partner.party().value());
        assertThat(received.onHand()).isEqualTo(300);
    }

    @Test
    void cancellingTheShipmentGivesThePledgeBackAndNoOneReceivesAPledgeLotByHand() {
        issueAllBut(0);
        Pledge pledge = pledgeToProcure(800, LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        plans.approve(lead.actor(), plans.propose(officer.actor(), crisis).id());
        assertThat(pledges.get(pledge.id()).reserved()).isCloseTo(800, org.assertj.core.api.Assertions.within(1e-6));
        assertThatThrownBy(() -> stock.record(officer.actor(), warehouse, new StockCards.Entry("RECEIPT", water,
                Pledge.lotOf(pledge.id()), lead.party().value(), 800.0, null, "By hand", null)))
                .isInstanceOf(org.entente.shared.InvalidInput.class).hasMessageContaining("fulfilling pledge");

        shipments.cancel(officer.actor(), shipments.ofCrisis(lead.actor(), crisis).get(0).id(), "Road washed out");

        assertThat(pledges.get(pledge.id()).reserved()).isZero();
        assertThat(pledges.close(lead.actor(), pledge.id(), Pledge.Status.WITHDRAWN).status())
                .isEqualTo(Pledge.Status.WITHDRAWN);
    }

    @Test
    void aJointTenderTakesBidsUntilItClosesIsAwardedAfterAndPublishedAsOcds() throws Exception {
        String partner = fixtures.party().code().value();
        Procurement.Tender t = procurement.open(officer.actor(), new Procurement.Call(lead.party().value(),
                "Water kits for the cyclone season", water, 10_000.0, warehouse, clock.instant().plus(Duration.ofDays(7)),
                List.of(partner)));
        assertThat(t.participants()).containsExactly(lead.party().value(), partner);
        procurement.bid(officer.actor(), t.id(), new Procurement.Offer("Aquasafe Ltd", 7.5, "USD", LocalDate.now().plusDays(30)));
        t = procurement.bid(officer.actor(), t.id(), new Procurement.Offer("Clearwater Cooperative", 6.9, "USD",
                LocalDate.now().plusDays(45)));
        long cheapest = t.bids().get(1).id();
        long tender = t.id();
        assertThatThrownBy(() -> procurement.award(officer.actor(), tender, cheapest)).isInstanceOf(Conflict.class);

        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> procurement.bid(officer.actor(), tender, new Procurement.Offer("Late Ltd", 1.0, "USD",
                LocalDate.now().plusDays(30)))).isInstanceOf(Conflict.class);
        mvc.perform(post("/api/v1/logistics/tenders/{id}/award", tender).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bid\": " + cheapest + "}"))
                .andExpect(jsonPath("$.status", is("AWARDED")));

        mvc.perform(get("/api/v1/logistics/tenders/{id}/ocds", tender))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version", is("1.1")))
                .andExpect(jsonPath("$.releases[0].ocid", is("ocds-entente-" + tender)))
                .andExpect(jsonPath("$.releases[0].tag", hasItem("award")))
                .andExpect(jsonPath("$.releases[0].tender.numberOfTenderers", is(2)))
                .andExpect(jsonPath("$.releases[0].awards[0].value.amount", closeTo(69_000.0, 1e-6)))
                .andExpect(jsonPath("$.releases[0].awards[0].suppliers[0].name", is("Clearwater Cooperative")))
                .andExpect(jsonPath("$.releases[0].parties[?(@.id == '" + lead.party() + "')].roles[*]", hasItem("buyer")));
    }
}
