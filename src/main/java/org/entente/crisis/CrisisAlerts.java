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
        if (cancelled(crisis.id()).contains(earlier.id())) {
            throw new Conflict("alert " + earlier.identifier() + " was cancelled already");
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
        List<CapAlert> all = alerts.findByCrisisOrderBySentDescIdDesc(crisisId);
        java.util.Set<String> referenced = new java.util.HashSet<>();
        all.stream().filter(a -> a.msgType() == Cap.MsgType.CANCEL && a.references() != null)
                .forEach(a -> referenced.addAll(List.of(a.references().split(" "))));
        return all.stream().filter(a -> referenced.contains(a.citation())).map(CapAlert::id)
                .collect(java.util.stream.Collectors.toSet());
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
        if (!actor.hasAnyRole(Role.SECRETARIAT, Role.ADMIN)) {
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
