package org.entente.crisis.web;

import org.entente.platform.FormFields;

import org.entente.crisis.AlertInfo;
import org.entente.crisis.BriefingText;
import org.entente.crisis.Briefings;
import org.entente.crisis.Cap;
import org.entente.crisis.CrisisAlerts;
import org.entente.crisis.CrisisPanel;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.crisis.Escalation;
import org.entente.crisis.KeyFigures;
import org.entente.crisis.Sector;
import org.entente.crisis.SituationReport;
import org.entente.crisis.TalkingPoint;
import org.entente.crisis.Translation;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.platform.PageCommand;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CrisisPages {

    private final CrisisRoom room;
    private final CrisisAlerts alerts;
    private final Escalation escalation;
    private final Briefings briefings;
    private final PartyDirectory parties;
    private final org.springframework.context.MessageSource messages;
    private final List<CrisisPanel> panels;

    /** A panel another module added, with what it shows this reader. */
    record ShownPanel(String template, String fragment, Object content) {
    }

    CrisisPages(CrisisRoom room, CrisisAlerts alerts, Escalation escalation, Briefings briefings,
            PartyDirectory parties, org.springframework.context.MessageSource messages, List<CrisisPanel> panels) {
        this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(CrisisPanel::order)).toList();
        this.room = room;
        this.alerts = alerts;
        this.escalation = escalation;
        this.briefings = briefings;
        this.parties = parties;
        this.messages = messages;
    }

    @GetMapping("/crises")
    String list(Actor actor, Model model) {
        model.addAttribute("crises", room.visible(actor));
        model.addAttribute("leads", actor.partiesWith(Role.FOCAL_POINT));
        model.addAttribute("states", parties.all().stream()
                .filter(p -> p.kind() == org.entente.party.PartyKind.STATE).map(p -> p.code().value()).toList());
        model.addAttribute("types", CrisisType.values());
        model.addAttribute("classifications", Classification.values());
        return "crisis/list";
    }

    /** A focal point opens a crisis led by its party, from the list of crises. */
    @PostMapping("/crises")
    String open(Actor actor, @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String type, @RequestParam(required = false) String lead,
            @RequestParam(required = false) List<String> affected, @RequestParam(required = false) String areas,
            @RequestParam(required = false) String classification,
            @RequestParam(required = false) String reportEveryHours, RedirectAttributes redirect) {
        return org.entente.platform.PageCommand.run(redirect, "crisis.opened", () -> {
            List<InvalidInput> found = new java.util.ArrayList<>();
            CrisisType kind = null;
            try {
                kind = type == null || type.isBlank() ? null : CrisisType.valueOf(type);
            } catch (IllegalArgumentException e) {
                found.add(InvalidInput.coded("type", "is not a type of crisis", "invalid.choose"));
            }
            if (kind == null && found.isEmpty()) {
                found.add(InvalidInput.coded("type", "is required", "invalid.choose"));
            }
            Integer hours = null;
            try {
                hours = Integer.parseInt(reportEveryHours == null ? "" : reportEveryHours.strip());
            } catch (NumberFormatException e) {
                found.add(InvalidInput.notANumber("reportEveryHours"));
            }
            if (lead == null || lead.isBlank()) {
                found.add(InvalidInput.coded("lead", "is required", "invalid.choose"));
            }
            java.util.Set<PartyCode> hit = new java.util.LinkedHashSet<>();
            if (lead != null && !lead.isBlank()) {
                hit.add(PartyCode.of(lead));
            }
            if (affected != null) {
                affected.stream().filter(a -> !a.isBlank()).map(PartyCode::of).forEach(hit::add);
            }
            org.entente.crisis.Crisis.Declaration declaration = null;
            try {
                // Built even when the type or the hours could not be read, so that every problem is listed at once.
                declaration = new org.entente.crisis.Crisis.Declaration(code == null ? null
                        : code.strip().toUpperCase(java.util.Locale.ROOT), name, kind, hit.isEmpty() ? null
                        : PartyCode.of(lead), hit, areas, classification == null || classification.isBlank()
                                ? Classification.PUBLIC : Classification.valueOf(classification), hours == null ? 24 : hours);
            } catch (InvalidInput e) {
                found.add(e);
            }
            InvalidInput.throwIfAny(found);
            room.open(actor, declaration);
        }, "/crises");
    }

    /** The lead party's focal point says who decides priorities for each kind of resource. */
    @PostMapping("/crises/{id}/decision-rights")
    String assignRights(Actor actor, @PathVariable long id, jakarta.servlet.http.HttpServletRequest form,
            RedirectAttributes redirect) {
        String[] resource = form.getParameterValues("resource");
        String[] party = form.getParameterValues("party");
        String[] role = form.getParameterValues("role");
        return act(redirect, id, "rights.saved", () -> {
            List<org.entente.crisis.DecisionRight> rights = new java.util.ArrayList<>();
            for (int i = 0; resource != null && i < resource.length; i++) {
                if (party == null || role == null || i >= party.length || i >= role.length) {
                    throw InvalidInput.required("rights[" + i + "]");
                }
                try {
                    rights.add(new org.entente.crisis.DecisionRight(org.entente.crisis.ResourceKind.valueOf(resource[i]),
                            party[i], Role.valueOf(role[i])));
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.coded("rights[" + i + "]", "is not a resource, party or role", "invalid.choose");
                }
            }
            room.assignDecisionRights(actor, id, rights);
        });
    }

    /** The lead party closes a crisis; pending requests are then cancelled by logistics. */
    @PostMapping("/crises/{id}/close")
    String close(Actor actor, @PathVariable long id, jakarta.servlet.http.HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.closeCrisis",
                List.of(room.get(actor, id).name()), "/crises/" + id);
        if (ask.isPresent()) {
            return ask.get();
        }
        return act(redirect, id, "crisis.closedNotice", () -> room.close(actor, id));
    }

    @GetMapping("/crises/{id}")
    String dashboard(Actor actor, @PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(name = "reports", required = false) Integer reportPage,
            @RequestParam(name = "timeline", required = false) Integer timelinePage, Model model) {
        CrisisRoom.Dashboard dashboard = room.dashboard(actor, id);
        model.addAttribute("d", dashboard);
        model.addAttribute("hxl", KeyFigures.HXL);
        model.addAttribute("q", q);
        var found = room.search(actor, id, q);
        model.addAttribute("reports", found);
        model.addAttribute("reportPage", org.entente.platform.PageSlice.of(found.items(), reportPage, 10));
        List<org.entente.crisis.TimelineEvent> newestFirst = new java.util.ArrayList<>(dashboard.crisis().timeline());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("timelinePage", org.entente.platform.PageSlice.of(newestFirst, timelinePage, 20));
        model.addAttribute("reportsFor", actor.partiesWith(Role.FOCAL_POINT));
        model.addAttribute("alerts", alerts.of(actor, id));
        model.addAttribute("cancelledAlerts", alerts.cancelled(id));
        model.addAttribute("followedUp", alerts.followedUp(id));
        model.addAttribute("escalation", escalation.state(actor, id));
        model.addAttribute("protocols", escalation.protocols());
        model.addAttribute("panels", panels.stream().flatMap(p -> p.content(actor, dashboard.crisis())
                .map(c -> new ShownPanel(p.template(), p.fragment(), c)).stream()).toList());
        model.addAttribute("points", briefings.of(actor, id));
        model.addAttribute("approves", actor.hasRoleFor(dashboard.crisis().leadParty(), Role.FOCAL_POINT));
        model.addAttribute("drafts", actor.hasAnyRole(Role.SECRETARIAT)
                || actor.hasRoleFor(dashboard.crisis().leadParty(), Role.FOCAL_POINT)
                || dashboard.crisis().affectedParties().stream().anyMatch(p -> actor.hasRoleFor(p, Role.FOCAL_POINT)));
        model.addAttribute("issuesAlerts", actor.hasRoleFor(dashboard.crisis().leadParty(), Role.FOCAL_POINT)
                || actor.hasAnyRole(Role.SECRETARIAT));
        model.addAttribute("parties", parties.all());
        model.addAttribute("rightRoles", List.of(Role.FOCAL_POINT, Role.LOGISTICS_OFFICER, Role.SECRETARIAT,
                Role.ROSTER_MANAGER));
        model.addAttribute("capValues", new Object[] {Cap.Status.values(), Cap.Scope.values(), Cap.Category.values(),
                Cap.Urgency.values(), Cap.Severity.values(), Cap.Certainty.values()});
        return "crisis/dashboard";
    }

    @GetMapping("/crises/{id}/sitreps/{reportId}")
    String report(Actor actor, @PathVariable long id, @PathVariable long reportId, Model model) {
        model.addAttribute("crisis", room.get(actor, id));
        model.addAttribute("report", room.report(actor, id, reportId));
        return "crisis/sitrep";
    }

    @GetMapping("/crises/{id}/sitreps/new")
    String form(Actor actor, @PathVariable long id, @RequestParam String party, Model model) {
        actor.requireRoleFor(PartyCode.of(party), Role.FOCAL_POINT);
        return show(actor, model, id, SitrepForm.blank(party, LocalDateTime.now(ZoneOffset.UTC)));
    }

    @PostMapping("/crises/{id}/sitreps")
    String submit(Actor actor, @PathVariable long id, @ModelAttribute("form") SitrepForm form, BindingResult binding,
            jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                SituationReport.Content content = form.content();
                List<String> jumps = jumps(actor, id, PartyCode.of(form.getParty()), content.figures());
                if (!jumps.isEmpty()) {
                    var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.figureJump",
                            List.of(String.join("; ", jumps)), "/crises/" + id);
                    if (ask.isPresent()) {
                        return ask.get();
                    }
                }
                SituationReport report = room.submit(actor, id, PartyCode.of(form.getParty()), content);
                redirect.addFlashAttribute("notice", "sitrep.filed");
                return "redirect:/crises/" + id + "/sitreps/" + report.id();
            } catch (InvalidInput e) {
                model.addAttribute("formProblems", e.problems());
            } catch (Conflict e) {
                model.addAttribute("problem", e.asProblem());
            }
        }
        return show(actor, model, id, form);
    }

    /**
     * The figures of a new report that fall to less than half, or rise to more than ten times, the party's last value
     * (of 100 or more): a typing slip or a test report would otherwise replace the dashboard's figure unnoticed.
     */
    private List<String> jumps(Actor actor, long id, PartyCode party, org.entente.crisis.KeyFigures figures) {
        java.util.Map<String, Long> last = room.dashboard(actor, id).byParty().getOrDefault(party, java.util.Map.of());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.entente.platform.Formats formats = new org.entente.platform.Formats(locale, messages);
        List<String> jumps = new java.util.ArrayList<>();
        figures.byName().forEach((name, value) -> {
            Long before = last.get(name);
            if (before != null && value != null && before >= 100 && (value * 2 < before || value > before * 10)) {
                jumps.add(messages.getMessage("sitrep.jump", new Object[] {
                        messages.getMessage("figure." + name, null, name, locale), formats.integer(before),
                        formats.integer(value)}, locale));
            }
        });
        return jumps;
    }

    @PostMapping("/crises/{id}/events")
    String event(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "crisis.eventRecorded", () -> room.recordEvent(actor, id, text),
                "/crises/" + id);
    }

    @GetMapping("/crises/{id}/briefing")
    String briefing(Actor actor, @PathVariable long id, java.util.Locale locale, Model model) {
        Briefings.Briefing briefing = briefings.briefing(actor, id, locale.getLanguage());
        model.addAttribute("b", briefing);
        model.addAttribute("summary", BriefingText.of(briefing, messages, room.now()));
        return "crisis/briefing";
    }

    /** Drafts a talking point in one language; the other target languages follow as translations. */
    @PostMapping("/crises/{id}/talking-points")
    String draft(Actor actor, @PathVariable long id, @RequestParam(required = false) String topic,
            @RequestParam(required = false) TalkingPoint.Audience audience,
            @RequestParam(required = false) String languages, @RequestParam(required = false) String language,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(redirect, id, "points.drafted", () -> briefings.draft(actor, id, topic, audience,
                languages == null ? List.of() : Arrays.stream(languages.split("[\\s,]+")).filter(l -> !l.isBlank()).toList(),
                new Translation(language, text, false)));
    }

    @PostMapping("/crises/{id}/talking-points/{pointId}/translate")
    String translate(Actor actor, @PathVariable long id, @PathVariable long pointId,
            @RequestParam(required = false) String language, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return act(redirect, id, "points.translated",
                () -> briefings.translate(actor, id, pointId, new Translation(language, text, false)));
    }

    @PostMapping("/crises/{id}/talking-points/{pointId}/approve")
    String approve(Actor actor, @PathVariable long id, @PathVariable long pointId, RedirectAttributes redirect) {
        return act(redirect, id, "points.approved", () -> briefings.approve(actor, id, pointId));
    }

    @PostMapping("/crises/{id}/talking-points/{pointId}/retire")
    String retire(Actor actor, @PathVariable long id, @PathVariable long pointId, RedirectAttributes redirect) {
        return act(redirect, id, "points.retired", () -> briefings.retire(actor, id, pointId));
    }

    @PostMapping("/crises/{id}/escalation")
    String move(Actor actor, @PathVariable long id, @RequestParam(required = false) String level,
            @RequestParam(required = false) String reason, jakarta.servlet.http.HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (level != null && !level.isBlank()) {
            var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.level",
                    List.of(room.get(actor, id).name(), new org.entente.platform.Formats(
                            org.springframework.context.i18n.LocaleContextHolder.getLocale(), messages)
                            .labelOr("level." + level, level)), "/crises/" + id);
            if (ask.isPresent()) {
                return ask.get();
            }
        }
        return act(redirect, id, "escalation.moved", () -> escalation.moveTo(actor, id, level, reason));
    }

    @PostMapping("/crises/{id}/escalation/proposals/{proposalId}/dismiss")
    String dismiss(Actor actor, @PathVariable long id, @PathVariable long proposalId, RedirectAttributes redirect) {
        return act(redirect, id, "escalation.dismissed", () -> escalation.dismiss(actor, id, proposalId));
    }

    @PostMapping("/crises/{id}/actions/{actionId}/done")
    String done(Actor actor, @PathVariable long id, @PathVariable long actionId, RedirectAttributes redirect) {
        return act(redirect, id, "escalation.done.notice", () -> escalation.complete(actor, id, actionId));
    }

    private String act(RedirectAttributes redirect, long id, String notice, Runnable command) {
        return PageCommand.run(redirect, notice, command, "/crises/" + id);
    }

    /**
     * An alert from the dashboard: the first language block is required, up to two more translate it (each CAP info
     * block has its own event, headline, instruction and area text).
     */
    @PostMapping("/crises/{id}/alerts")
    String issue(Actor actor, @PathVariable long id, @RequestParam(required = false) Cap.Status status,
            @RequestParam(required = false) Cap.Scope scope, @RequestParam(required = false) Cap.Category category,
            @RequestParam(required = false) Cap.Urgency urgency, @RequestParam(required = false) Cap.Severity severity,
            @RequestParam(required = false) Cap.Certainty certainty, HttpServletRequest request,
            RedirectAttributes redirect) {
        List<String> language = FormFields.values(request, "language");
        List<String> event = FormFields.values(request, "event");
        List<String> headline = FormFields.values(request, "headline");
        List<String> instruction = FormFields.values(request, "instruction");
        List<String> areaDesc = FormFields.values(request, "areaDesc");
        try {
            List<AlertInfo> infos = new java.util.ArrayList<>();
            for (int i = 0; i < Math.max(1, language.size()); i++) {
                if (i > 0 && FormFields.at(language, i) == null) {
                    continue;
                }
                try {
                    infos.add(new AlertInfo(FormFields.at(language, i), category, FormFields.at(event, i), urgency, severity, certainty,
                            FormFields.at(headline, i), null, FormFields.at(instruction, i), null, FormFields.at(areaDesc, i), null, null, null));
                } catch (InvalidInput e) {
                    throw e.under("infos[" + infos.size() + "]");
                }
            }
            alerts.issue(actor, id, new CrisisAlerts.Draft(status, scope, null, infos));
            redirect.addFlashAttribute("notice", "alert.issued");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formProblems", new java.util.ArrayList<>(e.problems()));
        }
        return "redirect:/crises/" + id;
    }

    /** An Update from the dashboard: new wording for each language block of the alert, and a new assessment. */
    @PostMapping("/crises/{id}/alerts/{alertId}/update")
    String updateAlert(Actor actor, @PathVariable long id, @PathVariable long alertId,
            @RequestParam(required = false) Cap.Urgency urgency, @RequestParam(required = false) Cap.Severity severity,
            @RequestParam(required = false) Cap.Certainty certainty, @RequestParam(required = false) String note,
            HttpServletRequest request, RedirectAttributes redirect) {
        List<String> event = FormFields.values(request, "event");
        List<String> headline = FormFields.values(request, "headline");
        List<String> instruction = FormFields.values(request, "instruction");
        List<String> areaDesc = FormFields.values(request, "areaDesc");
        List<CrisisAlerts.Revision.Wording> wording = new java.util.ArrayList<>();
        for (int i = 0; i < headline.size(); i++) {
            wording.add(new CrisisAlerts.Revision.Wording(FormFields.at(event, i), FormFields.at(headline, i),
                    FormFields.at(instruction, i), FormFields.at(areaDesc, i)));
        }
        return act(redirect, id, "alert.updated", () -> alerts.update(actor, id, alertId,
                new CrisisAlerts.Revision(urgency, severity, certainty, note, wording)));
    }

    @PostMapping("/crises/{id}/alerts/{alertId}/cancel")
    String cancelAlert(Actor actor, @PathVariable long id, @PathVariable long alertId,
            @RequestParam(required = false) String note, jakarta.servlet.http.HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.cancelAlert",
                List.of(room.get(actor, id).name()), "/crises/" + id);
        if (ask.isPresent()) {
            return ask.get();
        }
        return act(redirect, id, "alert.cancelled", () -> alerts.cancel(actor, id, alertId, note));
    }

    private String show(Actor actor, Model model, long id, SitrepForm form) {
        model.addAttribute("crisis", room.get(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("parties", parties.all());
        return "crisis/sitrep-form";
    }
}
