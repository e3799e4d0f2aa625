package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTests {

    static final Instant T = Instant.parse("2026-11-23T10:15:30.123456Z");

    static AuditEntry entry(long seq, String previous, String summary) {
        String hash = AuditChain.hash(previous, seq, T, "alice", "XAR", "party.revised", "Party", "XAR", summary);
        return new AuditEntry(seq, T, "alice", "XAR", "party.revised", "Party", "XAR", summary, previous, hash);
    }

    @Test
    void theSameContentAlwaysHashesTheSame() {
        assertThat(entry(1, AuditChain.GENESIS, "s").hash()).isEqualTo(entry(1, AuditChain.GENESIS, "s").hash())
                .hasSize(64);
    }

    @Test
    void everyFieldAndThePredecessorChangeTheHash() {
        String base = AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "P", "act", "Type", "1", "sum");
        assertThat(AuditChain.hash("1".repeat(64), 1, T, "a", "P", "act", "Type", "1", "sum")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 2, T, "a", "P", "act", "Type", "1", "sum")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T.plusNanos(1000), "a", "P", "act", "Type", "1", "sum")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "b", "P", "act", "Type", "1", "sum")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", null, "act", "Type", "1", "sum")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "P", "act2", "Type", "1", "sum")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "P", "act", "Type", "2", "sum")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "P", "act", "Type", "1", "sum.")).isNotEqualTo(base);
    }

    @Test
    void shiftingTextBetweenFieldsChangesTheHash() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "ab", "P", "c", "T", "1", "s"))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "P", "bc", "T", "1", "s"));
    }

    @Test
    void findsAnAlteredEntry() {
        AuditEntry first = entry(1, AuditChain.GENESIS, "original");
        AuditEntry altered = new AuditEntry(1, T, "alice", "XAR", "party.revised", "Party", "XAR", "forged",
                first.previousHash(), first.hash());

        assertThat(AuditChain.problemWith(first, 1, AuditChain.GENESIS)).isNull();
        assertThat(AuditChain.problemWith(altered, 1, AuditChain.GENESIS)).contains("altered");
    }

    @Test
    void findsABrokenLinkAndAGap() {
        AuditEntry first = entry(1, AuditChain.GENESIS, "one");
        AuditEntry third = entry(3, first.hash(), "three");

        assertThat(AuditChain.problemWith(third, 2, first.hash())).contains("missing");
        assertThat(AuditChain.problemWith(entry(2, "f".repeat(64), "two"), 2, first.hash())).contains("link");
    }
}
