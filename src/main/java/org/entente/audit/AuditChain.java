package org.entente.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hashing rule of the chain. The canonical content lists every field length-prefixed, so no two different
 * entries share a canonical form; the hash is SHA-256 over the previous hash and that content.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String previousHash, long seq, Instant occurredAt, String actor, String party, String action,
            String entityType, String entityId, String summary) {
        StringBuilder canonical = new StringBuilder(previousHash);
        for (String field : new String[] {Long.toString(seq), occurredAt.toString(), actor, party, action, entityType,
                entityId, summary}) {
            String value = field == null ? "" : field;
            canonical.append('|').append(field == null ? -1 : value.length()).append(':').append(value);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hashOf(AuditEntry e) {
        return hash(e.previousHash(), e.seq(), e.occurredAt(), e.actor(), e.party(), e.action(), e.entityType(),
                e.entityId(), e.summary());
    }

    /** Checks one stored entry against the running state of the verification. */
    static String problemWith(AuditEntry entry, long expectedSeq, String expectedPrevious) {
        if (entry.seq() != expectedSeq) {
            return "expected entry " + expectedSeq + " but found " + entry.seq() + ": entries are missing";
        }
        if (!entry.previousHash().equals(expectedPrevious)) {
            return "does not link to the previous entry";
        }
        if (!entry.hash().equals(hashOf(entry))) {
            return "content does not match its hash: the entry was altered";
        }
        return null;
    }
}
