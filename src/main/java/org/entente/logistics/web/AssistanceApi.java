package org.entente.logistics.web;

import org.entente.logistics.AllocationPlans;
import org.entente.logistics.AssistanceRequest;
import org.entente.logistics.AssistanceRequests;
import java.util.List;

import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/logistics")
@Tag(name = "Logistics", description = "Requests for assistance (CRI-5)")
class AssistanceApi {

    private final AssistanceRequests requests;
    private final AllocationPlans plans;

    AssistanceApi(AssistanceRequests requests, AllocationPlans plans) {
        this.requests = requests;
        this.plans = plans;
    }

    @GetMapping("/crises/{id}/allocation-plans")
    @Operation(summary = "A crisis's allocation plans, newest first, each with the engine's full answer")
    List<AllocationPlans.StoredPlan> plans(Actor actor, @PathVariable long id) {
        return plans.ofCrisis(actor, id);
    }

    @PostMapping("/crises/{id}/allocation-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a plan from live stock for the crisis's approved requests (logistics officers, "
            + "the secretariat, the crisis's focal points)")
    AllocationPlans.StoredPlan propose(Actor actor, @PathVariable long id) {
        return plans.propose(actor, id);
    }

    @GetMapping("/allocation-plans/{id}")
    @Operation(summary = "One allocation plan")
    AllocationPlans.StoredPlan plan(Actor actor, @PathVariable long id) {
        return plans.get(actor, id);
    }

    @PostMapping("/allocation-plans/{id}/approval")
    @Operation(summary = "Approve a proposed plan (the decision holder for every kind of resource it moves): reserves "
            + "its stock, or 409 if any of it was taken since")
    AllocationPlans.StoredPlan approvePlan(Actor actor, @PathVariable long id) {
        return plans.approve(actor, id);
    }

    @PostMapping("/allocation-plans/{id}/withdrawal")
    @Operation(summary = "Withdraw a proposed plan that will not be approved (whoever may make plans for the crisis); "
            + "409 once it is approved")
    AllocationPlans.StoredPlan withdrawPlan(Actor actor, @PathVariable long id) {
        return plans.withdraw(actor, id);
    }

    /** How many requests the red lines kept from the caller. */
    static final String WITHHELD = "Entente-Withheld";

    record RequestDraft(String party, String deliveryPoint, List<AssistanceRequests.LineDraft> lines, String note,
            org.entente.shared.Classification classification) {
    }

    record Reason(String reason) {
    }

    @GetMapping("/crises/{id}/requests")
    @Operation(summary = "A crisis's requests for assistance that the requesting parties' red lines let the caller "
            + "see, newest first; the Entente-Withheld header counts the others")
    org.springframework.http.ResponseEntity<List<AssistanceRequest>> ofCrisis(Actor actor, @PathVariable long id) {
        var visible = requests.visibleOf(actor, id);
        return org.springframework.http.ResponseEntity.ok().header(WITHHELD, String.valueOf(visible.withheld()))
                .body(visible.items());
    }

    @PostMapping("/crises/{id}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a request: the lead or an affected party's FOCAL_POINT or LOGISTICS_OFFICER. "
            + "classification defaults to PARTNERS; CONFIDENTIAL shows it only to the requesting party, the crisis's "
            + "lead and the holders of the decision rights it needs; RESTRICTED follows the party's sharing rule")
    AssistanceRequest draft(Actor actor, @PathVariable long id, @RequestBody RequestDraft body) {
        return requests.draft(actor, id, body.party() == null ? null : PartyCode.of(body.party()), body.deliveryPoint(),
                body.lines(), body.note(), body.classification() == null
                        ? org.entente.shared.Classification.PARTNERS : body.classification());
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One request for assistance")
    AssistanceRequest get(Actor actor, @PathVariable long id) {
        return requests.get(actor, id);
    }

    @PostMapping("/requests/{id}/submission")
    @Operation(summary = "Submit a draft (the requesting party)")
    AssistanceRequest submit(Actor actor, @PathVariable long id) {
        return requests.submit(actor, id);
    }

    @PostMapping("/requests/{id}/approval")
    @Operation(summary = "Approve a submitted request for the kinds of resources whose decision right you hold; it is "
            + "APPROVED once every kind it needs has been approved by its holder (see /decisions)")
    AssistanceRequest approve(Actor actor, @PathVariable long id) {
        return requests.approve(actor, id);
    }

    @GetMapping("/requests/{id}/decisions")
    @Operation(summary = "Which kinds of resources of a request were approved, by whom, and which await their holder")
    AssistanceRequests.Decisions decisions(Actor actor, @PathVariable long id) {
        return requests.decisionsOf(actor, id);
    }

    @PostMapping("/requests/{id}/cancellation")
    @Operation(summary = "Cancel a request with a reason (the requesting party or a decision holder)")
    AssistanceRequest cancel(Actor actor, @PathVariable long id, @RequestBody Reason body) {
        return requests.cancel(actor, id, body.reason());
    }
}
