package org.entente.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.ResourceKind;
import org.entente.allocation.Instance;
import org.entente.allocation.Plan;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Allocation plans made from live data: the stock on hand and not yet reserved, the network as it stands, and the
 * open lines of a crisis's approved requests. A plan is a proposal until the holder of the decision right for every
 * kind of resource it moves approves it; approval reserves the stock it draws on, lot by lot, in one transaction, so
 * two plans can never reserve the same stock: the second approval finds the stock taken and is refused. The crisis's
 * pledges to procure that name a warehouse count as stock there from their date (see {@link Pledges}); approval
 * reserves on the pledge what a plan draws on it until the goods are received.
 */
@Service
public class AllocationPlans {

    /**
     * A stored plan as its reader may see it: its header and what it achieves, without the lines of requests the
     * reader may not read and with every figure counted over the lines left ({@link VisiblePlan}).
     */
    public record StoredPlan(long id, long crisis, AllocationPlan.Status status, double coverage, double cost,
            Instant createdAt, String createdBy, Instant decidedAt, String decidedBy, PlanOutcome plan) {
    }

    private final ApplicationEventPublisher events;
    private final AllocationPlanStore store;
    private final CrisisRoom crises;
    private final AssistanceRequests requests;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json;
    private final PlanDrafts drafts;
    private final org.entente.allocation.SolveJobs solver;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;
    private final org.springframework.transaction.support.TransactionTemplate writing;
    private final Shipments shipments;
    private final Pledges pledges;
    private final StockCards stock;

    AllocationPlans(AllocationPlanStore store, CrisisRoom crises, AssistanceRequests requests, Catalogue catalogue,
            AuditTrail audit, Clock clock, JsonMapper json, Shipments shipments,
            Pledges pledges, PlanDrafts drafts, org.entente.allocation.SolveJobs solver,
            org.springframework.transaction.PlatformTransactionManager transactions,
            ApplicationEventPublisher events, StockCards stock) {
        this.store = store;
        this.stock = stock;
        this.events = events;
        this.drafts = drafts;
        this.solver = solver;
        this.writing = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.shipments = shipments;
        this.pledges = pledges;
        this.crises = crises;
        this.requests = requests;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Makes a plan for the crisis's approved requests from the stock free now, waiting until it is made (the API and
     * the demo); the page follows the job of {@link #startProposal} instead. A full queue is a 429.
     */
    public StoredPlan propose(Actor actor, long crisisId) {
        org.entente.allocation.SolveJobs.Job started = startProposal(actor, crisisId);
        org.entente.allocation.SolveJobs.Job job = solver.await(started.id(),
                Duration.ofSeconds((long) Math.ceil(started.timeLimitSeconds()) + 120));
        return switch (job.state()) {
            case DONE -> get(actor, Long.parseLong(job.reference()));
            case FAILED -> throw new Conflict(job.problem());
            default -> throw new Conflict("the plan is still being made; follow it on the crisis's requests page");
        };
    }

    /**
     * Starts making a plan and answers at once with the solve job, which a page follows while it runs: the instance
     * is read in one read-only transaction, solved on the solvers' queue with no transaction open (a large solve takes
     * minutes), and the plan stored in a transaction of its own when the solve is done (its id is the job's
     * reference). Any logistics officer, the secretariat, or the crisis's focal points.
     */
    public org.entente.allocation.SolveJobs.Job startProposal(Actor actor, long crisisId) {
        PlanDrafts.Draft draft = readOnly.execute(status -> drafts.draft(actor, crisisId));
        return solver.submit(actor.username(), false, draft.instance(), plan -> {
            if (plan.status() == Plan.Status.NOT_SOLVED) {
                throw new Conflict("the solver could not make a plan; try again or simplify the requests");
            }
            return String.valueOf(writing.execute(status -> store(actor, draft, plan)).id());
        });
    }

    /** Cancels the making of a plan, for the one who started it; nothing is stored. */
    public Optional<org.entente.allocation.SolveJobs.Job> cancelProposal(Actor actor, String jobId) {
        return solver.cancel(jobId, actor.username());
    }

    /** The job of a plan being made, for the one who started it. */
    public Optional<org.entente.allocation.SolveJobs.Job> proposal(Actor actor, String jobId) {
        return solver.get(jobId, actor.username());
    }

    /** The engine's answer as a proposal: its outcome in this module's terms, and a draw for each of its flows. */
    private AllocationPlan store(Actor actor, PlanDrafts.Draft draft, Plan plan) {
        List<AllocationPlan.Draw> draws = new ArrayList<>();
        for (int r = 0; r < plan.requests().size(); r++) {
            RequestLine line = draft.lines().get(r);
            String destination = draft.instance().requests().get(r).node();
            for (Plan.Flow flow : plan.requests().get(r).flows()) {
                StockLot.Key lot = draft.lots().get(flow.stock());
                // The links by id, as the network has them: the shipment's legs are taken from them on approval.
                String route = flow.links().stream().map(e -> String.valueOf(draft.networkLinks().get(e).id()))
                        .collect(java.util.stream.Collectors.joining(" "));
                draws.add(new AllocationPlan.Draw(lot.warehouse(), lot.commodity(), lot.lot(), lot.owner(),
                        flow.quantity(), line.request(), line.line(), destination, String.join(" ", flow.path()),
                        route.isEmpty() ? null : route, flow.cost()));
            }
        }
        AllocationPlan saved = store.save(AllocationPlan.propose(draft.crisis().id(),
                json.writeValueAsString(PlanOutcome.of(plan)), plan.coverage(), plan.cost(), draws, clock.instant(),
                actor.username()));
        audit.record(new AuditEvent(actor, draft.crisis().leadParty().value(), "plan.proposed", "AllocationPlan",
                String.valueOf(saved.id()), "proposed an allocation plan for " + draft.lines().size()
                        + " request line(s) of crisis #" + draft.crisis().id() + " with " + draws.size() + " draw(s)"));
        return saved;
    }

    /**
     * The decision holder for every kind of resource the plan moves approves it, while every line it serves still
     * needs what it sends: each lot it draws on is reserved (or the pledge, for goods not yet received), and if any no
     * longer has the stock free, nothing is. Its shipments are planned in the same transaction.
     */
    @Transactional
    public StoredPlan approve(Actor actor, long planId) {
        AllocationPlan plan = store.findLockedById(planId).orElseThrow(() -> new NotFound("plan", planId));
        Crisis crisis = crises.get(actor, plan.crisis());
        requireReadable(actor, plan);
        plan.approve(actor.username(), clock.instant());
        Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
        plan.draws().forEach(d -> kinds.add(ResourceKind.valueOf(catalogue.get(d.commodity()).category().name())));
        List<ResourceKind> missing = kinds.stream().filter(k -> !crises.decides(actor, plan.crisis(), k)).toList();
        if (!missing.isEmpty()) {
            throw new AccessDenied("approving needs the decision right for " + missing + " in this crisis");
        }
        requireStillNeeded(plan);
        // Lots in one order, so that two approvals drawing on the same lots never wait on each other. A refusal rolls
        // back every reservation made so far in this approval.
        plan.drawnPerLot().forEach((lot, quantity) -> {
            if (!stock.reserve(lot, quantity)
                    && !pledges.reserve(lot.lot(), lot.warehouse(), lot.commodity(), lot.owner(), quantity)) {
                throw new Conflict("lot " + lot.lot() + " at " + lot.warehouse() + " no longer has the stock this plan "
                        + "draws on; make a new plan");
            }
        });
        store.save(plan);
        int made = shipments.fromPlan(plan);
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "plan.approved", "AllocationPlan",
                String.valueOf(planId), "approved allocation plan #" + planId + ", reserving " + plan.draws().size()
                        + " draw(s) and planning " + made + " shipment(s)"));
        events.publishEvent(new PlanApproved(planId, plan.crisis()));
        return get(actor, planId);
    }

    /**
     * Withdraws a proposal nobody will approve (it went stale, or a better one was made): whoever may make plans for
     * the crisis. It reserves nothing, so nothing is released; it stays on record as withdrawn.
     */
    @Transactional
    public StoredPlan withdraw(Actor actor, long planId) {
        AllocationPlan plan = store.findLockedById(planId).orElseThrow(() -> new NotFound("plan", planId));
        Crisis crisis = crises.get(actor, plan.crisis());
        requireReadable(actor, plan);
        PlanDrafts.requirePlanner(actor, crisis);
        plan.withdraw(actor.username(), clock.instant());
        store.save(plan);
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "plan.withdrawn", "AllocationPlan",
                String.valueOf(planId), "withdrew allocation plan #" + planId));
        return get(actor, planId);
    }

    /**
     * What each line the plan serves still needs: its quantity less what was delivered and what is on its way. The
     * lines' requests are locked first, in id order, so that of two plans approved at once for the same line the
     * second sees the first's shipments.
     */
    private void requireStillNeeded(AllocationPlan plan) {
        Map<RequestLine, Double> planned = plan.plannedPerLine();
        List<Long> requestIds = planned.keySet().stream().map(RequestLine::request).distinct().sorted().toList();
        requestIds.forEach(requests::lock);
        Map<RequestLine, Double> onTheirWay = drafts.onTheirWay(plan.crisis());
        Map<RequestLine, Double> stillNeeded = new HashMap<>();
        Map<RequestLine, String> commodities = new HashMap<>();
        for (long id : requestIds) {
            AssistanceRequest request = requests.get(id);
            boolean open = request.status() == AssistanceRequest.Status.APPROVED
                    || request.status() == AssistanceRequest.Status.PARTIALLY_FULFILLED;
            for (RequestLine line : planned.keySet()) {
                if (line.request() == id && line.line() < request.lines().size()) {
                    AssistanceRequest.Line l = request.lines().get(line.line());
                    commodities.put(line, l.commodity());
                    stillNeeded.put(line, open ? l.quantity() - l.delivered() - onTheirWay.getOrDefault(line, 0.0) : 0);
                }
            }
        }
        plan.requireStillNeeded(stillNeeded, commodities);
    }

    @Transactional(readOnly = true)
    public List<StoredPlan> ofCrisis(Actor actor, long crisisId) {
        actor.requireAuthenticated();
        crises.get(actor, crisisId);
        return ofCrisis(actor, crisisId, requests.ofCrisis(actor, crisisId));
    }

    /**
     * The same, for a caller that has just read the crisis's requests through the red lines (a page showing them all):
     * the disclosures were logged then, once.
     */
    @Transactional(readOnly = true)
    public List<StoredPlan> ofCrisis(Actor actor, long crisisId, List<AssistanceRequest> readable) {
        actor.requireAuthenticated();
        Map<String, VisiblePlan.Line> lines = linesOf(readable);
        return store.findByCrisisOrderByCreatedAtDescIdDesc(crisisId).stream().map(p -> shown(p, lines)).toList();
    }

    @Transactional(readOnly = true)
    public StoredPlan get(Actor actor, long planId) {
        actor.requireAuthenticated();
        AllocationPlan plan = store.findById(planId).orElseThrow(() -> new NotFound("plan", planId));
        crises.get(actor, plan.crisis());
        return shown(plan, linesOf(requests.ofCrisis(actor, plan.crisis())));
    }

    /** A plan that serves no line the reader may read is, for that reader, not there to decide. */
    private void requireReadable(Actor actor, AllocationPlan plan) {
        get(actor, plan.id());
    }

    /** The lines of the readable requests, by the plan's line id ("request/line"). */
    private Map<String, VisiblePlan.Line> linesOf(List<AssistanceRequest> readable) {
        Map<String, VisiblePlan.Line> lines = new HashMap<>();
        for (AssistanceRequest r : readable) {
            for (int i = 0; i < r.lines().size(); i++) {
                String commodity = r.lines().get(i).commodity();
                lines.put(new RequestLine(r.id(), i).toString(),
                        new VisiblePlan.Line(commodity, catalogue.get(commodity).unitWeightKg()));
            }
        }
        return lines;
    }

    /**
     * The plan without the lines of requests outside the reader's red lines, its figures counted over the lines left
     * (see {@link VisiblePlan}), and its header's coverage and cost with them.
     */
    private StoredPlan shown(AllocationPlan plan, Map<String, VisiblePlan.Line> readable) {
        PlanOutcome outcome = json.readValue(plan.planJson(), PlanOutcome.class);
        PlanOutcome visible = VisiblePlan.of(outcome, readable);
        boolean whole = visible == outcome;
        return new StoredPlan(plan.id(), plan.crisis(), plan.status(), whole ? plan.coverage() : visible.coverage(),
                whole ? plan.cost() : visible.cost(), plan.createdAt(), plan.createdBy(), plan.decidedAt(),
                plan.decidedBy(), visible);
    }
}
