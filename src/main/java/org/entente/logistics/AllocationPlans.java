package org.entente.logistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** A plan's lifecycle, written once: a proposal is approved or withdrawn; a decided plan stays as it is. */
    public enum Status {
        PROPOSED, APPROVED, WITHDRAWN;

        public boolean canMoveTo(Status next) {
            return this == PROPOSED && (next == APPROVED || next == WITHDRAWN);
        }
    }

    /**
     * A stored plan as its reader may see it: its header and the engine's answer, without the lines of requests the
     * reader may not read and with every figure counted over the lines left ({@link VisiblePlan}).
     */
    public record StoredPlan(long id, long crisis, Status status, double coverage, double cost, Instant createdAt,
            String createdBy, Instant decidedAt, String decidedBy, Plan plan) {
    }

    /** One draw of a plan: so much of a lot goes to a request line at a destination, along a path, at a cost. */
    /** One flow of an approved plan: its path as node codes and its links as ids, space-separated. */
    record Draw(String warehouse, String commodity, String lot, String owner, double quantity, long request, int line,
            String destination, String path, String links, double cost) {
    }

    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
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

    AllocationPlans(JdbcClient jdbc, CrisisRoom crises, AssistanceRequests requests, Catalogue catalogue,
            AuditTrail audit, Clock clock, JsonMapper json, Shipments shipments,
            Pledges pledges, PlanDrafts drafts, org.entente.allocation.SolveJobs solver,
            org.springframework.transaction.PlatformTransactionManager transactions,
            ApplicationEventPublisher events, StockCards stock) {
        this.stock = stock;
        this.events = events;
        this.drafts = drafts;
        this.solver = solver;
        this.writing = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.shipments = shipments;
        this.pledges = pledges;
        this.jdbc = jdbc;
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
            return String.valueOf(writing.execute(status -> store(actor, crisisId, draft, plan)).id());
        });
    }

    /** Cancels the making of a plan, for the one who started it; nothing is stored. */
    public java.util.Optional<org.entente.allocation.SolveJobs.Job> cancelProposal(Actor actor, String jobId) {
        return solver.cancel(jobId, actor.username());
    }

    /** The job of a plan being made, for the one who started it. */
    public java.util.Optional<org.entente.allocation.SolveJobs.Job> proposal(Actor actor, String jobId) {
        return solver.get(jobId, actor.username());
    }

    private StoredPlan store(Actor actor, long crisisId, PlanDrafts.Draft draft, Plan plan) {
        Crisis crisis = draft.crisis();
        Instance instance = draft.instance();
        List<Object[]> lineKeys = draft.lineKeys();
        List<Object[]> lots = draft.lots();
        List<LogisticsLink> networkLinks = draft.networkLinks();
        Instant now = clock.instant();
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into allocation_plan (crisis, status, plan_json, coverage, cost, created_at, created_by, version)
                values (?, 'PROPOSED', ?, ?, ?, ?, ?, 0)""")
                .params(crisisId, json.writeValueAsString(plan), plan.coverage(), plan.cost(), Timestamp.from(now),
                        actor.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        int index = 0;
        for (int r = 0; r < plan.requests().size(); r++) {
            Plan.RequestResult result = plan.requests().get(r);
            Object[] key = lineKeys.get(r);
            for (Plan.Flow flow : result.flows()) {
                Object[] lot = lots.get(flow.stock());
                // The links by id, as the network has them: the shipment's legs are taken from them on approval.
                String route = flow.links().stream().map(e -> String.valueOf(networkLinks.get(e).id()))
                        .collect(java.util.stream.Collectors.joining(" "));
                jdbc.sql("""
                        insert into allocation_draw (plan, list_index, warehouse, commodity, lot, owner_party, quantity,
                            request, line, destination, path, links, cost) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, index++, lot[0], lot[1], lot[2], lot[3], flow.quantity(), key[0], key[1],
                                instance.requests().get(r).node(), String.join(" ", flow.path()), route.isEmpty() ? null : route,
                                flow.cost())
                        .update();
            }
        }
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "plan.proposed", "AllocationPlan",
                String.valueOf(id), "proposed an allocation plan for " + draft.lines() + " request line(s) of crisis #"
                        + crisisId + " with " + index + " draw(s)"));
        return get(actor, id);
    }

    /**
     * The decision holder for every kind of resource the plan moves approves it: each draw reserves its lot, and if
     * any lot no longer has the stock free (another plan was approved, stock was issued), nothing is reserved.
     */
    @Transactional
    public StoredPlan approve(Actor actor, long planId) {
        StoredPlan plan = get(actor, planId);
        if (!plan.status().canMoveTo(Status.APPROVED)) {
            throw new Conflict(plan.status() == Status.WITHDRAWN ? "plan #" + planId + " was withdrawn; make a new plan"
                    : "plan #" + planId + " is approved already");
        }
        List<Draw> draws = draws(planId);
        Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
        draws.forEach(d -> kinds.add(ResourceKind.valueOf(catalogue.get(d.commodity()).category().name())));
        List<ResourceKind> missing = kinds.stream().filter(k -> !crises.decides(actor, plan.crisis(), k)).toList();
        if (!missing.isEmpty()) {
            throw new AccessDenied("approving needs the decision right for " + missing + " in this crisis");
        }
        requireLinesStillOpen(plan, draws);
        int changed = jdbc.sql("""
                update allocation_plan set status = 'APPROVED', decided_at = ?, decided_by = ?, version = version + 1
                where id = ? and status = 'PROPOSED'""")
                .params(Timestamp.from(clock.instant()), actor.username(), planId).update();
        if (changed == 0) {
            throw new Conflict("plan #" + planId + " was decided at the same time");
        }
        // Lots are locked in one order, so that two approvals drawing on the same lots never wait on each other.
        Map<StockLot.Key, Double> byLot = new java.util.TreeMap<>();
        draws.forEach(d -> byLot.merge(new StockLot.Key(d.warehouse(), d.commodity(), d.lot(), d.owner()), d.quantity(),
                Double::sum));
        byLot.forEach((lot, quantity) -> {
            // A pledge not yet received is reserved on the pledge itself. A refusal rolls back every reservation made
            // so far in this approval.
            if (!stock.reserve(lot, quantity)
                    && !pledges.reserve(lot.lot(), lot.warehouse(), lot.commodity(), lot.owner(), quantity)) {
                throw new Conflict("lot " + lot.lot() + " at " + lot.warehouse() + " no longer has the stock this plan "
                        + "draws on; make a new plan");
            }
        });
        int made = shipments.fromPlan(plan.crisis(), planId, draws);
        audit.record(new AuditEvent(actor, crises.get(actor, plan.crisis()).leadParty().value(), "plan.approved",
                "AllocationPlan", String.valueOf(planId), "approved allocation plan #" + planId + ", reserving "
                        + draws.size() + " draw(s) and planning " + made + " shipment(s)"));
        events.publishEvent(new PlanApproved(planId, plan.crisis()));
        return get(actor, planId);
    }

    /**
     * Withdraws a proposal nobody will approve (it went stale, or a better one was made): whoever may make plans for
     * the crisis. It reserves nothing, so nothing is released; it stays on record as withdrawn.
     */
    @Transactional
    public StoredPlan withdraw(Actor actor, long planId) {
        StoredPlan plan = get(actor, planId);
        PlanDrafts.requirePlanner(actor, crises.get(actor, plan.crisis()));
        if (!plan.status().canMoveTo(Status.WITHDRAWN)) {
            throw new Conflict(plan.status() == Status.WITHDRAWN ? "plan #" + planId + " was withdrawn already"
                    : "plan #" + planId + " is approved and cannot be withdrawn");
        }
        int changed = jdbc.sql("""
                update allocation_plan set status = 'WITHDRAWN', decided_at = ?, decided_by = ?, version = version + 1
                where id = ? and status = 'PROPOSED'""")
                .params(Timestamp.from(clock.instant()), actor.username(), planId).update();
        if (changed == 0) {
            throw new Conflict("plan #" + planId + " was decided at the same time");
        }
        audit.record(new AuditEvent(actor, crises.get(actor, plan.crisis()).leadParty().value(), "plan.withdrawn",
                "AllocationPlan", String.valueOf(planId), "withdrew allocation plan #" + planId));
        return get(actor, planId);
    }

    /**
     * A plan may be approved only while every request line it serves still needs what it sends: plans made one after
     * another from the same open line would otherwise each reserve it in full. The lines' requests are locked first
     * (in id order), so of two plans approved at once for the same line the second sees the first's reservation.
     */
    private void requireLinesStillOpen(StoredPlan plan, List<Draw> draws) {
        Map<String, Double> planned = new java.util.TreeMap<>();
        draws.forEach(d -> planned.merge(d.request() + "/" + d.line(), d.quantity(), Double::sum));
        List<Long> requestIds = draws.stream().map(Draw::request).distinct().sorted().toList();
        for (long id : requestIds) {
            jdbc.sql("select id from assistance_request where id = ? for update").param(id).query(Long.class).optional();
        }
        Map<String, Double> reserved = drafts.reservedByLine(plan.crisis());
        for (long id : requestIds) {
            AssistanceRequest request = requests.get(id);
            boolean open = request.status() == AssistanceRequest.Status.APPROVED
                    || request.status() == AssistanceRequest.Status.PARTIALLY_FULFILLED;
            for (var entry : planned.entrySet()) {
                if (!entry.getKey().startsWith(id + "/")) {
                    continue;
                }
                int line = Integer.parseInt(entry.getKey().substring(entry.getKey().indexOf('/') + 1));
                AssistanceRequest.Line l = request.lines().get(line);
                double stillNeeded = open ? l.quantity() - l.delivered() - reserved.getOrDefault(entry.getKey(), 0.0) : 0;
                if (entry.getValue() > stillNeeded + 1e-6) {
                    throw new Conflict("line " + (line + 1) + " of request #" + id + " (" + l.commodity() + ") now needs "
                            + Math.max(0, stillNeeded) + ", not the " + entry.getValue() + " this plan sends: another "
                            + "plan was approved for it or the request changed; make a new plan");
                }
            }
        }
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
        return jdbc.sql("select * from allocation_plan where crisis = ? order by created_at desc, id desc")
                .param(crisisId).query((rs, n) -> map(rs)).list().stream().map(p -> redact(p, lines)).toList();
    }

    @Transactional(readOnly = true)
    public StoredPlan get(Actor actor, long planId) {
        actor.requireAuthenticated();
        StoredPlan plan = jdbc.sql("select * from allocation_plan where id = ?").param(planId).query((rs, n) -> map(rs))
                .optional().orElseThrow(() -> new NotFound("plan", planId));
        crises.get(actor, plan.crisis());
        return redact(plan, linesOf(requests.ofCrisis(actor, plan.crisis())));
    }

    /** The lines of the readable requests, by the plan's line id ("request/line"). */
    private Map<String, VisiblePlan.Line> linesOf(List<AssistanceRequest> readable) {
        Map<String, VisiblePlan.Line> lines = new HashMap<>();
        for (AssistanceRequest r : readable) {
            for (int i = 0; i < r.lines().size(); i++) {
                String commodity = r.lines().get(i).commodity();
                lines.put(r.id() + "/" + i, new VisiblePlan.Line(commodity, catalogue.get(commodity).unitWeightKg()));
            }
        }
        return lines;
    }

    /**
     * The plan without the lines of requests outside the reader's red lines, its figures counted over the lines left
     * (see {@link VisiblePlan}), and its header's coverage and cost with them.
     */
    private static StoredPlan redact(StoredPlan stored, Map<String, VisiblePlan.Line> readable) {
        Plan visible = VisiblePlan.of(stored.plan(), readable);
        if (visible == stored.plan()) {
            return stored;
        }
        return new StoredPlan(stored.id(), stored.crisis(), stored.status(), visible.coverage(), visible.cost(),
                stored.createdAt(), stored.createdBy(), stored.decidedAt(), stored.decidedBy(), visible);
    }

    List<Draw> draws(long planId) {
        return jdbc.sql("select * from allocation_draw where plan = ? order by list_index").param(planId)
                .query((rs, n) -> new Draw(rs.getString("warehouse"), rs.getString("commodity"), rs.getString("lot"),
                        rs.getString("owner_party"), rs.getDouble("quantity"), rs.getLong("request"), rs.getInt("line"),
                        rs.getString("destination"), rs.getString("path"), rs.getString("links"), rs.getDouble("cost")))
                .list();
    }

    private StoredPlan map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new StoredPlan(rs.getLong("id"), rs.getLong("crisis"), Status.valueOf(rs.getString("status")),
                rs.getDouble("coverage"), rs.getDouble("cost"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
                json.readValue(rs.getString("plan_json"), Plan.class));
    }
}
