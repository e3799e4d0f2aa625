package org.entente.grievance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.grievance.Casework;
import org.entente.grievance.Category;
import org.entente.grievance.EvidenceFiles;
import org.entente.grievance.GrievanceCase;
import org.entente.grievance.Outcome;
import org.entente.grievance.PanelDecisions;
import org.entente.grievance.RemedyKind;
import org.entente.grievance.Stage;
import org.entente.grievance.Urgency;
import org.entente.platform.FormFields;
import org.entente.platform.PageCommand;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handlers' pages: a queue per role with targets and overdue markers, and the case page. */
@Controller
class CasePages {

    private final Casework casework;
    private final PanelDecisions panel;
    private final java.time.Clock clock;

    CasePages(Casework casework, PanelDecisions panel, java.time.Clock clock) {
        this.casework = casework;
        this.panel = panel;
        this.clock = clock;
    }

    @GetMapping("/grievances")
    String queues(Actor actor, Model model) {
        Map<Role, List<Casework.QueueRow>> queues = new LinkedHashMap<>();
        for (Role role : List.of(Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER)) {
            if (actor.hasRole(role) && !actor.isSystem()) {
                queues.put(role, casework.queue(actor, role));
            }
        }
        model.addAttribute("queues", queues);
        model.addAttribute("closed", queues.isEmpty() ? List.of() : casework.recentlyClosed(actor));
        return "grievance/queues";
    }

    @GetMapping("/grievances/cases/{id}")
    String open(Actor actor, @PathVariable long id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Casework.CaseView view = casework.open(actor, id);
        GrievanceCase c = view.state();
        model.addAttribute("view", view);
        model.addAttribute("c", c);
        model.addAttribute("overdue", c.isOverdue(clock.instant()));
        model.addAttribute("categories", Category.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("outcomes", java.util.Arrays.stream(Outcome.values())
                .filter(o -> o != Outcome.DECIDED_BY_PANEL).toList());
        model.addAttribute("remedyKinds", RemedyKind.values());
        model.addAttribute("findings", PanelDecisions.Finding.values());
        model.addAttribute("nextStages", nextStages(c));
        model.addAttribute("acts", Casework.mayAct(actor, c));
        model.addAttribute("ombudsperson", Casework.holdsFor(actor, c, Role.OMBUDSPERSON));
        model.addAttribute("panel", Casework.holdsFor(actor, c, Role.PANEL_MEMBER));
        model.addAttribute("parties", new ArrayList<>(Casework.partiesOfCase(c)));
        return "grievance/case-handler";
    }

    private static List<Stage> nextStages(GrievanceCase c) {
        return switch (c.stage()) {
            case TRIAGED -> c.urgency() == Urgency.SAFETY ? List.of(Stage.MEDIATION, Stage.OMBUDSPERSON)
                    : List.of(Stage.MEDIATION);
            case MEDIATION -> List.of(Stage.OMBUDSPERSON);
            case OMBUDSPERSON -> List.of(Stage.REGIONAL_PANEL);
            default -> List.of();
        };
    }

    @GetMapping("/grievances/cases/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(Actor actor, @PathVariable long id, @PathVariable long evidenceId) {
        EvidenceFiles.Clean file = casework.evidence(actor, id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Cache-Control", "no-store").header("Content-Disposition", "attachment")
                .body(file.content());
    }

    @PostMapping("/grievances/cases/{id}/triage")
    String triage(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.triaged", () -> {
            List<InvalidInput> found = new ArrayList<>();
            Category category = FormFields.choice(Category.class, form.get("category"), "category", found);
            Urgency urgency = FormFields.choice(Urgency.class, form.get("urgency"), "urgency", found);
            InvalidInput.throwIfAny(found);
            casework.triage(actor, id, new GrievanceCase.Triage(category, urgency, blank(form.get("jurisdiction")),
                    blank(form.get("compact")), blank(form.get("language"))));
        }, page(id));
    }

    @PostMapping("/grievances/cases/{id}/stage")
    String move(Actor actor, @PathVariable long id, @RequestParam(required = false) String stage,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.moved", () -> {
            List<InvalidInput> found = new ArrayList<>();
            Stage to = FormFields.choice(Stage.class, stage, "stage", found);
            InvalidInput.throwIfAny(found);
            casework.moveTo(actor, id, to);
        }, page(id));
    }

    @PostMapping("/grievances/cases/{id}/replies")
    String reply(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String language, @RequestParam(required = false) String translation,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.replied",
                () -> casework.reply(actor, id, text, language, translation), page(id) + "#messages");
    }

    @PostMapping("/grievances/cases/{id}/notes")
    String note(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.noted", () -> casework.note(actor, id, text),
                page(id) + "#messages");
    }

    @PostMapping("/grievances/cases/{id}/remedies")
    String remedy(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.remedyRecorded", () -> {
            List<InvalidInput> found = new ArrayList<>();
            RemedyKind kind = FormFields.choice(RemedyKind.class, form.get("kind"), "remedy", found);
            Double amount = FormFields.decimal(form.get("amount"), "amount", found);
            InvalidInput.throwIfAny(found);
            casework.recordRemedy(actor, id, new Casework.RemedyDraft(kind, amount == null ? null
                    : BigDecimal.valueOf(amount), form.get("currency"), "yes".equals(form.get("delivered"))));
        }, page(id) + "#remedies");
    }

    @PostMapping("/grievances/cases/{id}/remedies/{remedyId}/delivery")
    String delivered(Actor actor, @PathVariable long id, @PathVariable long remedyId, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.remedyDelivered",
                () -> casework.remedyDelivered(actor, id, remedyId), page(id) + "#remedies");
    }

    @PostMapping("/grievances/cases/{id}/closing")
    String close(Actor actor, @PathVariable long id, @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.closed", () -> {
            List<InvalidInput> found = new ArrayList<>();
            Outcome chosen = FormFields.choice(Outcome.class, outcome, "outcome", found);
            InvalidInput.throwIfAny(found);
            casework.close(actor, id, chosen);
        }, page(id));
    }

    @PostMapping("/grievances/cases/{id}/disclosures")
    String reveal(Actor actor, @PathVariable long id, @RequestParam(required = false) String toWhom,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.revealed", () -> casework.reveal(actor, id, toWhom, reason),
                page(id) + "#identity");
    }

    @PostMapping("/grievances/cases/{id}/decision")
    String propose(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.decisionProposed", () -> {
            List<InvalidInput> found = new ArrayList<>();
            PanelDecisions.Finding finding = FormFields.choice(PanelDecisions.Finding.class, form.get("finding"), "finding",
                    found);
            InvalidInput.throwIfAny(found);
            panel.propose(actor, id, new PanelDecisions.DecisionDraft(form.get("provision"), finding,
                    form.get("summary"), form.get("reasons")));
        }, page(id) + "#decision");
    }

    @PostMapping("/grievances/cases/{id}/decision/confirmation")
    String confirm(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.decisionConfirmed", () -> panel.confirm(actor, id),
                page(id) + "#decision");
    }

    private static String page(long id) {
        return "/grievances/cases/" + id;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
