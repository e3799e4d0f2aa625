package org.entente.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A licence's standing on a day follows from its dates alone, so it can be told for any day, past or future. */
class LicenceTests {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

    private static Licence licence(LocalDate suspendedFrom, LocalDate suspendedUntil, LocalDate revokedOn) {
        return new Licence(1, 7, "XAR", "AR-1", Set.of("XAR-XCO"), Set.of(Sector.CONSTRUCTION), FROM, UNTIL,
                suspendedFrom, suspendedUntil, revokedOn);
    }

    @Test
    void aLicenceHoldsWithinItsValidityOnly() {
        Licence plain = licence(null, null, null);
        assertThat(plain.standingOn(FROM.minusDays(1))).isEqualTo(Standing.EXPIRED);
        assertThat(plain.standingOn(FROM)).isEqualTo(Standing.LICENSED);
        assertThat(plain.standingOn(UNTIL)).isEqualTo(Standing.LICENSED);
        assertThat(plain.standingOn(UNTIL.plusDays(1))).isEqualTo(Standing.EXPIRED);
    }

    @Test
    void aSuspensionHoldsForItsDaysAndARevocationFromItsDayOn() {
        Licence suspended = licence(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), null);
        assertThat(suspended.standingOn(LocalDate.of(2026, 5, 31))).isEqualTo(Standing.LICENSED);
        assertThat(suspended.standingOn(LocalDate.of(2026, 6, 1))).isEqualTo(Standing.SUSPENDED);
        assertThat(suspended.standingOn(LocalDate.of(2026, 8, 31))).isEqualTo(Standing.SUSPENDED);
        assertThat(suspended.standingOn(LocalDate.of(2026, 9, 1))).isEqualTo(Standing.LICENSED);
        Licence revoked = licence(null, null, LocalDate.of(2026, 10, 1));
        assertThat(revoked.standingOn(LocalDate.of(2026, 9, 30))).isEqualTo(Standing.LICENSED);
        assertThat(revoked.standingOn(LocalDate.of(2027, 3, 1))).isEqualTo(Standing.REVOKED);
    }

    @Test
    void oneGoodLicenceForTheCorridorIsEnoughAndOtherCorridorsDoNotCount() {
        Licence revoked = licence(null, null, LocalDate.of(2026, 2, 1));
        Licence other = new Licence(2, 7, "XCO", "CO-9", Set.of("XBE-XCO"), Set.of(Sector.CARE), FROM, UNTIL, null,
                null, null);
        LocalDate day = LocalDate.of(2026, 7, 1);
        assertThat(Licence.standing(List.of(revoked, other), "XAR-XCO", day)).isEqualTo(Standing.REVOKED);
        assertThat(Licence.standing(List.of(revoked, other), "XBE-XCO", day)).isEqualTo(Standing.LICENSED);
        assertThat(Licence.standing(List.of(revoked, other), "XBE-XDA", day)).isEqualTo(Standing.NOT_LICENSED);
        assertThat(Licence.standing(List.of(), null, day)).isEqualTo(Standing.NOT_LICENSED);
    }
}
