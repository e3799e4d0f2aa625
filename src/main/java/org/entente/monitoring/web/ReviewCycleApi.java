package org.entente.monitoring.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.entente.monitoring.ReviewCycles;
import org.entente.shared.Actor;
import org.entente.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reviews", description = "Revision triggers, review items, review cycles and their assessment reports (MIG-6)")
class ReviewCycleApi {

    private final ReviewCycles cycles;

    ReviewCycleApi(ReviewCycles cycles) {
        this.cycles = cycles;
    }

    record ApprovalRequest(String summary) {
    }

    record ProgressRequest(ReviewCycles.ActionStatus status, String progress) {
    }

    /** An action with the status people read (OVERDUE once its deadline has passed and it is not done). */
    record ActionView(long id, String responsible, String title, LocalDate deadline, ReviewCycles.ActionStatus status,
            String progress, LocalDate doneOn) {

        static ActionView of(ReviewCycles.Action a, LocalDate today) {
            return new ActionView(a.id(), a.responsible().value(), a.title(), a.deadline(), a.status(today),
                    a.progress(), a.doneOn());
        }
    }

    record FindingView(long id, String party, String module, String text, Long reviewItem, List<ActionView> actions) {
    }

    record ReportView(ReviewCycles.Cycle cycle, List<ReviewCycles.Row> rows, List<ReviewCycles.Coverage> coverage,
            List<FindingView> findings, List<Long> reviewItems) {
    }

    @GetMapping("/api/v1/compacts/{code}/reviews")
    @Operation(summary = "The compact's review cycles: the published ones for everyone, all for the secretariat")
    List<ReviewCycles.Cycle> cycles(Actor actor, @PathVariable String code) {
        return cycles.of(actor, code);
    }

    @GetMapping("/api/v1/compacts/{code}/reviews/{id}")
    @Operation(summary = "An assessment report: per party and module the targets against the latest verified values "
            + "with their trend, reporting and verification, the review items open, the findings and their "
            + "corrective actions (public once published; the PDF is at /compacts/{code}/reviews/{id}/report.pdf)")
    ReportView report(Actor actor, @PathVariable String code, @PathVariable long id) {
        ReviewCycles.Report r = cycles.report(actor, id);
        if (!r.cycle().compact().equals(code)) {
            throw new NotFound("review cycle", id);
        }
        return new ReportView(r.cycle(), r.rows(), r.coverage(), r.findings().stream().map(f -> new FindingView(
                f.id(), f.party().value(), f.module(), f.text(), f.reviewItem(), f.actions().stream()
                        .map(a -> ActionView.of(a, r.today())).toList())).toList(),
                r.items().stream().map(i -> i.id()).toList());
    }

    @PostMapping("/api/v1/compacts/{code}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a review cycle (SECRETARIAT): title, sitsOn, and the modules it assesses (all "
            + "reported modules when none)")
    ReviewCycles.Cycle schedule(Actor actor, @PathVariable String code, @RequestBody ReviewCycles.Schedule schedule) {
        return cycles.schedule(actor, code, schedule);
    }

    @PostMapping("/api/v1/monitoring/reviews/{id}/gathering")
    @Operation(summary = "Gather a cycle's figures from the verified values as they stand (SECRETARIAT); the report "
            + "becomes a draft")
    ReviewCycles.Cycle gather(Actor actor, @PathVariable long id) {
        return cycles.gather(actor, id);
    }

    @PostMapping("/api/v1/monitoring/reviews/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a finding of a drafted report with its corrective actions (SECRETARIAT)")
    FindingView finding(Actor actor, @PathVariable long id, @RequestBody ReviewCycles.FindingDraft draft) {
        ReviewCycles.Finding f = cycles.addFinding(actor, id, draft);
        return new FindingView(f.id(), f.party().value(), f.module(), f.text(), f.reviewItem(), f.actions().stream()
                .map(a -> ActionView.of(a, LocalDate.MIN)).toList());
    }

    @PostMapping("/api/v1/monitoring/reviews/{id}/approval")
    @Operation(summary = "Approve a drafted report, which publishes it, frozen (SECRETARIAT)")
    ReviewCycles.Cycle approve(Actor actor, @PathVariable long id, @RequestBody(required = false) ApprovalRequest request) {
        return cycles.approve(actor, id, request == null ? null : request.summary());
    }

    @PostMapping("/api/v1/monitoring/actions/{id}/progress")
    @Operation(summary = "Report progress on a corrective action: IN_PROGRESS or DONE with a note (the responsible "
            + "party's FOCAL_POINT, or the SECRETARIAT)")
    ActionView progress(Actor actor, @PathVariable long id, @RequestBody ProgressRequest request) {
        ReviewCycles.Action a = cycles.progress(actor, id, request.status(), request.progress());
        return ActionView.of(a, LocalDate.MIN);
    }
}
