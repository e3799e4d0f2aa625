package org.entente.recruitment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.entente.recruitment.AppealStatus;
import org.entente.recruitment.Licence;
import org.entente.recruitment.RecruiterRegistry;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The recruiter registry's API: a public lookup, and the licensing party's licences and sanctions. */
@RestController
@Tag(name = "Recruiters", description = "The registry of recruitment agencies and employers, their licences and "
        + "final sanctions (MIG-8)")
class RecruiterApi {

    record AppealRequest(AppealStatus status) {
    }

    record RemediationRequest(java.time.LocalDate doneOn) {
    }

    private final RecruiterRegistry registry;

    RecruiterApi(RecruiterRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/v1/recruiters")
    @Operation(summary = "Look recruiters up by a part of the name or a licence number (q), public; with a corridor "
            + "(XAR-XCO), each one's standing for it today: LICENSED, SUSPENDED, REVOKED, EXPIRED or NOT_LICENSED")
    List<RecruiterRegistry.Found> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String corridor) {
        return registry.search(q, corridor);
    }

    @GetMapping("/api/v1/recruiters/{id}")
    @Operation(summary = "A recruiter with its licences (and their standing today) and its final sanctions: public")
    RecruiterRegistry.Profile profile(@PathVariable long id) {
        return registry.profile(id);
    }

    @PostMapping("/api/v1/recruiters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a recruiter (a licensing party's FOCAL_POINT or INSPECTOR): name, kind (AGENCY, "
            + "EMPLOYER), country, certifications (such as IRIS), branches")
    RecruiterRegistry.Recruiter register(Actor actor, @RequestBody RecruiterRegistry.NewRecruiter draft) {
        return registry.register(actor, draft);
    }

    @PostMapping("/api/v1/recruiters/{id}/licences")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Grant a licence from the caller's party: number, corridors (XAR-XCO), sectors, validFrom, "
            + "validUntil")
    Licence license(Actor actor, @PathVariable long id, @RequestBody RecruiterRegistry.LicenceDraft draft) {
        return registry.grantLicence(actor, id, draft);
    }

    @PostMapping("/api/v1/recruiters/{id}/sanctions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sanction a recruiter the caller's party licensed: WARNING, FINE (amount, currency), "
            + "SUSPENSION (licenceId, suspendedUntil), REVOCATION (licenceId); legalBasis, reason, decidedOn, "
            + "appealable (false makes it final at once), remediationOrdered; ?inspectionId= cites the "
            + "inspection behind it")
    RecruiterRegistry.Sanction sanction(Actor actor, @PathVariable long id,
            @RequestParam(required = false) Long inspectionId, @RequestBody RecruiterRegistry.SanctionDraft draft) {
        return registry.sanction(actor, id, draft, inspectionId);
    }

    @PostMapping("/api/v1/recruitment/sanctions/{id}/appeal")
    @Operation(summary = "Record the appeal's course: APPEALED, then UPHELD or OVERTURNED; or FINAL when no appeal "
            + "was made in time. A final or upheld sanction is published and takes effect")
    RecruiterRegistry.Sanction appeal(Actor actor, @PathVariable long id, @RequestBody AppealRequest request) {
        if (request.status() == null) {
            throw InvalidInput.required("status");
        }
        return registry.appeal(actor, id, request.status());
    }

    @PostMapping("/api/v1/recruitment/sanctions/{id}/remediation")
    @Operation(summary = "Record that the remediation a sanction ordered was done")
    RecruiterRegistry.Sanction remediation(Actor actor, @PathVariable long id,
            @RequestBody RemediationRequest request) {
        return registry.remediationDone(actor, id, request.doneOn());
    }
}
