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
 * or withdrawn by the pledging party; a joint tender takes bids until it closes, is awarded after, and is published
 * as an OCDS release package anyone can read.
 */
abstract class ProcurementContract extends LiveStockScene {

    @Autowired
    Pledges pledges;
    @Autowired
    Procurement procurement;
    @Autowired
    MutableClock clock;

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
        Pledges.Pledge later = pledges.pledge(lead.actor(), crisis, new Pledges.Offer(lead.party().value(), water, 500.0,
                Pledges.Kind.TO_PROCURE, null, LocalDate.now().plusDays(10), "Framework agreement"));
        assertThat(pledges.close(lead.actor(), later.id(), Pledges.Status.FULFILLED).status())
                .isEqualTo(Pledges.Status.FULFILLED);
        assertThatThrownBy(() -> pledges.close(lead.actor(), later.id(), Pledges.Status.WITHDRAWN))
                .isInstanceOf(Conflict.class);
        assertThat(pledges.ofCrisis(lead.actor(), crisis)).hasSize(2);
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
