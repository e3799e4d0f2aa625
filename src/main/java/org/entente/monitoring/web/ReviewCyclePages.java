package org.entente.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.monitoring.ReportingCalendar;
import org.entente.monitoring.ReviewCycles;
import org.entente.monitoring.ReviewItems;
import org.entente.platform.FormFields;
import org.entente.platform.PageCommand;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review cycles of a compact: the list, the assessment report as a page and as a PDF (public once published), and
 * the secretariat's steps (schedule, gather the figures, record findings with corrective actions, approve); the
 * responsible party's focal point reports progress on each action.
 */
@Controller
class ReviewCyclePages {

    private final ReviewCycles cycles;
    private final ReviewItems items;
    private final CompactNames names;
    private final ReportingCalendar calendar;
    private final AssessmentPdf pdf;

    ReviewCyclePages(ReviewCycles cycles, ReviewItems items, CompactNames names, ReportingCalendar calendar,
            AssessmentPdf pdf) {
        this.cycles = cycles;
        this.items = items;
        this.names = names;
        this.calendar = calendar;
        this.pdf = pdf;
    }

    @GetMapping("/compacts/{code}/reviews")
    String list(Actor actor, @PathVariable String code, Model model) {
        var n = names.of(actor, code);
        model.addAttribute("names", n);
        model.addAttribute("code", code);
        model.addAttribute("cycles", cycles.of(actor, code));
        model.addAttribute("manages", actor.hasAnyRole(Role.SECRETARIAT));
        return "monitoring/reviews";
    }

    @PostMapping("/compacts/{code}/reviews")
    String schedule(Actor actor, @PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) List<String> modules, @RequestParam(required = false) String sitsOn,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "review.cycle.scheduled", () -> {
            List<InvalidInput> found = new ArrayList<>();
            LocalDate day = date(sitsOn, "sitsOn", found);
            try {
                cycles.schedule(actor, code, new ReviewCycles.Schedule(title, modules, day));
            } catch (InvalidInput e) {
                found.add(e);
            }
            InvalidInput.throwIfAny(found);
        }, "/compacts/" + code + "/reviews");
    }

    @GetMapping("/compacts/{code}/reviews/{id}")
    String report(Actor actor, @PathVariable String code, @PathVariable long id, Model model, Locale locale) {
        ReviewCycles.Report report = cycles.report(actor, id);
        if (!report.cycle().compact().equals(code)) {
            throw new org.entente.shared.NotFound("review cycle", id);
        }
        model.addAttribute("names", names.of(actor, code));
        model.addAttribute("code", code);
        model.addAttribute("r", report);
        model.addAttribute("manages", actor.hasAnyRole(Role.SECRETARIAT));
        model.addAttribute("parties", report.coverage().stream().map(ReviewCycles.Coverage::party).distinct().toList());
        model.addAttribute("openItems", report.cycle().status() == ReviewCycles.Status.DRAFT
                ? items.of(code).stream().filter(i -> i.status() == ReviewItems.Status.OPEN).toList() : List.of());
        model.addAttribute("pdfInEnglish", !pdf.writes(locale));
        model.addAttribute("progressBy", progressBy(actor));
        model.addAttribute("today", calendar.today());
        return "monitoring/review";
    }

    @GetMapping("/compacts/{code}/reviews/{id}/report.pdf")
    ResponseEntity<byte[]> reportPdf(Actor actor, @PathVariable String code, @PathVariable long id, Locale locale) {
        ReviewCycles.Report report = cycles.report(actor, id);
        if (!report.cycle().compact().equals(code)) {
            throw new org.entente.shared.NotFound("review cycle", id);
        }
        var n = names.of(actor, code);
        byte[] body = pdf.render(report, n.title(), n.modules(), n.indicators(), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(code + "-review-" + id + ".pdf").build().toString())
                .body(body);
    }

    @PostMapping("/monitoring/reviews/{id}/gathering")
    String gather(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        var cycle = cycles.get(id);
        return PageCommand.run(redirect, "review.cycle.gathered", () -> cycles.gather(actor, id),
                "/compacts/" + cycle.compact() + "/reviews/" + id);
    }

    @PostMapping("/monitoring/reviews/{id}/approval")
    String approve(Actor actor, @PathVariable long id, @RequestParam(required = false) String summary,
            RedirectAttributes redirect) {
        var cycle = cycles.get(id);
        return PageCommand.run(redirect, "review.cycle.published", () -> cycles.approve(actor, id, summary),
                "/compacts/" + cycle.compact() + "/reviews/" + id);
    }

    /** A finding with up to three corrective actions, as rows of one form; empty rows are left out. */
    @PostMapping("/monitoring/reviews/{id}/findings")
    String finding(Actor actor, @PathVariable long id, HttpServletRequest form, RedirectAttributes redirect) {
        var cycle = cycles.get(id);
        return PageCommand.run(redirect, "review.finding.added", () -> {
            List<InvalidInput> found = new ArrayList<>();
            List<String> titles = FormFields.values(form, "actionTitle");
            List<String> responsible = FormFields.values(form, "actionResponsible");
            List<String> deadlines = FormFields.values(form, "actionDeadline");
            List<ReviewCycles.ActionDraft> actions = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                String title = FormFields.at(titles, i);
                String deadline = FormFields.at(deadlines, i);
                if (title == null && deadline == null) {
                    continue;
                }
                actions.add(new ReviewCycles.ActionDraft(FormFields.at(responsible, i), title,
                        date(deadline, "actions[" + actions.size() + "].deadline", found)));
            }
            Long item = null;
            String typedItem = form.getParameter("reviewItem");
            if (typedItem != null && !typedItem.isBlank()) {
                Integer parsed = FormFields.integer(typedItem, "reviewItem", found);
                item = parsed == null ? null : parsed.longValue();
            }
            try {
                cycles.addFinding(actor, id, new ReviewCycles.FindingDraft(form.getParameter("party"),
                        form.getParameter("module"), form.getParameter("text"), item, actions));
            } catch (InvalidInput e) {
                found.add(e);
            }
            InvalidInput.throwIfAny(found);
        }, "/compacts/" + cycle.compact() + "/reviews/" + id + "#findings");
    }

    @PostMapping("/monitoring/actions/{id}/progress")
    String progress(Actor actor, @PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String progress, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        ReviewCycles.Action action = cycles.action(id);
        var cycle = cycles.get(action.cycleId());
        String page = "monitoring".equals(back) ? "/monitoring#actions"
                : "/compacts/" + cycle.compact() + "/reviews/" + cycle.id() + "#findings";
        return PageCommand.run(redirect, "action.updated", () -> {
            List<InvalidInput> found = new ArrayList<>();
            ReviewCycles.ActionStatus chosen = FormFields.choice(ReviewCycles.ActionStatus.class, status, "status",
                    found);
            if (!found.isEmpty()) {
                if (progress == null || progress.isBlank()) {
                    found.add(InvalidInput.reasonRequired("progress", 2000));
                }
                InvalidInput.throwIfAny(found);
            }
            cycles.progress(actor, id, chosen, progress);
        }, page);
    }

    /** The parties whose corrective actions this reader reports on: '*' for the secretariat. */
    static java.util.Set<String> progressBy(Actor actor) {
        java.util.Set<String> parties = new java.util.HashSet<>(actor.partiesWith(Role.FOCAL_POINT));
        if (actor.hasAnyRole(Role.SECRETARIAT)) {
            parties.add("*");
        }
        return parties;
    }

    private static LocalDate date(String typed, String field, List<InvalidInput> found) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            found.add(InvalidInput.notADate(field));
            return null;
        }
    }
}
