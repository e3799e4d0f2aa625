package org.entente.audit;

import java.time.Instant;

/** One link of the chain, as stored. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String party, String action, String entityType,
        String entityId, String summary, String previousHash, String hash) {
}
