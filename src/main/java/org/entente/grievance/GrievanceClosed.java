package org.entente.grievance;

import java.time.Instant;

/**
 * A case closed: what monitoring and others may count, never who filed it. The employer and recruiter are keyed
 * (a keyed hash of the normalised name), so that patterns can be counted without naming anyone.
 */
public record GrievanceClosed(long caseId, String compact, String jurisdiction, Category category, String countryFrom,
        String countryTo, Outcome outcome, boolean remedyDelivered, String employerKey, String recruiterKey,
        Instant receivedAt, Instant closedAt) {
}
