package org.entente.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.NotFound;
import org.entente.shared.PageOf;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The party directory: who the parties are, and who may change what about them. The secretariat registers and
 * revises any party; a party's own focal point revises its own entry, except the secretariat's influence rating.
 */
@Service
public class PartyDirectory {

    /** Contacts not confirmed for this many days are flagged so that the directory stays current. */
    public static final int STALE_AFTER_DAYS = 90;

    private final Parties parties;
    private final PartyRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    PartyDirectory(Parties parties, PartyRows rows, AuditTrail audit, Clock clock) {
        this.parties = parties;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Search criteria; null or blank criteria match every party. */
    public record Search(String text, PartyKind kind, String region) {
        public static Search all() {
            return new Search(null, null, null);
        }

        boolean matches(Party p) {
            if (kind != null && p.kind() != kind) {
                return false;
            }
            if (region != null && !region.isBlank() && !region.equalsIgnoreCase(p.region())) {
                return false;
            }
            if (text == null || text.isBlank()) {
                return true;
            }
            String needle = text.strip().toLowerCase(Locale.ROOT);
            return contains(p.code().value(), needle) || contains(p.name(), needle) || contains(p.shortName(), needle);
        }

        private static boolean contains(String haystack, String needle) {
            return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    @Transactional(readOnly = true)
    public PageOf<Party> search(Search search, Paging paging) {
        return PageOf.of(rows.all().stream().filter(search::matches).toList(), paging);
    }

    @Transactional(readOnly = true)
    public List<Party> all() {
        return rows.all();
    }

    @Transactional(readOnly = true)
    public Party get(PartyCode code) {
        return find(code).orElseThrow(() -> new NotFound("party", code));
    }

    @Transactional(readOnly = true)
    public Optional<Party> find(PartyCode code) {
        return parties.findById(code.value());
    }

    @Transactional(readOnly = true)
    public boolean exists(PartyCode code) {
        return parties.existsById(code.value());
    }

    @Transactional
    public Party register(Actor actor, PartyCode code, PartyKind kind, PartyDetails details) {
        actor.requireAnyRole(Role.SECRETARIAT);
        if (parties.existsById(code.value())) {
            throw new Conflict("a party with code " + code + " already exists");
        }
        Party party = parties.save(Party.register(code, kind, details, clock.instant()));
        audit.record(AuditEvent.of(actor, "party.registered", "Party", code,
                "registered " + kind + " party " + code + " with " + details.focalPoints().size() + " focal point(s)"));
        return party;
    }

    @Transactional
    public Party revise(Actor actor, PartyCode code, PartyDetails details, Long expectedVersion) {
        Party party = get(code);
        boolean secretariat = actor.hasAnyRole(Role.SECRETARIAT);
        if (!secretariat) {
            actor.requireRoleFor(code, Role.FOCAL_POINT);
            details = new PartyDetails(details.name(), details.shortName(), details.region(),
                    details.workingLanguages(), details.interests(), party.influence(), details.focalPoints());
        }
        party.expectVersion(expectedVersion);
        party.revise(details, clock.instant());
        Party saved = parties.save(party);
        audit.record(AuditEvent.of(actor, "party.revised", "Party", code,
                "revised party " + code + "; now " + details.focalPoints().size() + " focal point(s)"));
        return saved;
    }

    /** Records that a focal point's contact details were checked today. */
    @Transactional
    public Party confirmFocalPoint(Actor actor, PartyCode code, int index) {
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(code, Role.FOCAL_POINT);
        }
        Party party = get(code);
        party.confirmFocalPoint(index, LocalDate.now(clock), clock.instant());
        Party saved = parties.save(party);
        audit.record(AuditEvent.of(actor, "party.focal-point-confirmed", "Party", code,
                "confirmed focal point #" + (index + 1) + " of " + code));
        return saved;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
