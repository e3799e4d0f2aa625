package org.entente.liaison.web;

import org.entente.platform.FormFields;

import org.entente.liaison.LiaisonDirectory;
import org.entente.liaison.LiaisonUnit;
import org.entente.liaison.MeetingDecision;
import org.entente.liaison.MeetingRecord;
import org.entente.liaison.NoticeOutbox;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.party.PartyDirectory;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class LiaisonPages {

    private final LiaisonDirectory directory;
    private final NoticeOutbox outbox;

    LiaisonPages(LiaisonDirectory directory, NoticeOutbox outbox) {
        this.directory = directory;
        this.outbox = outbox;
    }

    @GetMapping("/liaison-units")
    String list(@RequestParam(required = false) String party, @RequestParam(required = false) String function,
            @RequestParam(required = false) String language, Model model) {
        model.addAttribute("search", new LiaisonDirectory.Search(party, function, language));
        model.addAttribute("units", directory.search(new LiaisonDirectory.Search(party, function, language)));
        model.addAttribute("today", directory.today());
        model.addAttribute("now", directory.now());
        return "liaison/units";
    }

    @GetMapping("/liaison-units/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        LiaisonUnit unit = directory.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("today", directory.today());
        model.addAttribute("now", directory.now());
        model.addAttribute("staleAfterDays", PartyDirectory.STALE_AFTER_DAYS);
        model.addAttribute("meetings", actor.isAuthenticated() ? directory.meetings(actor, id) : List.of());
        model.addAttribute("inbox", actor.isAuthenticated() ? outbox.inbox(actor, id) : List.of());
        model.addAttribute("acknowledges", actor.isMemberOf(unit.party()));
        model.addAttribute("keeps", directory.keeps(actor, unit));
        return "liaison/unit";
    }

    @GetMapping("/liaison-units/new")
    String create(Actor actor, Model model) {
        model.addAttribute("form", new UnitForm().withSpareRows());
        model.addAttribute("party", actor.partiesWith(org.entente.shared.Role.FOCAL_POINT).stream().findFirst()
                .orElse(""));
        model.addAttribute("days", java.time.DayOfWeek.values());
        return "liaison/unit-edit";
    }

    /** Establishes a unit for a party the actor keeps; a refused form comes back as typed. */
    @PostMapping("/liaison-units")
    String establish(Actor actor, @RequestParam(required = false) String party, HttpServletRequest request,
            Model model) {
        UnitForm form = UnitForm.of(request);
        try {
            if (party == null || party.isBlank()) {
                throw InvalidInput.required("party");
            }
            LiaisonUnit unit = directory.establish(actor, org.entente.shared.PartyCode.of(party), form.details());
            return "redirect:/liaison-units/" + unit.id();
        } catch (InvalidInput e) {
            model.addAttribute("formProblems", e.problems());
        }
        model.addAttribute("form", form);
        model.addAttribute("party", party);
        model.addAttribute("days", java.time.DayOfWeek.values());
        return "liaison/unit-edit";
    }

    @GetMapping("/liaison-units/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        LiaisonUnit unit = directory.get(id);
        if (!directory.keeps(actor, unit)) {
            throw new AccessDenied("only the unit's focal point or the secretariat edits it");
        }
        model.addAttribute("unit", unit);
        model.addAttribute("form", UnitForm.of(unit));
        model.addAttribute("days", java.time.DayOfWeek.values());
        return "liaison/unit-edit";
    }

    /** Saves the whole unit; a refused form comes back as typed, with the field named. */
    @PostMapping("/liaison-units/{id}")
    String revise(Actor actor, @PathVariable long id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        UnitForm form = UnitForm.of(request);
        try {
            directory.revise(actor, id, form.details(), form.expectedVersion());
            redirect.addFlashAttribute("notice", "unit.saved");
            return "redirect:/liaison-units/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("formProblems", e.problems());
        } catch (Conflict e) {
            model.addAttribute("problem", e.asProblem());
        }
        model.addAttribute("unit", directory.get(id));
        model.addAttribute("form", form);
        model.addAttribute("days", java.time.DayOfWeek.values());
        return "liaison/unit-edit";
    }

    /** The minutes form: times are UTC, attendees are party codes, and each filled decision row needs an owner. */
    @PostMapping("/liaison-units/{id}/meetings")
    String recordMeeting(Actor actor, @PathVariable long id, @RequestParam String heldAt, @RequestParam String title,
            @RequestParam String attendees, @RequestParam String minutes, HttpServletRequest request,
            RedirectAttributes redirect) {
        List<String> decisionText = FormFields.values(request, "decisionText");
        List<String> decisionOwner = FormFields.values(request, "decisionOwner");
        List<String> decisionDue = FormFields.values(request, "decisionDue");
        try {
            List<MeetingDecision> decisions = new ArrayList<>();
            for (int i = 0; i < decisionText.size(); i++) {
                if (FormFields.at(decisionText, i) == null) {
                    continue;
                }
                String due = FormFields.at(decisionDue, i);
                try {
                    decisions.add(new MeetingDecision(decisionText.get(i),
                            FormFields.at(decisionOwner, i), due == null ? null : LocalDate.parse(due)));
                } catch (DateTimeParseException e) {
                    throw new InvalidInput("decisions[" + i + "].due", "must be a date, yyyy-mm-dd");
                }
            }
            Instant held;
            try {
                held = LocalDateTime.parse(heldAt).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidInput("heldAt", "must be a date and time, yyyy-mm-ddThh:mm (UTC)");
            }
            directory.recordMeeting(actor, id, new MeetingRecord.Minutes(null, held, title,
                    Arrays.stream(attendees.split("[\\s,]+")).filter(a -> !a.isBlank()).toList(), minutes, decisions));
            redirect.addFlashAttribute("notice", "unit.meetingRecorded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formProblems", new ArrayList<>(e.problems()));
        }
        return "redirect:/liaison-units/" + id;
    }

    @PostMapping("/liaison-units/{id}/members/{index}/confirm")
    String confirm(Actor actor, @PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
        return org.entente.platform.PageCommand.run(redirect, "party.confirmed",
                () -> directory.confirmMember(actor, id, index), "/liaison-units/" + id);
    }

    @PostMapping("/liaison-units/{id}/notifications/{notificationId}/acknowledge")
    String acknowledge(Actor actor, @PathVariable long id, @PathVariable long notificationId,
            RedirectAttributes redirect) {
        return org.entente.platform.PageCommand.run(redirect, "notice.acknowledged",
                () -> outbox.acknowledge(actor, id, notificationId), "/liaison-units/" + id);
    }
}
