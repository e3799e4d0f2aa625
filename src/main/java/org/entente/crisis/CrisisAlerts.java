package org.entente.crisis;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.sharing.Disclosure;
import org.entente.sharing.Sharing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAP 1.2 alerts for a crisis: the lead party (or the secretariat) issues, updates and cancels them; public alerts are
 * open to all and published in an Atom feed, restricted ones go to logged-in partners.
 */
@Service
public class CrisisAlerts {

    private final CapAlerts alerts;
    private final CrisisRoom room;
    private final Sharing sharing;
    private final AuditTrail audit;
    private final Clock clock;
    private final String senderDomain;

    CrisisAlerts(CapAlerts alerts, CrisisRoom room, Sharing sharing, AuditTrail audit, Clock clock,
            @Value("${entente.cap.sender-domain:entente.example}") String senderDomain) {
        this.alerts = alerts;
        this.room = room;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
        this.senderDomain = senderDomain;
    }

    /** What an issuer fills in; an update or a cancellation gives the same. */
    public record Draft(Cap.Status status, Cap.Scope scope, String note, List<AlertInfo> infos) {
    }

    @Transactional
    public CapAlert issue(Actor actor, long crisisId, Draft draft) {
        Crisis crisis = room.get(actor, crisisId);
        return save(actor, crisis, Cap.MsgType.ALERT, draft, null);
    }

    /** Issues an Update or a Cancel that references the earlier message, as CAP requires. */
    @Transactional
    public CapAlert follow(Actor actor, long crisisId, long alertId, Cap.MsgType type, Draft draft) {
        Crisis crisis = room.get(actor, crisisId);
        CapAlert earlier = alerts.findById(alertId).filter(a -> a.crisis().equals(crisis.id()))
                .orElseThrow(() -> new NotFound("alert", alertId));
        if (earlier.msgType() == Cap.MsgType.CANCEL) {
            throw new Conflict("alert " + earlier.identifier() + " is a cancellation; issue a new alert instead");
        }
        Cap.MsgType followedBy = followedUp(crisis.id()).get(earlier.id());
        if (followedBy == Cap.MsgType.CANCEL) {
            throw new Conflict("alert " + earlier.identifier() + " was cancelled already");
        }
        if (followedBy == Cap.MsgType.UPDATE) {
            throw new Conflict("alert " + earlier.identifier() + " was updated since; update or cancel the latest message");
        }
        return save(actor, crisis, type, draft, earlier.citation());
    }

    /** Cancels an alert with a note saying why, repeating its information blocks as the Cancel message's content. */
    @Transactional
    public CapAlert cancel(Actor actor, long crisisId, long alertId, String note) {
        if (note == null || note.isBlank() || note.length() > 500) {
            throw new InvalidInput("note", "say why the alert is cancelled, at most 500 characters");
        }
        CapAlert earlier = get(actor, crisisId, alertId);
        return follow(actor, crisisId, alertId, Cap.MsgType.CANCEL,
                new Draft(earlier.status(), earlier.scope(), note.strip(), earlier.infos()));
    }

    /** The ids of a crisis's alerts that a later Cancel references. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> cancelled(long crisisId) {
        return followedUp(crisisId).entrySet().stream().filter(e -> e.getValue() == Cap.MsgType.CANCEL)
                .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The ids of a crisis's alerts that a later Update or Cancel references, each with the type of that later message
     * (a Cancel wins). Only a message that nothing follows yet may be updated or cancelled.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Cap.MsgType> followedUp(long crisisId) {
        List<CapAlert> all = alerts.findByCrisisOrderBySentDescIdDesc(crisisId);
        java.util.Map<String, Cap.MsgType> referenced = new java.util.HashMap<>();
        all.stream().filter(a -> a.msgType() != Cap.MsgType.ALERT && a.references() != null)
                .forEach(a -> List.of(a.references().split(" ")).forEach(ref -> referenced.merge(ref, a.msgType(),
                        (x, y) -> x == Cap.MsgType.CANCEL ? x : y)));
        java.util.Map<Long, Cap.MsgType> followed = new java.util.HashMap<>();
        all.stream().filter(a -> referenced.containsKey(a.citation()))
                .forEach(a -> followed.put(a.id(), referenced.get(a.citation())));
        return followed;
    }

    /**
     * Updates an alert with new wording and assessment, keeping what the form does not show: each language block's
     * category, description, expiry, polygon and geocode, and the alert's status and scope.
     */
    @Transactional
    public CapAlert update(Actor actor, long crisisId, long alertId, Revision revision) {
        CapAlert earlier = get(actor, crisisId, alertId);
        List<AlertInfo> infos = new java.util.ArrayList<>();
        for (int i = 0; i < earlier.infos().size(); i++) {
            AlertInfo e = earlier.infos().get(i);
            Revision.Wording w = i < revision.wording().size() ? revision.wording().get(i) : null;
            try {
                infos.add(new AlertInfo(e.language(), e.category(), w == null ? e.event() : w.event(),
                        revision.urgency() == null ? e.urgency() : revision.urgency(),
                        revision.severity() == null ? e.severity() : revision.severity(),
                        revision.certainty() == null ? e.certainty() : revision.certainty(),
                        w == null ? e.headline() : w.headline(), e.description(),
                        w == null ? e.instruction() : w.instruction(), e.expires(),
                        w == null ? e.areaDesc() : w.areaDesc(), e.polygon(), e.geocodeName(), e.geocodeValue()));
            } catch (InvalidInput invalid) {
                throw invalid.under("infos[" + i + "]");
            }
        }
        String note = revision.note() == null || revision.note().isBlank() ? null : revision.note().strip();
        if (note != null && note.length() > 500) {
            throw InvalidInput.tooLong("note", 500);
        }
        return follow(actor, crisisId, alertId, Cap.MsgType.UPDATE,
                new Draft(earlier.status(), earlier.scope(), note, infos));
    }

    /**
     * What an update changes: the assessment (left out: unchanged), a note on what changed, and the wording of each
     * language block in the order of the earlier alert.
     */
    public record Revision(Cap.Urgency urgency, Cap.Severity severity, Cap.Certainty certainty, String note,
            List<Wording> wording) {
        public Revision {
            wording = wording == null ? List.of() : List.copyOf(wording);
        }

        public record Wording(String event, String headline, String instruction, String areaDesc) {
        }
    }

    @Transactional(readOnly = true)
    public List<CapAlert> of(Actor actor, long crisisId) {
        Crisis crisis = room.get(actor, crisisId);
        return sharing.filter(actor, alerts.findByCrisisOrderBySentDescIdDesc(crisis.id()), Disclosure.Purpose.LIST)
                .items();
    }

    @Transactional(readOnly = true)
    public CapAlert latest(Actor actor, long crisisId) {
        return of(actor, crisisId).stream().findFirst()
                .orElseThrow(() -> new NotFound("alert for crisis", crisisId));
    }

    @Transactional(readOnly = true)
    public CapAlert get(Actor actor, long crisisId, long alertId) {
        Crisis crisis = room.get(actor, crisisId);
        CapAlert alert = alerts.findById(alertId).filter(a -> a.crisis().equals(crisis.id()))
                .orElseThrow(() -> new NotFound("alert", alertId));
        return sharing.requireReadable(actor, alert);
    }

    private CapAlert save(Actor actor, Crisis crisis, Cap.MsgType type, Draft draft, String references) {
        PartyCode issuer = crisis.leadParty();
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(issuer, Role.FOCAL_POINT);
        }
        String identifier = "ENTENTE-" + crisis.code() + "-" + (alerts.countByCrisis(crisis.id()) + 1);
        String sender = issuer.value().toLowerCase(Locale.ROOT) + "@" + senderDomain;
        CapAlert alert = alerts.save(CapAlert.issue(crisis.id(), issuer, identifier, sender, draft.status(), type,
                draft.scope(), draft.note(), references, draft.infos(), clock.instant()));
        audit.record(new AuditEvent(actor, issuer.value(), "alert." + type.name().toLowerCase(Locale.ROOT) + "-issued",
                "CapAlert", identifier, type.cap() + " " + identifier + " (" + draft.status().cap() + ", "
                        + draft.scope().cap() + ") for " + crisis.code() + " in " + draft.infos().size() + " language(s)"));
        return alert;
    }
}
