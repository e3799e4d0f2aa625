package org.entente.crisis;

import java.time.Instant;

import org.entente.shared.Conflict;
import org.entente.shared.Labelled;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A trigger's proposal to escalate, waiting for the decision holder. */
@Table("escalation_proposal")
public final class EscalationProposal {

    /** Where a proposal stands. */
    @Labelled("escalation.status")
    public enum Status { OPEN, ACCEPTED, DISMISSED }

    @Id
    private Long id;
    private Long crisis;
    private String level;
    private String reason;
    private Status status;
    private Instant proposedAt;
    private Instant decidedAt;
    private String decidedBy;

    @PersistenceCreator
    EscalationProposal() {
    }

    static EscalationProposal propose(Long crisis, String level, String reason, Instant now) {
        EscalationProposal p = new EscalationProposal();
        p.crisis = crisis;
        p.level = level;
        p.reason = reason;
        p.status = Status.OPEN;
        p.proposedAt = now;
        return p;
    }

    void decide(Status outcome, String by, Instant now) {
        if (status != Status.OPEN) {
            throw new Conflict("the proposal was already " + status);
        }
        status = outcome;
        decidedBy = by;
        decidedAt = now;
    }

    public Long id() { return id; }
    Long crisis() { return crisis; }
    public String level() { return level; }
    public String reason() { return reason; }
    public Status status() { return status; }
    public Instant proposedAt() { return proposedAt; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
}
