package org.entente.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.entente.shared.Actor;
import org.entente.shared.PageOf;
import org.entente.shared.Paging;
import org.entente.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail's API: append within the caller's transaction, browse, and verify the chain. */
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Appends an entry inside the caller's transaction, so the entry exists if and only if the change it
     * describes was committed. Calling it outside a transaction is a programming error.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        AuditEntries.Head head = entries.lockHead();
        long seq = head.seq() + 1;
        // Stored timestamps keep microseconds on both databases; truncating first keeps the hash reproducible.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = event.actor().username();
        String hash = AuditChain.hash(head.hash(), seq, now, actor, event.party(), event.action(), event.entityType(),
                event.entityId(), event.summary());
        AuditEntry entry = new AuditEntry(seq, now, actor, event.party(), event.action(), event.entityType(),
                event.entityId(), event.summary(), head.hash(), hash);
        entries.append(entry);
        return entry;
    }

    @Transactional(readOnly = true)
    public PageOf<AuditEntry> browse(Actor actor, AuditFilter filter, Paging paging) {
        actor.requireAnyRole(Role.AUDITOR, Role.ADMIN);
        return new PageOf<>(entries.find(filter, paging), paging.page(), paging.size(), entries.count(filter));
    }

    @Transactional(readOnly = true)
    public ChainVerification verify(Actor actor) {
        actor.requireAnyRole(Role.AUDITOR, Role.ADMIN);
        return verify();
    }

    /**
     * Recomputes the chain from the first entry to the head as it stood when verification began, and reports the
     * first entry that does not hold. The head is read first: an entry and the head's move to it commit together, so
     * every entry up to that head exists, and entries appended while the chain is read are not mistaken for a
     * mismatch.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AuditEntries.Head head = entries.head();
        var state = new Object() {
            long expectedSeq = 1;
            String previous = AuditChain.GENESIS;
            ChainVerification broken;
        };
        entries.forEachInOrder(head.seq(), entry -> {
            if (state.broken != null) {
                return;
            }
            String problem = AuditChain.problemWith(entry, state.expectedSeq, state.previous);
            if (problem != null) {
                state.broken = ChainVerification.broken(state.expectedSeq - 1, entry.seq(), problem);
                return;
            }
            state.previous = entry.hash();
            state.expectedSeq++;
        });
        if (state.broken != null) {
            return state.broken;
        }
        long checked = state.expectedSeq - 1;
        if (head.seq() != checked || !head.hash().equals(state.previous)) {
            return ChainVerification.broken(checked, checked + 1, "the chain ends before its recorded head: entries were removed");
        }
        return ChainVerification.intact(checked);
    }
}
