package org.entente.grievance.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.entente.grievance.CaseVault;
import org.entente.grievance.Casework;
import org.entente.grievance.EvidenceFiles;
import org.entente.grievance.GrievanceCase;
import org.entente.grievance.Outcome;
import org.entente.grievance.PanelDecisions;
import org.entente.grievance.ResponseTargets;
import org.entente.grievance.Stage;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The handlers' API: queues, the case with its personal data, and every step of casework. */
@RestController
@Tag(name = "Grievance casework", description = "Queues and cases for mediators, ombudspersons and panel members "
        + "of the parties concerned (MIG-7)")
class CaseApi {

    record StageRequest(Stage stage) {
    }

    record TextRequest(String text) {
    }

    record ReplyRequest(String text, String language, String translation) {
    }

    record ClosingRequest(Outcome outcome) {
    }

    record DisclosureRequest(String toWhom, String reason) {
    }

    record TargetsView(String compact, Map<Stage, Long> days) {
    }

    private final Casework casework;
    private final org.entente.grievance.PanelDecisions panel;
    private final ResponseTargets targets;
    private final CaseVault vault;

    CaseApi(Casework casework, org.entente.grievance.PanelDecisions panel, ResponseTargets targets, CaseVault vault) {
        this.casework = casework;
        this.panel = panel;
        this.targets = targets;
        this.vault = vault;
    }

    @GetMapping("/api/v1/grievances/cases")
    @Operation(summary = "The caller's queue for one role (MEDIATOR, OMBUDSPERSON or PANEL_MEMBER): open cases of "
            + "their parties at the stages that role handles, safety cases first, then by due date")
    List<Casework.QueueRow> queue(Actor actor, @RequestParam(required = false) Role role) {
        Role queue = role == null ? Role.MEDIATOR : role;
        if (!Casework.isHandlerRole(queue)) {
            throw InvalidInput.coded("role", "must be MEDIATOR, OMBUDSPERSON or PANEL_MEMBER", "grievance.role");
        }
        return casework.queue(actor, queue);
    }

    @GetMapping("/api/v1/grievances/cases/{id}")
    @Operation(summary = "A case with its personal data, messages, notes, timeline, remedies and access log; the "
            + "opening is logged")
    Casework.CaseView open(Actor actor, @PathVariable long id) {
        return casework.open(actor, id);
    }

    @GetMapping("/api/v1/grievances/cases/{id}/evidence/{evidenceId}")
    @Operation(summary = "A file of evidence, metadata stripped; the opening is logged")
    ResponseEntity<byte[]> evidence(Actor actor, @PathVariable long id, @PathVariable long evidenceId) {
        EvidenceFiles.Clean file = casework.evidence(actor, id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Cache-Control", "no-store").header("Content-Disposition", "attachment")
                .body(file.content());
    }

    @PostMapping("/api/v1/grievances/cases/{id}/triage")
    @Operation(summary = "Triage a received case: category, urgency, jurisdiction, compact, language (MEDIATOR, "
            + "OMBUDSPERSON)")
    GrievanceCase triage(Actor actor, @PathVariable long id, @RequestBody GrievanceCase.Triage triage) {
        return casework.triage(actor, id, triage);
    }

    @PostMapping("/api/v1/grievances/cases/{id}/stage")
    @Operation(summary = "Move a case to its next stage: mediation, the ombudsperson, the regional panel")
    GrievanceCase move(Actor actor, @PathVariable long id, @RequestBody StageRequest request) {
        return casework.moveTo(actor, id, request.stage());
    }

    @PostMapping("/api/v1/grievances/cases/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A message to the worker; with a translation into the worker's language when written in "
            + "another")
    void reply(Actor actor, @PathVariable long id, @RequestBody ReplyRequest request) {
        casework.reply(actor, id, request.text(), request.language(), request.translation());
    }

    @PostMapping("/api/v1/grievances/cases/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An internal note, which only handlers read")
    void note(Actor actor, @PathVariable long id, @RequestBody TextRequest request) {
        casework.note(actor, id, request.text());
    }

    @PostMapping("/api/v1/grievances/cases/{id}/remedies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a remedy: kind, amount and currency for back pay and fee refunds, delivered or not")
    Casework.Remedy remedy(Actor actor, @PathVariable long id, @RequestBody Casework.RemedyDraft draft) {
        return casework.recordRemedy(actor, id, draft);
    }

    @PostMapping("/api/v1/grievances/cases/{id}/remedies/{remedyId}/delivery")
    @Operation(summary = "Record that a remedy was delivered")
    Casework.Remedy delivered(Actor actor, @PathVariable long id, @PathVariable long remedyId) {
        return casework.remedyDelivered(actor, id, remedyId);
    }

    @PostMapping("/api/v1/grievances/cases/{id}/closing")
    @Operation(summary = "Close a case with its outcome, at any stage")
    GrievanceCase close(Actor actor, @PathVariable long id, @RequestBody ClosingRequest request) {
        return casework.close(actor, id, request.outcome());
    }

    @PostMapping("/api/v1/grievances/cases/{id}/disclosures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reveal the worker's identity to the employer's side: with the worker's consent; without "
            + "it only an ombudsperson, with a reason")
    Casework.Disclosure reveal(Actor actor, @PathVariable long id, @RequestBody DisclosureRequest request) {
        return casework.reveal(actor, id, request.toWhom(), request.reason());
    }

    @PostMapping("/api/v1/grievances/cases/{id}/decision")
    @Operation(summary = "Propose the regional panel's decision (PANEL_MEMBER)")
    PanelDecisions.Decision propose(Actor actor, @PathVariable long id, @RequestBody PanelDecisions.DecisionDraft draft) {
        return panel.propose(actor, id, draft);
    }

    @PostMapping("/api/v1/grievances/cases/{id}/decision/confirmation")
    @Operation(summary = "Confirm the panel's decision (a PANEL_MEMBER of another party): it is published and the "
            + "case closes")
    PanelDecisions.Decision confirm(Actor actor, @PathVariable long id) {
        return panel.confirm(actor, id);
    }

    @GetMapping("/api/v1/compacts/{code}/grievance-targets")
    @Operation(summary = "The response-time targets of a compact's grievances, in days per stage: public")
    TargetsView targets(@PathVariable String code) {
        return view(code, targets.of(code));
    }

    @PutMapping("/api/v1/compacts/{code}/grievance-targets")
    @Operation(summary = "Set the response-time targets of a compact's grievances, in days per stage (SECRETARIAT)")
    TargetsView setTargets(Actor actor, @PathVariable String code, @RequestBody Map<Stage, Integer> days) {
        return view(code, targets.set(actor, code, days));
    }

    @PostMapping("/api/v1/grievances/keys/rewrap")
    @Operation(summary = "After the master keyset's primary key changed: wrap every case key under it (ADMIN)")
    Map<String, Integer> rewrap(Actor actor) {
        actor.requireAnyRole(Role.ADMIN);
        return Map.of("rewrapped", vault.rewrapAll());
    }

    private static TargetsView view(String code, Map<Stage, Duration> targets) {
        Map<Stage, Long> days = new LinkedHashMap<>();
        targets.forEach((stage, d) -> days.put(stage, d.toDays()));
        return new TargetsView(code, days);
    }
}
