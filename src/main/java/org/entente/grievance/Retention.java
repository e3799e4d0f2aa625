package org.entente.grievance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.platform.NodeLocks;
import org.entente.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymisation of closed cases once the retention period has passed (two years by default; the worker is told the
 * date when the case closes): the case key, the sealed details, messages and evidence are erased, and so are the
 * receipt and passphrase, so nothing can be opened again; what statistics count (category, countries, stages,
 * outcome, remedies, dates) stays. Daily, on one node at a time.
 */
@Component
class Retention {

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final NodeLocks locks;
    private final Clock clock;
    private final Duration retention;

    Retention(JdbcClient jdbc, CaseStore store, AuditTrail audit, TransactionTemplate transactions, NodeLocks locks,
            Clock clock, @Value("${entente.grievance.retention:P730D}") Duration retention) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT2M")
    void scheduled() {
        locks.runAlone("grievance-retention", Duration.ofHours(1), this::anonymiseDue);
    }

    /** Anonymises every closed case past its retention period; answers how many. */
    int anonymiseDue() {
        Instant now = clock.instant();
        int count = 0;
        for (long id : jdbc.sql("select id from grievance_case where stage = 'CLOSED' and anonymised_at is null "
                + "and closed_at < ? order by closed_at fetch first 1000 rows only")
                .param(CaseStore.ts(now.minus(retention))).query(Long.class).list()) {
            transactions.executeWithoutResult(status -> anonymise(id, now));
            count++;
        }
        return count;
    }

    private void anonymise(long id, Instant now) {
        jdbc.sql("""
                update grievance_case set wrapped_key = null, personal = null, receipt_hash = null, pass_salt = null,
                    pass_hash = null, contact_wanted = false, anonymised_at = ?, version = version + 1
                where id = ?""").params(CaseStore.ts(now), id).update();
        jdbc.sql("update grievance_message set body = null, translation = null where case_id = ?").param(id).update();
        jdbc.sql("update grievance_evidence set content = null where case_id = ?").param(id).update();
        jdbc.sql("update grievance_disclosure set to_whom = '-', reason = null where case_id = ?").param(id).update();
        store.event(id, now, "ANONYMISED", null, Stage.CLOSED, null);
        audit.record(new AuditEvent(Actor.system(), null, "grievance.anonymised", "Grievance", String.valueOf(id),
                "case " + id + " anonymised after its retention period"));
    }
}
