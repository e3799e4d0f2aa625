package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.entente.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on a real database: appends chain, verification finds tampering at exactly the right entry. */
abstract class AuditTrailContract {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    AuditEntry append(String summary) {
        return tx.execute(s -> trail.record(AuditEvent.of(Actor.system(), "test.recorded", "Test", "t-1", summary)));
    }

    @Test
    void aChainOfAppendedEntriesVerifies() {
        long before = trail.verify().entries();
        AuditEntry first = append("first");
        AuditEntry second = append("second");

        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        ChainVerification verification = trail.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isEqualTo(before + 2);
    }

    @Test
    void verificationPointsAtTheEntryAlteredWithSql() {
        append("before");
        AuditEntry target = append("the original summary");
        append("after");
        try {
            jdbc.sql("update audit_entry set summary = 'a quietly rewritten summary' where seq = :seq")
                    .param("seq", target.seq()).update();

            ChainVerification verification = trail.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(target.seq());
            assertThat(verification.entries()).isEqualTo(target.seq() - 1);
        } finally {
            jdbc.sql("update audit_entry set summary = :s where seq = :seq")
                    .param("s", target.summary()).param("seq", target.seq()).update();
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void verificationNoticesThatTheNewestEntryWasDeleted() {
        AuditEntry last = append("soon deleted");
        jdbc.sql("delete from audit_entry where seq = :seq").param("seq", last.seq()).update();
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(last.seq());
        } finally {
            tx.executeWithoutResult(s -> jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, actor, party, action, entity_type, entity_id, summary,
                                             prev_hash, hash)
                    values (:seq, :at, :actor, null, :action, :type, :id, :summary, :prev, :hash)""")
                    .param("seq", last.seq())
                    .param("at", java.time.OffsetDateTime.ofInstant(last.occurredAt(), java.time.ZoneOffset.UTC))
                    .param("actor", last.actor()).param("action", last.action()).param("type", last.entityType())
                    .param("id", last.entityId()).param("summary", last.summary()).param("prev", last.previousHash())
                    .param("hash", last.hash()).update());
        }
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void concurrentAppendsStayOneLinearChain() throws Exception {
        long before = trail.verify().entries();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                work.add(pool.submit(() -> append("concurrent " + n)));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainVerification verification = trail.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isEqualTo(before + 40);
    }

    @Test
    void verifyingWhileEntriesAreAppendedNeverRaisesAFalseAlarm() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            for (int w = 0; w < 2; w++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        append("written during verification");
                    }
                });
            }
            List<ChainVerification> verifications = new ArrayList<>();
            for (int i = 0; i < 31; i++) {
                verifications.add(trail.verify());
            }
            assertThat(verifications).allSatisfy(v -> assertThat(v.valid()).as(v.toString()).isTrue());
            assertThat(verifications.get(30).entries()).isGreaterThan(verifications.get(0).entries());
        } finally {
            writing.set(false);
            writers.shutdown();
            writers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                trail.record(AuditEvent.of(Actor.system(), "test.recorded", "Test", "x", "no transaction")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
