package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.junit.jupiter.api.Test;

/** The rules of a pledge, without Spring or a database. */
class PledgeTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Commodity TENT = new Commodity("FAMILY_TENT", "Family tent", "tent", 40, null,
            Commodity.Category.SHELTER, null, false, 0);

    static Pledge toProcure(double quantity, String warehouse) {
        return Pledge.make(1, new PartyCode("XCO"), TENT, new Pledge.Offer("XCO", "FAMILY_TENT", quantity,
                Pledge.Kind.TO_PROCURE, warehouse, TODAY.plusDays(5), null), TODAY, Instant.EPOCH, "officer");
    }

    @Test
    void aPledgeNamesAPositiveWholeQuantityAndAProcurementADateNotPast() {
        assertThatThrownBy(() -> toProcure(2.5, "WH")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> Pledge.make(1, new PartyCode("XCO"), TENT, new Pledge.Offer("XCO", "FAMILY_TENT", 5.0,
                Pledge.Kind.TO_PROCURE, null, TODAY.minusDays(1), null), TODAY, Instant.EPOCH, "officer"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("availableBy"));
        assertThatThrownBy(() -> Pledge.make(1, new PartyCode("XCO"), TENT, new Pledge.Offer("XCO", "FAMILY_TENT", 5.0,
                Pledge.Kind.FROM_STOCK, null, null, null), TODAY, Instant.EPOCH, "officer"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("warehouse"));
        Pledge made = toProcure(40, "WH");
        assertThat(made.status()).isEqualTo(Pledge.Status.PLEDGED);
        assertThat(made.free()).isEqualTo(40);
    }

    @Test
    void plansReserveNoMoreThanWasPledgedAndOnlyAtItsWarehouse() {
        Pledge p = toProcure(40, "WH");
        p.reserve(30, "WH", "FAMILY_TENT", "XCO");
        assertThatThrownBy(() -> p.reserve(11, "WH", "FAMILY_TENT", "XCO")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> p.reserve(1, "OTHER", "FAMILY_TENT", "XCO")).isInstanceOf(Conflict.class);
        assertThat(p.reserved()).isEqualTo(30);
        p.release(50);
        assertThat(p.reserved()).isZero();
    }

    @Test
    void aHeldPledgeIsFulfilledCarryingItsReservationButNeitherWithdrawnNorMoved() {
        Pledge p = toProcure(40, "WH");
        p.reserve(25, "WH", "FAMILY_TENT", "XCO");
        assertThatThrownBy(p::withdraw).isInstanceOf(Conflict.class).hasMessageContaining("not withdrawn");
        assertThatThrownBy(() -> p.destine("OTHER")).isInstanceOf(Conflict.class);
        assertThat(p.warehouse()).isEqualTo("WH");
        assertThat(p.fulfil()).isEqualTo(25);
        assertThat(p.reserved()).isZero();
        assertThat(p.status()).isEqualTo(Pledge.Status.FULFILLED);
    }

    @Test
    void aClosedPledgeClosesOnceAndTakesNoReservation() {
        Pledge p = toProcure(40, "WH");
        p.withdraw();
        assertThatThrownBy(p::fulfil).isInstanceOf(Conflict.class);
        assertThatThrownBy(p::withdraw).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> p.reserve(1, "WH", "FAMILY_TENT", "XCO")).isInstanceOf(Conflict.class);
    }

    @Test
    void aLotNamesItsPledgeAndNoOtherLotDoes() {
        assertThat(Pledge.pledgeOf(Pledge.lotOf(42))).hasValue(42);
        assertThat(Pledge.pledgeOf("PLEDGE-x")).isEmpty();
        assertThat(Pledge.pledgeOf("L-7")).isEmpty();
    }
}
