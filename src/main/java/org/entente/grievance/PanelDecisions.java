package org.entente.grievance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional panel: a panel member of a party of the case proposes the decision (a finding, the provision
 * interpreted, the decision and its reasons, without personal data); a panel member of another party confirms it;
 * it is then published, so that provisions are read the same way from case to case, and the case closes as decided
 * by the panel.
 */
@Service
public class PanelDecisions {

    public record Decision(String provision, Finding finding, String summary, String reasons, String proposedBy,
            String proposedParty, Instant proposedAt, String confirmedBy, String confirmedParty, Instant confirmedAt) {
        public boolean isFinal() {
            return confirmedAt != null;
        }
    }

    /** What a panel finds. */
    @org.entente.shared.Labelled("grievance.finding")
    public enum Finding { UPHELD, PARTLY_UPHELD, NOT_UPHELD }

    public record DecisionDraft(String provision, Finding finding, String summary, String reasons) {
    }

    /** A published panel decision: no personal data, so interpretations stay consistent across cases. */
    public record PublishedDecision(long caseId, Category category, String countryFrom, String countryTo,
            String compact, String provision, Finding finding, String summary, String reasons, String parties,
            Instant decidedAt) {
    }

    private final JdbcClient jdbc;
    private final Casework casework;
    private final CaseStore store;
    private final AuditTrail audit;
    private final Clock clock;

    PanelDecisions(JdbcClient jdbc, Casework casework, CaseStore store, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.casework = casework;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A panel member proposes the panel's decision; one of another party must confirm it. */
    @Transactional
    public Decision propose(Actor actor, long id, DecisionDraft draft) {
        GrievanceCase c = casework.visible(actor, id);
        if (c.stage() != Stage.REGIONAL_PANEL) {
            throw Conflict.coded("case " + id + " is not before the regional panel", "grievance.notAtPanel");
        }
        Casework.requireRole(actor, c, Role.PANEL_MEMBER);
        List<InvalidInput> found = new ArrayList<>();
        if (draft.finding() == null) {
            found.add(InvalidInput.required("finding"));
        }
        if (draft.summary() == null || draft.summary().isBlank() || draft.summary().length() > 4000) {
            found.add(InvalidInput.requiredAtMost("summary", 4000));
        }
        if (draft.reasons() == null || draft.reasons().isBlank() || draft.reasons().length() > 8000) {
            found.add(InvalidInput.requiredAtMost("reasons", 8000));
        }
        if (draft.provision() != null && draft.provision().length() > 200) {
            found.add(InvalidInput.tooLong("provision", 200));
        }
        InvalidInput.throwIfAny(found);
        String party = Casework.partiesOf(c).stream().filter(p -> actor.hasRoleFor(new PartyCode(p), Role.PANEL_MEMBER))
                .findFirst().orElseThrow();
        jdbc.sql("delete from grievance_decision where case_id = ? and confirmed_at is null").param(id).update();
        jdbc.sql("""
                insert into grievance_decision (case_id, provision, finding, summary, reasons, proposed_by,
                    proposed_party, proposed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, draft.provision() == null || draft.provision().isBlank() ? null : draft.provision().strip(),
                        draft.finding().name(), draft.summary().strip(), draft.reasons().strip(), actor.username(),
                        party, CaseStore.ts(clock.instant())).update();
        store.event(id, clock.instant(), "DECISION_PROPOSED", actor.username(), c.stage(), draft.finding().name());
        audit.record(new AuditEvent(actor, party, "grievance.decision-proposed", "Grievance", String.valueOf(id),
                "panel decision proposed in case " + id + ": " + draft.finding()));
        return find(jdbc, id);
    }

    /** A panel member of another party confirms the decision: it is published, and the case closes. */
    @Transactional
    public Decision confirm(Actor actor, long id) {
        GrievanceCase c = casework.visible(actor, id);
        Casework.requireRole(actor, c, Role.PANEL_MEMBER);
        Decision proposed = find(jdbc, id);
        if (proposed == null || proposed.isFinal()) {
            throw Conflict.coded("no decision awaits confirmation in case " + id, "grievance.noProposal");
        }
        String party = Casework.partiesOf(c).stream().filter(p -> actor.hasRoleFor(new PartyCode(p), Role.PANEL_MEMBER)
                && !p.equals(proposed.proposedParty())).findFirst().orElseThrow(() -> Conflict.coded(
                        "a panel member of another party must confirm", "grievance.otherParty"));
        jdbc.sql("update grievance_decision set confirmed_by = ?, confirmed_party = ?, confirmed_at = ? "
                + "where case_id = ?").params(actor.username(), party, CaseStore.ts(clock.instant()), id).update();
        store.event(id, clock.instant(), "DECISION_CONFIRMED", actor.username(), c.stage(), proposed.finding().name());
        audit.record(new AuditEvent(actor, party, "grievance.decision-confirmed", "Grievance", String.valueOf(id),
                "panel decision of case " + id + " confirmed and published: " + proposed.finding()));
        casework.closeAs(actor, c, Outcome.DECIDED_BY_PANEL);
        return find(jdbc, id);
    }

    /** Published panel decisions, newest first: public. */
    @Transactional(readOnly = true)
    public List<PublishedDecision> published() {
        return jdbc.sql("""
                select d.*, c.category, c.country_from, c.country_to, c.compact from grievance_decision d
                join grievance_case c on c.id = d.case_id where d.confirmed_at is not null
                order by d.confirmed_at desc fetch first 200 rows only""")
                .query((rs, n) -> new PublishedDecision(rs.getLong("case_id"), Category.valueOf(rs.getString("category")),
                        rs.getString("country_from"), rs.getString("country_to"), rs.getString("compact"),
                        rs.getString("provision"), Finding.valueOf(rs.getString("finding")), rs.getString("summary"),
                        rs.getString("reasons"), rs.getString("proposed_party") + ", " + rs.getString("confirmed_party"),
                        CaseStore.instant(rs, "confirmed_at"))).list();
    }

    /** A case's decision, proposed or final; null when none was proposed. */
    static Decision find(JdbcClient jdbc, long id) {
        return jdbc.sql("select * from grievance_decision where case_id = ?").param(id)
                .query((rs, n) -> new Decision(rs.getString("provision"), Finding.valueOf(rs.getString("finding")),
                        rs.getString("summary"), rs.getString("reasons"), rs.getString("proposed_by"),
                        rs.getString("proposed_party"), CaseStore.instant(rs, "proposed_at"),
                        rs.getString("confirmed_by"), rs.getString("confirmed_party"),
                        CaseStore.instant(rs, "confirmed_at"))).optional().orElse(null);
    }
}
