package org.entente.liaison;

import org.entente.crisis.CrisisRoom;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of liaison units (CRI-1). A party's focal point (or the secretariat) keeps its unit current;
 * anyone finds units by party, function or language; contacts not confirmed for 90 days are flagged.
 */
@Service
public class LiaisonDirectory {

    private final LiaisonUnits units;
    private final MeetingRecords meetings;
    private final CrisisRoom crises;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final Clock clock;

    LiaisonDirectory(LiaisonUnits units, MeetingRecords meetings, CrisisRoom crises, PartyDirectory parties,
            AuditTrail audit, Clock clock) {
        this.units = units;
        this.meetings = meetings;
        this.crises = crises;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Search criteria; blank ones match everything. */
    public record Search(String party, String function, String language) {
        boolean matches(LiaisonUnit u) {
            if (party != null && !party.isBlank() && !u.party().value().equalsIgnoreCase(party.strip())) {
                return false;
            }
            if (function != null && !function.isBlank()) {
                String needle = function.strip().toLowerCase(Locale.ROOT);
                if (u.members().stream().noneMatch(m -> m.function().toLowerCase(Locale.ROOT).contains(needle))) {
                    return false;
                }
            }
            return language == null || language.isBlank()
                    || u.members().stream().anyMatch(m -> m.speaks(language.strip().toLowerCase(Locale.ROOT)));
        }
    }

    @Transactional
    public LiaisonUnit establish(Actor actor, PartyCode party, LiaisonUnit.Details details) {
        requireKeeper(actor, party);
        if (!parties.exists(party)) {
            throw new InvalidInput("party", "no party with code " + party);
        }
        LiaisonUnit unit = units.save(LiaisonUnit.establish(party, details));
        audit.record(new AuditEvent(actor, party.value(), "liaison-unit.established", "LiaisonUnit",
                String.valueOf(unit.id()), party + " established liaison unit #" + unit.id() + " with "
                        + details.members().size() + " member(s)"));
        return unit;
    }

    @Transactional
    public LiaisonUnit revise(Actor actor, long id, LiaisonUnit.Details details, Long expectedVersion) {
        LiaisonUnit unit = get(id);
        requireKeeper(actor, unit.party());
        if (expectedVersion != null && !expectedVersion.equals(unit.version())) {
            throw new Conflict("the unit was changed since version " + expectedVersion + "; reload it");
        }
        unit.revise(details);
        LiaisonUnit saved = units.save(unit);
        audit.record(new AuditEvent(actor, unit.party().value(), "liaison-unit.revised", "LiaisonUnit",
                String.valueOf(id), "revised liaison unit #" + id + "; " + details.members().size() + " member(s), "
                        + details.shifts().size() + " on-call shift(s)"));
        return saved;
    }

    @Transactional
    public LiaisonUnit confirmMember(Actor actor, long id, int index) {
        LiaisonUnit unit = get(id);
        requireKeeper(actor, unit.party());
        unit.confirmMember(index, today());
        LiaisonUnit saved = units.save(unit);
        audit.record(new AuditEvent(actor, unit.party().value(), "liaison-unit.member-confirmed", "LiaisonUnit",
                String.valueOf(id), "confirmed member #" + (index + 1) + " of liaison unit #" + id));
        return saved;
    }

    /** Records a held meeting's minutes and decisions; the unit's keeper does it, and attendees must be parties. */
    @Transactional
    public MeetingRecord recordMeeting(Actor actor, long id, MeetingRecord.Minutes minutes) {
        LiaisonUnit unit = get(id);
        requireKeeper(actor, unit.party());
        for (int i = 0; i < minutes.attendees().size(); i++) {
            if (!parties.exists(PartyCode.of(minutes.attendees().get(i)))) {
                throw new InvalidInput("attendees[" + i + "]", "no party with code " + minutes.attendees().get(i));
            }
        }
        if (minutes.crisis() != null && !crises.exists(minutes.crisis())) {
            throw new InvalidInput("crisis", "no crisis #" + minutes.crisis());
        }
        MeetingRecord record = meetings.save(MeetingRecord.of(id, minutes, clock.instant()));
        audit.record(new AuditEvent(actor, unit.party().value(), "liaison-unit.meeting-recorded", "MeetingRecord",
                String.valueOf(record.id()), "recorded a meeting of liaison unit #" + id + " with "
                        + minutes.attendees().size() + " part(y/ies) and " + minutes.decisions().size() + " decision(s)"));
        return record;
    }

    /** A unit's meeting records, newest first. Minutes are for logged-in users only. */
    @Transactional(readOnly = true)
    public List<MeetingRecord> meetings(Actor actor, long id) {
        actor.requireAuthenticated();
        get(id);
        return meetings.findByUnitOrderByHeldAtDesc(id);
    }

    @Transactional(readOnly = true)
    public List<LiaisonUnit> search(Search search) {
        return units.findAllByOrderByParty().stream().filter(search::matches).toList();
    }

    @Transactional(readOnly = true)
    public LiaisonUnit get(long id) {
        return units.findById(id).orElseThrow(() -> new NotFound("liaison unit", id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    /** Whether the actor keeps this unit: its party's focal point, the secretariat or an administrator. */
    public boolean keeps(Actor actor, LiaisonUnit unit) {
        return actor.hasAnyRole(Role.SECRETARIAT) || actor.hasRoleFor(unit.party(), Role.FOCAL_POINT);
    }

    private static void requireKeeper(Actor actor, PartyCode party) {
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(party, Role.FOCAL_POINT);
        }
    }
}
