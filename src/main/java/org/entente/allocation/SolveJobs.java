package org.entente.allocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.entente.shared.Labelled;
import org.entente.shared.TooManyAttempts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Solves as jobs: at most as many at once as the machine has cores (more would only slow each one down), a short
 * queue behind them, and a 429 with {@code Retry-After} when the queue is full, so that no caller ties up a request
 * thread and a database connection for the minutes a large solve takes. A job's state, phase and elapsed time can be
 * read while it runs; a queued job can be cancelled, and so can a running one: the engine stops at its next check
 * ({@link AllocationEngine.Stop}) and the answer is dropped. Jobs are kept
 * in memory for an hour after they finish: a what-if is a question, not a record.
 */
@Service
public class SolveJobs {

    /** Where a job stands. */
    @Labelled.NotShown("pages describe a job in sentences (plan.jobQueued, plan.jobRunning, ...)")
    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /** A job as its owner reads it: the plan once it is done. */
    /**
     * @param reference what the caller made of the plan once done (the id of a stored plan), or null
     * @param problem   why the job failed, in words a person may read, or null
     */
    public record Job(String id, String owner, boolean whatIf, State state, double timeLimitSeconds,
            Instant submittedAt, Instant startedAt, Instant finishedAt, Plan plan, String reference, String problem) {

        /** Seconds the job has run, or ran. */
        public double runningSeconds(Instant now) {
            if (startedAt == null) {
                return 0;
            }
            return Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis() / 1000.0;
        }

        public boolean finished() {
            return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SolveJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final java.util.function.BiFunction<Instance, AllocationEngine.Stop, Plan> engine;
    private final Map<String, AllocationEngine.Stop> stops = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor solvers;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private final int whatIfsPerUser;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    SolveJobs(@Value("${entente.allocation.solvers:0}") int solvers,
            @Value("${entente.allocation.queue:8}") int queue,
            @Value("${entente.allocation.what-ifs-per-user:2}") int whatIfsPerUser, Clock clock) {
        this(solvers, queue, whatIfsPerUser, clock, engine());
    }

    private static java.util.function.BiFunction<Instance, AllocationEngine.Stop, Plan> engine() {
        AllocationEngine engine = new AllocationEngine();
        return engine::solve;
    }

    /** With another solver in place of the engine, for tests of the queue itself. */
    SolveJobs(int solvers, int queue, int whatIfsPerUser, Clock clock, java.util.function.Function<Instance, Plan> engine) {
        this(solvers, queue, whatIfsPerUser, clock, (instance, stop) -> engine.apply(instance));
    }

    SolveJobs(int solvers, int queue, int whatIfsPerUser, Clock clock,
            java.util.function.BiFunction<Instance, AllocationEngine.Stop, Plan> engine) {
        this.engine = engine;
        int threads = solvers > 0 ? solvers : Runtime.getRuntime().availableProcessors();
        this.solvers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread thread = new Thread(r, "solver");
                    thread.setDaemon(true);
                    return thread;
                });
        this.whatIfsPerUser = whatIfsPerUser;
        this.clock = clock;
    }

    /**
     * Queues a solve. A what-if counts against its owner's limit of unfinished what-ifs; a full queue or a reached
     * limit is a {@link TooManyAttempts} with the seconds to wait.
     */
    public Job submit(String owner, boolean whatIf, Instance instance) {
        return submit(owner, whatIf, instance, plan -> null);
    }

    /**
     * Queues a solve whose plan the caller makes something of when it is done, on the solver's thread (stores it,
     * say): what that returns is the job's {@code reference}. If it refuses with a rule of the domain, the job fails
     * with that rule's words.
     */
    public Job submit(String owner, boolean whatIf, Instance instance, java.util.function.Function<Plan, String> whenDone) {
        forgetOld();
        if (whatIf && jobs.values().stream().filter(j -> j.owner().equals(owner) && j.whatIf() && !j.finished())
                .count() >= whatIfsPerUser) {
            throw new TooManyAttempts("you have " + whatIfsPerUser + " what-if solves unfinished; wait for one to "
                    + "finish or cancel it", 5L);
        }
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, owner, whatIf, State.QUEUED, instance.options().timeLimit(), clock.instant(), null, null,
                null, null, null);
        jobs.put(id, job);
        try {
            running.put(id, solvers.submit(() -> run(id, instance, whenDone)));
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            throw new TooManyAttempts("the solvers are all busy and their queue is full; try again shortly",
                    Math.max(1, Math.round(instance.options().timeLimit() / 2)));
        }
        return job;
    }

    private void run(String id, Instance instance, java.util.function.Function<Plan, String> whenDone) {
        // The stop is there before the job counts as running, so that a cancellation from then on reaches the engine.
        AllocationEngine.Stop stop = new AllocationEngine.Stop();
        stops.put(id, stop);
        Job queued = jobs.computeIfPresent(id, (k, j) -> j.state() == State.QUEUED ? withState(j, State.RUNNING) : j);
        if (queued == null || queued.state() != State.RUNNING) {
            stops.remove(id);
            return;
        }
        try {
            Plan plan = engine.apply(instance, stop);
            if (jobs.get(id) == null || jobs.get(id).state() != State.RUNNING) {
                return;
            }
            String reference;
            try {
                reference = whenDone.apply(plan);
            } catch (org.entente.shared.Conflict | org.entente.shared.InvalidInput | org.entente.shared.AccessDenied e) {
                jobs.computeIfPresent(id, (k, j) -> failed(j, e.getMessage()));
                return;
            }
            jobs.computeIfPresent(id, (k, j) -> j.state() == State.RUNNING ? done(j, plan, reference) : j);
        } catch (RuntimeException e) {
            log.warn("solve {} failed: {}", id, e.getClass().getSimpleName());
            jobs.computeIfPresent(id, (k, j) -> failed(j, "the solver could not make a plan"));
        } finally {
            running.remove(id);
            stops.remove(id);
        }
    }

    /** The job, for its owner only. */
    public Optional<Job> get(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner().equals(owner));
    }

    /** Cancels a job of the owner's that has not finished; the job as it is then. */
    public Optional<Job> cancel(String id, String owner) {
        Optional<Job> job = get(id, owner);
        job.filter(j -> !j.finished()).ifPresent(j -> {
            jobs.computeIfPresent(id, (k, current) -> current.finished() ? current : withState(current, State.CANCELLED));
            // A running solve ends at the engine's next check; its answer is dropped.
            Optional.ofNullable(stops.get(id)).ifPresent(AllocationEngine.Stop::request);
            Future<?> future = running.remove(id);
            if (future != null) {
                future.cancel(true);
            }
            solvers.purge();
        });
        return get(id, owner);
    }

    /**
     * Waits up to the given time for the job to finish, and answers it as it then is. The caller holds no
     * transaction while it waits.
     */
    public Job await(String id, Duration atMost) {
        Future<?> future = running.get(id);
        if (future != null) {
            try {
                future.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException | java.util.concurrent.CancellationException e) {
                // The job says how it stands.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return jobs.get(id);
    }

    /** How many solves run and wait now. */
    public int running() {
        return solvers.getActiveCount();
    }

    public int queued() {
        return solvers.getQueue().size();
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> j.finished() && j.finishedAt() != null && j.finishedAt().isBefore(before));
    }

    private Job withState(Job j, State state) {
        Instant now = clock.instant();
        return new Job(j.id(), j.owner(), j.whatIf(), state, j.timeLimitSeconds(), j.submittedAt(),
                state == State.RUNNING ? now : j.startedAt(), state == State.CANCELLED ? now : j.finishedAt(), j.plan(),
                j.reference(), j.problem());
    }

    private Job done(Job j, Plan plan, String reference) {
        return new Job(j.id(), j.owner(), j.whatIf(), State.DONE, j.timeLimitSeconds(), j.submittedAt(), j.startedAt(),
                clock.instant(), plan, reference, null);
    }

    private Job failed(Job j, String problem) {
        return new Job(j.id(), j.owner(), j.whatIf(), State.FAILED, j.timeLimitSeconds(), j.submittedAt(),
                j.startedAt(), clock.instant(), null, null, problem);
    }
}
