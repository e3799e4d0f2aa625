package org.entente.crisis;

import java.time.Clock;
import java.util.List;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.sharing.Disclosure;
import org.entente.sharing.Sharing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talking points and briefings (CRI-3): the lead and affected parties draft talking points and their translations;
 * the lead party's focal point approves and retires them. Approved public points are the crisis's public statements.
 * A briefing puts the viewer's own view of the crisis together with the approved points in one language.
 */
@Service
public class Briefings {

    private final TalkingPoints points;
    private final CrisisRoom room;
    private final Escalation escalation;
    private final Sharing sharing;
    private final AuditTrail audit;
    private final Clock clock;

    Briefings(TalkingPoints points, CrisisRoom room, Escalation escalation, Sharing sharing, AuditTrail audit, Clock clock) {
        this.points = points;
        this.room = room;
        this.escalation = escalation;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
    }

    /** The facts of a briefing in one language: the viewer's dashboard, the level, and the approved points. */
    public record Briefing(CrisisRoom.Dashboard dashboard, String level, String language, List<TalkingPoint> points) {
    }

    @Transactional
    public TalkingPoint draft(Actor actor, long crisisId, String topic, TalkingPoint.Audience audience,
            List<String> languages, Translation first) {
        Crisis crisis = room.get(actor, crisisId);
        PartyCode drafter = requireDrafter(actor, crisis);
        TalkingPoint point = points.save(TalkingPoint.draft(crisis.id(), crisis.leadParty(), topic, audience, languages,
                first, clock.instant()));
        audit.record(new AuditEvent(actor, drafter.value(), "talking-point.drafted", "TalkingPoint",
                String.valueOf(point.id()), drafter + " drafted talking point #" + point.id() + " for " + crisis.code()));
        return point;
    }

    @Transactional
    public TalkingPoint translate(Actor actor, long crisisId, long id, Translation translation) {
        Crisis crisis = room.get(actor, crisisId);
        PartyCode drafter = requireDrafter(actor, crisis);
        TalkingPoint point = find(crisis, id);
        point.translate(translation);
        TalkingPoint saved = points.save(point);
        audit.record(new AuditEvent(actor, drafter.value(), "talking-point.translated", "TalkingPoint",
                String.valueOf(id), "talking point #" + id + " translated into " + translation.language()));
        return saved;
    }

    /** Approval belongs to the lead party's focal point. */
    @Transactional
    public TalkingPoint approve(Actor actor, long crisisId, long id) {
        Crisis crisis = room.get(actor, crisisId);
        actor.requireRoleFor(crisis.leadParty(), Role.FOCAL_POINT);
        TalkingPoint point = find(crisis, id);
        point.approve(clock.instant());
        TalkingPoint saved = points.save(point);
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "talking-point.approved", "TalkingPoint",
                String.valueOf(id), "approved talking point #" + id + " (" + point.audience() + ") in "
                        + point.translations().size() + " language(s)"));
        return saved;
    }

    @Transactional
    public TalkingPoint retire(Actor actor, long crisisId, long id) {
        Crisis crisis = room.get(actor, crisisId);
        actor.requireRoleFor(crisis.leadParty(), Role.FOCAL_POINT);
        TalkingPoint point = find(crisis, id);
        point.retire();
        TalkingPoint saved = points.save(point);
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "talking-point.retired", "TalkingPoint",
                String.valueOf(id), "retired talking point #" + id));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<TalkingPoint> of(Actor actor, long crisisId) {
        Crisis crisis = room.get(actor, crisisId);
        return sharing.filter(actor, points.findByCrisisOrderByDraftedAtDesc(crisis.id()), Disclosure.Purpose.LIST).items();
    }

    @Transactional(readOnly = true)
    public Briefing briefing(Actor actor, long crisisId, String language) {
        CrisisRoom.Dashboard dashboard = room.dashboard(actor, crisisId);
        List<TalkingPoint> approved = of(actor, crisisId).stream()
                .filter(p -> p.status() == TalkingPoint.Status.APPROVED).toList();
        return new Briefing(dashboard, escalation.state(actor, crisisId).crisis().level(), language, approved);
    }

    private TalkingPoint find(Crisis crisis, long id) {
        return points.findById(id).filter(p -> p.crisis().equals(crisis.id()))
                .orElseThrow(() -> new NotFound("talking point", id));
    }

    /** The lead or an affected party's focal point drafts for its party; the secretariat for its own. */
    private static PartyCode requireDrafter(Actor actor, Crisis crisis) {
        actor.requireAuthenticated();
        return actor.memberships().stream()
                .filter(m -> m.roles().contains(Role.FOCAL_POINT) || m.roles().contains(Role.SECRETARIAT))
                .map(Actor.Membership::party)
                .filter(p -> p.equals(crisis.leadParty()) || crisis.affectedParties().contains(p)
                        || actor.hasRoleFor(p, Role.SECRETARIAT))
                .findFirst()
                .orElseThrow(() -> new AccessDenied("talking points are drafted by the lead and affected parties"));
    }
}
