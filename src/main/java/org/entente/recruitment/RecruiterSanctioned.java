package org.entente.recruitment;

import java.time.LocalDate;

/** A sanction became final (or was upheld on appeal): what monitoring and the public figures count. */
public record RecruiterSanctioned(long recruiterId, long sanctionId, String licensingParty, SanctionKind kind,
        LocalDate decidedOn) {
}
