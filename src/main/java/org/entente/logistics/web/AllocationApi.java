package org.entente.logistics.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.entente.allocation.Instance;
import org.entente.allocation.Plan;
import org.entente.allocation.SolveJobs;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What-if solves of self-contained instances, as jobs: a solve that finishes within a few seconds is answered at
 * once; a longer one answers 202 with the job to follow. The time limit is capped by role.
 */
@RestController
@Tag(name = "Logistics", description = "Allocation of pooled stock to requests, with routes (CRI-5)")
class AllocationApi {

    /** How long a what-if may run: any logged-in user, and logistics officers and the secretariat. */
    static final double WHAT_IF_LIMIT_SECONDS = 30;
    static final double OFFICER_LIMIT_SECONDS = Instance.Options.MAX_TIME_LIMIT_SECONDS;
    private static final Duration ANSWER_AT_ONCE_WITHIN = Duration.ofSeconds(10);

    private final SolveJobs jobs;
    private final Clock clock;

    AllocationApi(SolveJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** A solve job as its owner follows it; the plan once it is done. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JobView(String id, SolveJobs.State state, double timeLimitSeconds, double runningSeconds,
            java.time.Instant submittedAt, java.time.Instant finishedAt, String problem, Plan plan) {
        static JobView of(SolveJobs.Job job, java.time.Instant now) {
            return new JobView(job.id(), job.state(), job.timeLimitSeconds(), job.runningSeconds(now),
                    job.submittedAt(), job.finishedAt(), job.problem(), job.plan());
        }
    }

    @PostMapping("/api/v1/logistics/allocation/solve")
    @Operation(summary = "Solve a self-contained allocation instance (what-if; any logged-in user, at most 30 s of "
            + "solving; logistics officers and the secretariat up to 300 s): coverage, then equity, then cost. A solve "
            + "done within 10 s answers 200 with the plan; a longer one 202 with the job (Location) to follow; 429 with "
            + "Retry-After when the solvers' queue is full or two of your what-ifs are unfinished")
    ResponseEntity<?> solve(Actor actor, @RequestBody Instance instance) {
        actor.requireAuthenticated();
        if (instance == null) {
            throw new InvalidInput("body", "an instance is required");
        }
        double cap = actor.hasAnyRole(Role.LOGISTICS_OFFICER, Role.SECRETARIAT) ? OFFICER_LIMIT_SECONDS
                : WHAT_IF_LIMIT_SECONDS;
        if (instance.options() != null && instance.options().timeLimitSeconds() != null
                && instance.options().timeLimitSeconds() > cap) {
            throw new InvalidInput("options.timeLimitSeconds", "may be at most " + (long) cap + " seconds for your role");
        }
        Instance capped = instance.validate();
        if (capped.options().timeLimit() > cap) {
            capped = capped.withTimeLimit(cap);
        }
        SolveJobs.Job job = jobs.await(jobs.submit(actor.username(), true, capped).id(), ANSWER_AT_ONCE_WITHIN);
        if (job.state() == SolveJobs.State.DONE) {
            return ResponseEntity.ok(job.plan());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/logistics/allocation/jobs/" + job.id()))
                .body(JobView.of(job, clock.instant()));
    }

    @GetMapping("/api/v1/logistics/allocation/jobs/{id}")
    @Operation(summary = "A what-if solve of yours: queued, running (for how long, of at most how long), done (with "
            + "the plan), failed or cancelled")
    JobView job(Actor actor, @PathVariable String id) {
        actor.requireAuthenticated();
        return JobView.of(jobs.get(id, actor.username()).orElseThrow(() -> new NotFound("solve job", id)),
                clock.instant());
    }

    @DeleteMapping("/api/v1/logistics/allocation/jobs/{id}")
    @Operation(summary = "Cancel a what-if solve of yours that has not finished")
    JobView cancel(Actor actor, @PathVariable String id) {
        actor.requireAuthenticated();
        return JobView.of(jobs.cancel(id, actor.username()).orElseThrow(() -> new NotFound("solve job", id)),
                clock.instant());
    }
}
