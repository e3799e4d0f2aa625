package org.entente.recruitment;

import java.time.LocalDate;
import java.util.Set;

/**
 * A licence a licensing party granted a recruiter: for some corridors ({@code XAR-XCO}) and sectors, for a period.
 * Its standing on a day follows from its dates: revoked from the revocation on, suspended during a suspension,
 * licensed within its validity, expired (or not yet valid) outside it.
 */
public record Licence(long id, long recruiterId, String licensingParty, String number, Set<String> corridors,
        Set<Sector> sectors, LocalDate validFrom, LocalDate validUntil, LocalDate suspendedFrom,
        LocalDate suspendedUntil, LocalDate revokedOn) {

    public Standing standingOn(LocalDate day) {
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return Standing.REVOKED;
        }
        if (suspendedFrom != null && !day.isBefore(suspendedFrom)
                && (suspendedUntil == null || !day.isAfter(suspendedUntil))) {
            return Standing.SUSPENDED;
        }
        return day.isBefore(validFrom) || day.isAfter(validUntil) ? Standing.EXPIRED : Standing.LICENSED;
    }

    public boolean covers(String corridor) {
        return corridor == null || corridors.contains(corridor);
    }

    /** The best standing among licences that cover the corridor, on the day: one good licence is enough. */
    static Standing standing(Iterable<Licence> licences, String corridor, LocalDate day) {
        Standing best = Standing.NOT_LICENSED;
        for (Licence licence : licences) {
            if (licence.covers(corridor)) {
                Standing standing = licence.standingOn(day);
                if (standing.ordinal() < best.ordinal()) {
                    best = standing;
                }
            }
        }
        return best;
    }
}
