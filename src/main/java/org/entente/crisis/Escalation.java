package org.entente.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation protocols (CRI-2). The secretariat defines protocols; the decision holder of a crisis (the lead party's
 * focal point, or the secretariat) applies one and moves between its levels, saying why. Entering a level creates its
 * mandated actions with deadlines. When a report is filed, the triggers are checked against the figures the lead
 * party may see, and a firing trigger only proposes the escalation.
 */
@Service
public class Escalation {

    private final ApplicationEventPublisher events;
    private final EscalationProtocols protocols;
    private final EscalationProposals proposals;
    private final MandatedActions actions;
    private final PartyDirectory parties;
    private final CrisisRoom room;
    private final AuditTrail audit;
    private final Clock clock;

    Escalation(EscalationProtocols protocols, EscalationProposals proposals, MandatedActions actions,
            PartyDirectory parties, CrisisRoom room,
            AuditTrail audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.protocols = protocols;
        this.proposals = proposals;
        this.actions = actions;
        this.parties = parties;
        this.room = room;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a crisis stands: its protocol and level, the proposals, and the mandated actions. */
    public record State(Crisis crisis, EscalationProtocol protocol, List<EscalationProposal> proposals,
            List<MandatedAction> actions, Instant now) {
    }

    @Transactional
    public EscalationProtocol define(Actor actor, String code, String name, List<ProtocolLevel> levels,
            List<LevelTrigger> triggers, List<LevelAction> mandated) {
        return define(actor, code, name, levels, triggers, mandated, List.of());
    }

    /** Defines a protocol; each level's notices name the parties whose liaison units it notifies, and in what languages. */
    @Transactional
    public EscalationProtocol define(Actor actor, String code, String name, List<ProtocolLevel> levels,
            List<LevelTrigger> triggers, List<LevelAction> mandated, List<LevelNotice> notices) {
        actor.requireAnyRole(Role.SECRETARIAT);
        PartyCode owner = actor.primaryParty().orElseThrow(() -> new Conflict("a protocol is defined for a party"));
        if (protocols.findByCode(code).isPresent()) {
            throw Conflict.coded("a protocol with code " + code + " exists already", "protocol.taken", code);
        }
        List<LevelNotice> notified = notices == null ? List.of() : notices;
        for (int i = 0; i < notified.size(); i++) {
            if (!parties.exists(new PartyCode(notified.get(i).party()))) {
                throw InvalidInput.unknown("notices[" + i + "].party", notified.get(i).party());
            }
        }
        EscalationProtocol protocol = protocols.save(EscalationProtocol.define(code, name, owner, levels,
                triggers == null ? List.of() : triggers, mandated == null ? List.of() : mandated, notified));
        audit.record(AuditEvent.of(actor, "protocol.defined", "EscalationProtocol", code,
                "defined escalation protocol " + code + " with " + levels.size() + " levels"));
        return protocol;
    }

    @Transactional(readOnly = true)
    public List<EscalationProtocol> protocols() {
        return protocols.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public EscalationProtocol protocol(String code) {
        return protocols.findByCode(code).orElseThrow(() -> new NotFound("protocol", code));
    }

    @Transactional
    public State apply(Actor actor, long crisisId, String protocolCode, String startLevel) {
        Crisis crisis = room.get(actor, crisisId);
        requireDecisionHolder(actor, crisis);
        EscalationProtocol protocol = protocol(protocolCode);
        Instant now = clock.instant();
        crisis.follow(protocol, startLevel, decidingParty(actor, crisis), now);
        room.save(crisis);
        mandate(crisis, protocol, startLevel, now);
        events.publishEvent(new LevelEntered(crisis.id(), null, startLevel, protocol.noticesOf(startLevel)));
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "crisis.protocol-applied", "Crisis",
                crisis.code(), crisis.code() + " follows protocol " + protocolCode + " from level " + startLevel));
        evaluate(crisis.id());
        return state(actor, crisisId);
    }

    /** The decision holder moves the crisis to another level; a higher level's actions are mandated on entry. */
    @Transactional
    public State moveTo(Actor actor, long crisisId, String level, String reason) {
        Crisis crisis = room.get(actor, crisisId);
        requireDecisionHolder(actor, crisis);
        EscalationProtocol protocol = protocolOf(crisis);
        String from = crisis.level();
        Instant now = clock.instant();
        crisis.moveTo(protocol, level, reason, decidingParty(actor, crisis), now);
        room.save(crisis);
        int target = protocol.rankOf(level);
        if (target > protocol.rankOf(from)) {
            mandate(crisis, protocol, level, now);
        }
        for (EscalationProposal p : proposals.findByCrisisOrderByProposedAtDesc(crisis.id())) {
            if (p.status() == EscalationProposal.Status.OPEN && protocol.rankOf(p.level()) <= target) {
                p.decide(p.level().equals(level) ? EscalationProposal.Status.ACCEPTED
                        : EscalationProposal.Status.DISMISSED, actor.username(), now);
                proposals.save(p);
            }
        }
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "crisis.level-changed", "Crisis", crisis.code(),
                crisis.code() + " moved from " + from + " to " + level));
        events.publishEvent(new LevelEntered(crisis.id(), from, level,
                target > protocol.rankOf(from) ? protocol.noticesOf(level) : List.of()));
        return state(actor, crisisId);
    }

    @Transactional
    public EscalationProposal dismiss(Actor actor, long crisisId, long proposalId) {
        Crisis crisis = room.get(actor, crisisId);
        requireDecisionHolder(actor, crisis);
        EscalationProposal proposal = proposals.findById(proposalId).filter(p -> p.crisis().equals(crisis.id()))
                .orElseThrow(() -> new NotFound("proposal", proposalId));
        proposal.decide(EscalationProposal.Status.DISMISSED, actor.username(), clock.instant());
        EscalationProposal saved = proposals.save(proposal);
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "crisis.escalation-dismissed", "Crisis",
                crisis.code(), "dismissed the proposal to escalate " + crisis.code() + " to " + proposal.level()));
        return saved;
    }

    /** A member of the lead party holding the action's role, or the secretariat, marks it done. */
    @Transactional
    public MandatedAction complete(Actor actor, long crisisId, long actionId) {
        Crisis crisis = room.get(actor, crisisId);
        MandatedAction action = actions.findById(actionId).filter(a -> a.crisis().equals(crisis.id()))
                .orElseThrow(() -> new NotFound("action", actionId));
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(crisis.leadParty(), action.ownerRole());
        }
        action.complete(actor.username(), clock.instant());
        MandatedAction saved = actions.save(action);
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "crisis.action-done", "MandatedAction",
                String.valueOf(actionId), "mandated action #" + actionId + " of " + crisis.code() + " done"));
        return saved;
    }

    @Transactional(readOnly = true)
    public State state(Actor actor, long crisisId) {
        Crisis crisis = room.get(actor, crisisId);
        EscalationProtocol protocol = crisis.protocol() == null ? null : protocols.findById(crisis.protocol()).orElseThrow();
        return new State(crisis, protocol, proposals.findByCrisisOrderByProposedAtDesc(crisis.id()),
                actions.findByCrisisOrderByDueAt(crisis.id()), clock.instant());
    }

    /** After a report's filing has committed, in a transaction of its own; retried after a restart if it failed. */
    @ApplicationModuleListener
    void on(SituationReportFiled filed) {
        evaluate(filed.crisis());
    }

    /**
     * Checks the triggers against the figures the lead party may see and proposes the gravest level they call for,
     * unless that proposal is already open. It never changes the level itself.
     */
    void evaluate(long crisisId) {
        Crisis crisis = room.find(crisisId);
        if (crisis.protocol() == null || !crisis.isActive()) {
            return;
        }
        EscalationProtocol protocol = protocols.findById(crisis.protocol()).orElseThrow();
        Actor leadView = Actor.user("escalation-check",
                List.of(new Actor.Membership(crisis.leadParty(), Set.of(Role.FOCAL_POINT))));
        var totals = room.dashboard(leadView, crisisId).totals();
        protocol.proposal(protocol.rankOf(crisis.level()), totals).ifPresent(found -> {
            String level = found.getKey().name();
            boolean open = proposals.findByCrisisOrderByProposedAtDesc(crisis.id()).stream()
                    .anyMatch(p -> p.status() == EscalationProposal.Status.OPEN && p.level().equals(level));
            if (!open) {
                String reason = "Trigger reached: " + String.join(", ", found.getValue().stream()
                        .map(LevelTrigger::describe).toList());
                proposals.save(EscalationProposal.propose(crisis.id(), level, reason, clock.instant()));
                audit.record(new AuditEvent(Actor.system(), crisis.leadParty().value(), "crisis.escalation-proposed",
                        "Crisis", crisis.code(), "triggers propose escalating " + crisis.code() + " to " + level));
            }
        });
    }

    /** Entering a higher level mandates its actions; its notices go out with {@link LevelEntered}. */
    private void mandate(Crisis crisis, EscalationProtocol protocol, String level, Instant now) {
        protocol.actionsOf(level).forEach(template -> actions.save(MandatedAction.mandate(crisis.id(), template, now)));
    }

    private EscalationProtocol protocolOf(Crisis crisis) {
        if (crisis.protocol() == null) {
            throw new Conflict("crisis " + crisis.code() + " has no escalation protocol yet");
        }
        return protocols.findById(crisis.protocol()).orElseThrow();
    }

    /** The lead party when its focal point decides; otherwise the secretariat's own party. */
    private static PartyCode decidingParty(Actor actor, Crisis crisis) {
        return actor.hasRoleFor(crisis.leadParty(), Role.FOCAL_POINT) ? crisis.leadParty()
                : actor.primaryParty().orElse(crisis.leadParty());
    }

    private static void requireDecisionHolder(Actor actor, Crisis crisis) {
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(crisis.leadParty(), Role.FOCAL_POINT);
        }
    }
}
