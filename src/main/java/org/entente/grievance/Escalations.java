package org.entente.grievance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.platform.NodeLocks;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Missed targets, every ten minutes on one node at a time: a case past its target moves to the next queue on its
 * own (after the panel it stays, and its target is set again), and the miss is recorded, counted in public.
 * Each case escalates in a transaction of its own, so that one conflict does not hold back the others.
 */
@Component
class Escalations {

    private final CaseStore store;
    private final ResponseTargets targets;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final NodeLocks locks;
    private final Clock clock;

    Escalations(CaseStore store, ResponseTargets targets, AuditTrail audit, JdbcClient jdbc,
            TransactionTemplate transactions, NodeLocks locks, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${entente.grievance.escalation-every:PT10M}", initialDelayString = "PT1M")
    void scheduled() {
        locks.runAlone("grievance-escalation", Duration.ofMinutes(9), this::escalateOverdue);
    }

    /** Escalates every case past its target; answers how many escalated. */
    int escalateOverdue() {
        Instant now = clock.instant();
        int escalated = 0;
        for (long id : store.overdue(now, 1000)) {
            try {
                Boolean done = transactions.execute(status -> escalate(id, now));
                escalated += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (Conflict e) {
                // A handler moved the case meanwhile: the next run looks again.
            }
        }
        return escalated;
    }

    private boolean escalate(long id, Instant now) {
        GrievanceCase c = store.get(id);
        return c.escalate(now, targets).map(e -> {
            GrievanceCase after = store.update(e.after());
            jdbc.sql("insert into grievance_miss (case_id, stage, due_at, missed_at) values (?, ?, ?, ?) "
                    + "on conflict do nothing").params(id, e.miss().stage().name(), CaseStore.ts(e.miss().dueAt()),
                            CaseStore.ts(now)).update();
            boolean moved = after.stage() != c.stage();
            store.event(id, now, "ESCALATED", null, after.stage(), moved ? c.stage() + " to " + after.stage()
                    : "target missed at " + c.stage());
            audit.record(new AuditEvent(Actor.system(), after.jurisdiction(), "grievance.escalated", "Grievance",
                    String.valueOf(id), "case " + id + " missed its target at " + c.stage()
                            + (moved ? " and moved to " + after.stage() : "")));
            return true;
        }).orElse(false);
    }
}
