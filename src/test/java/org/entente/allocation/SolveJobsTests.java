package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.entente.shared.TooManyAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The solvers' queue: bounded, fair to each user's what-ifs, readable while it runs, cancellable. */
class SolveJobsTests {

    private final CountDownLatch release = new CountDownLatch(1);
    private final Instance instance = InstanceGenerator.generate(InstanceGenerator.S, 1);
    private final Plan answer = new AllocationEngine().solve(instance);

    private SolveJobs jobs(int solvers, int queue) {
        return new SolveJobs(solvers, queue, 2, Clock.systemUTC(), i -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        });
    }

    @AfterEach
    void letGo() {
        release.countDown();
    }

    @Test
    void aSolveBeyondTheRunningAndTheQueuedIsRefusedWithATimeToWait() {
        SolveJobs jobs = jobs(1, 1);
        jobs.submit("a", false, instance);
        jobs.submit("b", false, instance);

        assertThatThrownBy(() -> jobs.submit("c", false, instance)).isInstanceOf(TooManyAttempts.class)
                .satisfies(e -> assertThat(((TooManyAttempts) e).retryAfterSeconds()).isPresent());
    }

    @Test
    void aUserHasAtMostTwoWhatIfsUnfinished() {
        SolveJobs jobs = jobs(1, 8);
        jobs.submit("planner", true, instance);
        jobs.submit("planner", true, instance);

        assertThatThrownBy(() -> jobs.submit("planner", true, instance)).isInstanceOf(TooManyAttempts.class)
                .hasMessageContaining("2 what-if");
        assertThat(jobs.submit("someone else", true, instance).state()).isEqualTo(SolveJobs.State.QUEUED);
    }

    @Test
    void aJobIsReadByItsOwnerOnlyWhileItRunsAndWhenItIsDone() {
        SolveJobs jobs = jobs(1, 8);
        String id = jobs.submit("owner", true, instance).id();

        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> jobs.get(id, "owner").orElseThrow().state() == SolveJobs.State.RUNNING);
        assertThat(jobs.get(id, "another")).isEmpty();
        release.countDown();

        SolveJobs.Job done = jobs.await(id, Duration.ofSeconds(10));
        assertThat(done.state()).isEqualTo(SolveJobs.State.DONE);
        assertThat(done.plan()).isSameAs(answer);
        assertThat(done.runningSeconds(java.time.Instant.now())).isGreaterThanOrEqualTo(0);
    }

    @Test
    void cancellingARunningJobStopsTheEngine() {
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        SolveJobs jobs = new SolveJobs(1, 8, 2, Clock.systemUTC(), (i, stop) -> {
            // An engine that runs until it is stopped, as a large solve would until its time limit.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!stop.requested() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            stopped.set(stop.requested());
            return answer;
        });
        String id = jobs.submit("owner", true, instance).id();
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> jobs.get(id, "owner").orElseThrow().state() == SolveJobs.State.RUNNING);

        jobs.cancel(id, "owner");

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> jobs.running() == 0);
        assertThat(stopped).isTrue();
        assertThat(jobs.get(id, "owner").orElseThrow().state()).isEqualTo(SolveJobs.State.CANCELLED);
        assertThat(jobs.get(id, "owner").orElseThrow().plan()).isNull();
    }

    @Test
    void aCancelledJobNeverGivesItsAnswer() {
        SolveJobs jobs = jobs(1, 8);
        String running = jobs.submit("owner", true, instance).id();
        String queued = jobs.submit("owner", true, instance).id();

        assertThat(jobs.cancel(queued, "owner").orElseThrow().state()).isEqualTo(SolveJobs.State.CANCELLED);
        assertThat(jobs.cancel(running, "owner").orElseThrow().state()).isEqualTo(SolveJobs.State.CANCELLED);
        release.countDown();

        assertThat(jobs.await(running, Duration.ofSeconds(5)).plan()).isNull();
        assertThat(jobs.get(queued, "owner").orElseThrow().plan()).isNull();
        assertThat(jobs.cancel(running, "another")).isEmpty();
    }
}
