package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The rules of a stock lot, without Spring or a database. */
class StockLotTests {

    static final StockLot.Key KEY = new StockLot.Key("WH-1", "FAMILY_TENT", "L-7", "XCO");
    static final LocalDate EXPIRY = LocalDate.of(2027, 3, 1);

    static StockLot holding(double onHand, double reserved) {
        return StockLot.of(KEY, onHand, reserved, EXPIRY);
    }

    @Test
    void theFirstReceiptSetsTheExpiryAndALaterOneMayNotChangeIt() {
        StockLot lot = StockLot.none(KEY);
        lot.receive(40, EXPIRY);
        lot.receive(10, null);
        assertThat(lot.onHand()).isEqualTo(50);
        assertThat(lot.expiresOn()).isEqualTo(EXPIRY);
        assertThatThrownBy(() -> lot.receive(5, EXPIRY.plusDays(1))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("one expiry date");
        assertThat(lot.onHand()).isEqualTo(50);
    }

    @Test
    void stockIsNeverTakenBelowZeroNorFromWhatAPlanReserved() {
        StockLot lot = holding(50, 30);
        assertThatThrownBy(() -> lot.take(21)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("only 20 of lot L-7");
        lot.take(20);
        assertThat(lot.onHand()).isEqualTo(30);
        assertThat(lot.free()).isZero();
        assertThatThrownBy(() -> lot.take(1)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aReservationTakesOnlyWhatIsFreeAndTheSecondPlanIsRefused() {
        StockLot lot = holding(40, 0);
        lot.reserve(40);
        assertThat(lot.reserved()).isEqualTo(40);
        assertThatThrownBy(() -> lot.reserve(1)).isInstanceOf(Conflict.class).hasMessageContaining("make a new plan");
        assertThat(lot.reserved()).isEqualTo(40);
    }

    @Test
    void issuingReservedStockLowersBothAndCannotIssueMoreThanWasReserved() {
        StockLot lot = holding(50, 30);
        assertThatThrownBy(() -> lot.issueReserved(31)).isInstanceOf(Conflict.class);
        lot.issueReserved(30);
        assertThat(lot.onHand()).isEqualTo(20);
        assertThat(lot.reserved()).isZero();
    }

    @Test
    void aReleaseGivesTheReservationBackAndNeverGoesBelowZero() {
        StockLot lot = holding(50, 30);
        lot.release(10);
        assertThat(lot.reserved()).isEqualTo(20);
        lot.release(100);
        assertThat(lot.reserved()).isZero();
        assertThat(lot.onHand()).isEqualTo(50);
    }

    @Test
    void aWriteOffEmptiesAnUnreservedLotAndLeavesAReservedOne() {
        StockLot free = holding(12, 0);
        assertThat(free.writeOff()).isEqualTo(12);
        assertThat(free.onHand()).isZero();
        StockLot held = holding(12, 1);
        assertThatThrownBy(held::writeOff).isInstanceOf(Conflict.class);
        assertThat(held.onHand()).isEqualTo(12);
    }

    @Test
    void quantitiesMustBePositiveAndFinite() {
        StockLot lot = holding(10, 0);
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> lot.receive(bad, null)).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> lot.take(bad)).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> lot.reserve(bad)).isInstanceOf(InvalidInput.class);
        }
        assertThat(lot.onHand()).isEqualTo(10);
    }
}
