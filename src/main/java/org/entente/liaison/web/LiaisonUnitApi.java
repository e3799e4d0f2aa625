package org.entente.liaison.web;

import org.entente.liaison.LiaisonDirectory;
import org.entente.liaison.LiaisonUnit;
import org.entente.liaison.MeetingCalendar;
import org.entente.liaison.MeetingRecord;
import org.entente.liaison.OnCallShift;
import org.entente.liaison.UnitMember;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/liaison-units")
@Tag(name = "Liaison units", description = "Liaison units, mandates, members, on-call rotation and meetings (CRI-1)")
class LiaisonUnitApi {

    private final LiaisonDirectory directory;

    LiaisonUnitApi(LiaisonDirectory directory) {
        this.directory = directory;
    }

    record UnitRequest(String party, String name, String charter, String mandateReference, String mandateAuthority,
            String mandateScope, LocalDate mandateValidUntil, DayOfWeek meetingDay, LocalTime meetingTime,
            Integer meetingMinutes, List<UnitMember> members, List<OnCallShift> shifts, Long version) {
        LiaisonUnit.Details details() {
            return new LiaisonUnit.Details(name, charter, mandateReference, mandateAuthority, mandateScope,
                    mandateValidUntil, meetingDay, meetingTime, meetingMinutes, members, shifts);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MemberView(String name, String function, String email, String phone, String languages,
            LocalDate lastConfirmed, boolean stale) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UnitView(long id, String party, String name, String charter, String mandateReference,
            String mandateAuthority, String mandateScope, LocalDate mandateValidUntil, boolean mandateExpired,
            DayOfWeek meetingDay, LocalTime meetingTime, Integer meetingMinutes, String onCallNow, Instant onCallUntil,
            String onCallNext, Instant onCallNextFrom, List<MemberView> members, Long version) {

        /** Anonymous callers see the unit and its functions; names and contacts need a login. */
        static UnitView of(LiaisonUnit u, Actor viewer, LocalDate today, Instant now) {
            boolean in = viewer.isAuthenticated();
            var current = u.onCall(now);
            var next = u.nextOnCall(now);
            return new UnitView(u.id(), u.party().value(), u.name(), u.charter(), u.mandateReference(),
                    u.mandateAuthority(), u.mandateScope(), u.mandateValidUntil(), u.mandateExpired(today),
                    u.meetingDay(), u.meetingTime(), u.meetingMinutes(),
                    in ? current.map(OnCallShift::member).orElse(null) : null,
                    current.map(OnCallShift::endsAt).orElse(null),
                    in ? next.map(OnCallShift::member).orElse(null) : null,
                    next.map(OnCallShift::startsAt).orElse(null),
                    u.members().stream().map(m -> in
                            ? new MemberView(m.name(), m.function(), m.email(), m.phone(), m.languages(),
                                    m.lastConfirmed(), m.isStale(today, org.entente.party.PartyDirectory.STALE_AFTER_DAYS))
                            : new MemberView(null, m.function(), null, null, m.languages(), null, false)).toList(),
                    in ? u.version() : null);
        }
    }

    @GetMapping
    @Operation(summary = "The directory of liaison units, by party, function or language")
    List<UnitView> search(Actor actor, @RequestParam(required = false) String party,
            @RequestParam(required = false) String function, @RequestParam(required = false) String language) {
        return directory.search(new LiaisonDirectory.Search(party, function, language)).stream()
                .map(u -> UnitView.of(u, actor, directory.today(), directory.now())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One liaison unit; member names and contacts only when logged in")
    UnitView get(Actor actor, @PathVariable long id) {
        return UnitView.of(directory.get(id), actor, directory.today(), directory.now());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Establish a party's liaison unit (its FOCAL_POINT, or the SECRETARIAT)")
    UnitView establish(Actor actor, @RequestBody UnitRequest request) {
        if (request.party() == null) {
            throw InvalidInput.required("party");
        }
        return UnitView.of(directory.establish(actor, PartyCode.of(request.party()), request.details()), actor,
                directory.today(), directory.now());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a unit: charter, mandate, members, rotation, meeting (its party's FOCAL_POINT)")
    UnitView revise(Actor actor, @PathVariable long id, @RequestBody UnitRequest request) {
        return UnitView.of(directory.revise(actor, id, request.details(), request.version()), actor, directory.today(),
                directory.now());
    }

    @PostMapping("/{id}/members/{index}/confirmation")
    @Operation(summary = "Confirm that a member's contact details are current")
    UnitView confirm(Actor actor, @PathVariable long id, @PathVariable int index) {
        return UnitView.of(directory.confirmMember(actor, id, index), actor, directory.today(), directory.now());
    }

    record MeetingView(long id, Long crisis, Instant heldAt, String title, List<String> attendees, String minutes,
            Instant recordedAt, List<DecisionView> decisions) {
        static MeetingView of(MeetingRecord m, LocalDate today) {
            return new MeetingView(m.id(), m.crisis(), m.heldAt(), m.title(), m.attendees(), m.minutes(),
                    m.recordedAt(), m.decisions().stream()
                            .map(d -> new DecisionView(d.text(), d.owner(), d.due(), d.isOverdue(today))).toList());
        }
    }

    record DecisionView(String text, String owner, LocalDate due, boolean overdue) {
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "The unit's meeting records with minutes and decisions, newest first (logged-in users)")
    List<MeetingView> meetingRecords(Actor actor, @PathVariable long id) {
        return directory.meetings(actor, id).stream().map(m -> MeetingView.of(m, directory.today())).toList();
    }

    @PostMapping("/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a held meeting's minutes and decisions (the unit's FOCAL_POINT, or the SECRETARIAT)")
    MeetingView recordMeeting(Actor actor, @PathVariable long id, @RequestBody MeetingRecord.Minutes minutes) {
        return MeetingView.of(directory.recordMeeting(actor, id, minutes), directory.today());
    }

    @GetMapping("/{id}/meetings.ics")
    @Operation(summary = "The unit's standing meeting as an iCalendar feed")
    ResponseEntity<String> meetings(@PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .body(MeetingCalendar.of(directory.get(id), directory.now()));
    }
}
