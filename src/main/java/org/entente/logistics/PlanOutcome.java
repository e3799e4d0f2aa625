package org.entente.logistics;

import java.util.List;
import java.util.Map;

import org.entente.allocation.Instance;
import org.entente.allocation.Plan;
import org.entente.shared.Labelled;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an allocation plan achieves, as this module keeps and shows it: the figures of each level, what each request
 * line receives and by which route, why a line falls short, and the greedy baseline beside it. It is made once from
 * the engine's answer ({@link #of(Plan)}) and stored with the plan, so that a stored plan reads the same whatever
 * the engine's own record becomes. What a plan moves, lot by lot, is kept apart as its draws
 * ({@link AllocationPlan.Draw}); a flow here names only its path, for people to read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanOutcome(Solve status, double coverage, double coverageUpperBound,
        Map<Instance.Priority, Double> equity, double cost, List<RequestResult> requests, Totals totals,
        Baseline baseline, Levels levels, boolean exact, int bindingLinks, String formulation, long solveMillis,
        Method method, Leximin leximin) {

    /** Whether each level was proven optimal (OPTIMAL), or the plan is valid and not proven so (FEASIBLE). */
    @Labelled("plan.solve")
    public enum Solve { OPTIMAL, FEASIBLE, NOT_SOLVED }

    /** The exact path-based programme, or the first-order method for large instances (see docs/allocation.md). */
    @Labelled("plan.method")
    public enum Method { SIMPLEX, FIRST_ORDER }

    /** Why a line gets less than it asked for. */
    @Labelled("plan.shortfall")
    public enum Shortfall { NO_STOCK, NO_ROUTE_IN_TIME, CLOSED_LINK, EXPIRY, LINK_CAPACITY, INSUFFICIENT_STOCK }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Leximin(int steps, boolean complete) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Levels(double coverage, Map<Instance.Priority, Double> equity, double cost) {
    }

    /** One route a line is served by: its path as node codes, how much, when it arrives and at what cost. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flow(String from, double quantity, List<String> path, double arrivalHour, double cost) {
    }

    /** What one request line (its {@code id} is {@code request/line}) receives, and why it falls short. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestResult(String id, Instance.Priority priority, double requested, double delivered,
            double fillRatio, Shortfall shortfallReason, List<Flow> flows) {

        public RequestLine line() {
            return RequestLine.parse(id);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(double requested, double delivered, double deliveredKg, int requestsFilled,
            int requestsPartly, int requestsUnserved) {
    }

    /** The greedy baseline, with what it delivers to and costs for each line, by the line's id. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Baseline(double coverage, Map<Instance.Priority, Double> equity, double cost, Totals totals,
            Map<String, Double> delivered, Map<String, Double> costs) {
    }

    /** The engine's answer, as this module keeps it. */
    static PlanOutcome of(Plan plan) {
        return new PlanOutcome(Solve.valueOf(plan.status().name()), plan.coverage(), plan.coverageUpperBound(),
                plan.equity(), plan.cost(), plan.requests().stream().map(r -> new RequestResult(r.id(), r.priority(),
                        r.requested(), r.delivered(), r.fillRatio(),
                        r.shortfallReason() == null ? null : Shortfall.valueOf(r.shortfallReason().name()),
                        r.flows().stream().map(f -> new Flow(f.from(), f.quantity(), f.path(), f.arrivalHour(), f.cost()))
                                .toList())).toList(),
                totals(plan.totals()), new Baseline(plan.baseline().coverage(), plan.baseline().equity(),
                        plan.baseline().cost(), totals(plan.baseline().totals()), plan.baseline().delivered(),
                        plan.baseline().costs()),
                plan.levels() == null ? null
                        : new Levels(plan.levels().coverage(), plan.levels().equity(), plan.levels().cost()),
                plan.exact(), plan.bindingLinks(), plan.formulation(), plan.solveMillis(),
                plan.method() == null ? null : Method.valueOf(plan.method().name()),
                plan.leximin() == null ? null : new Leximin(plan.leximin().steps(), plan.leximin().complete()));
    }

    private static Totals totals(Plan.Totals t) {
        return t == null ? null : new Totals(t.requested(), t.delivered(), t.deliveredKg(), t.requestsFilled(),
                t.requestsPartly(), t.requestsUnserved());
    }
}
