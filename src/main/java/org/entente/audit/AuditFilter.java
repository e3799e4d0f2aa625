package org.entente.audit;

import java.time.Instant;

/** Optional criteria for browsing the trail; a null criterion matches everything. */
public record AuditFilter(String entityType, String entityId, String action, String actor, String party, Instant from,
        Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
