package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.entente.allocation.Instance;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The rules of a shipment, without Spring or a database. */
class ShipmentTests {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    static Shipment planned() {
        return Shipment.plan(3, 1, List.of("WH", "BX", "DP"), 120.0, List.of(
                        new Shipment.Item("FAMILY_TENT", "A", "XCO", 40, 12, 0, null, null, null),
                        new Shipment.Item("WATER_KIT", "B", "XCO", 10, 12, 1, null, null, null)),
                List.of(new Shipment.PlannedLeg(7L, "WH", "BX", Instance.Mode.ROAD, 5, 1),
                        new Shipment.PlannedLeg(8L, "BX", "DP", Instance.Mode.ROAD, 3, 0)), NOW);
    }

    static InvalidInput invalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void itGoesFromPlannedThroughTrackingToDeliveredAndRecordsEachStep() {
        Shipment s = planned();
        assertThat(s.origin()).isEqualTo("WH");
        assertThat(s.destination()).isEqualTo("DP");
        assertThatThrownBy(() -> s.track(Shipment.Status.IN_TRANSIT, "BX", null, "officer", NOW))
                .isInstanceOf(Conflict.class);
        s.dispatch("officer", NOW);
        s.track(Shipment.Status.AT_BORDER, " BX ", "  ", "officer", NOW.plusSeconds(3600));
        s.deliver(List.of(new Shipment.Receipt(40.0, 0.0, null), new Shipment.Receipt(10.0, null, null)), "focal",
                NOW.plusSeconds(7200));
        assertThat(s.status()).isEqualTo(Shipment.Status.DELIVERED);
        assertThat(s.events()).extracting(Shipment.Event::status).containsExactly(Shipment.Status.PLANNED,
                Shipment.Status.DISPATCHED, Shipment.Status.AT_BORDER, Shipment.Status.DELIVERED);
        assertThat(s.events().get(2).place()).isEqualTo("BX");
        assertThat(s.events().get(2).note()).isNull();
        assertThatThrownBy(() -> s.dispatch("officer", NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void aDeliveryAccountsForEveryItemAndSaysWhyPartWasRejected() {
        Shipment s = planned();
        s.dispatch("officer", NOW);
        assertThat(invalid(() -> s.deliver(List.of(new Shipment.Receipt(40.0, 0.0, null)), "focal", NOW))
                .problems().get(0).field()).isEqualTo("items");
        assertThat(invalid(() -> s.deliver(List.of(new Shipment.Receipt(30.0, 0.0, null),
                new Shipment.Receipt(10.0, 0.0, null)), "focal", NOW)).problems().get(0).field())
                .isEqualTo("items[0].accepted");
        assertThat(invalid(() -> s.deliver(List.of(new Shipment.Receipt(30.0, 10.0, " "),
                new Shipment.Receipt(10.0, 0.0, null)), "focal", NOW)).problems().get(0).field())
                .isEqualTo("items[0].reason");
        assertThat(s.status()).isEqualTo(Shipment.Status.DISPATCHED);
        List<Shipment.Item> received = s.deliver(List.of(new Shipment.Receipt(30.0, 10.0, "Torn"),
                new Shipment.Receipt(10.0, 0.0, null)), "focal", NOW);
        assertThat(received.get(0).accepted()).isEqualTo(30.0);
        assertThat(received.get(0).rejectionReason()).isEqualTo("Torn");
        assertThat(s.items()).isEqualTo(received);
    }

    @Test
    void onlyAPlannedShipmentIsCancelledAndOnlyWithAReason() {
        Shipment s = planned();
        assertThat(invalid(() -> s.cancel(" ", "officer", NOW)).problems().get(0).field()).isEqualTo("reason");
        s.cancel("Road washed out", "officer", NOW);
        assertThat(s.status()).isEqualTo(Shipment.Status.CANCELLED);
        Shipment dispatched = planned();
        dispatched.dispatch("officer", NOW);
        assertThatThrownBy(() -> dispatched.cancel("Too late", "officer", NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void trackingNamesOnlyTheWayAndKeepsItsTextShort() {
        Shipment s = planned();
        s.dispatch("officer", NOW);
        assertThat(invalid(() -> s.track(Shipment.Status.DELIVERED, null, null, "officer", NOW)).problems().get(0)
                .field()).isEqualTo("status");
        assertThat(invalid(() -> s.track(Shipment.Status.IN_TRANSIT, "x".repeat(201), null, "officer", NOW))
                .problems().get(0).field()).isEqualTo("place");
    }
}
