package org.entente.allocation;

import java.util.List;
import java.util.Map;

import org.entente.shared.Labelled;

/**
 * The answer to an instance: the solver's status, the value of each level of the objective with an upper bound on
 * the first, what each request receives and by which route, why a request falls short, and the same figures for
 * the greedy baseline so that users see what optimisation gained.
 *
 * @param exact whether levels 2 and 3 are proven optimal over all routes; they are always optimal over the candidate
 *              routes, and exact whenever no link capacity binds (see docs/allocation.md)
 */
public record Plan(Status status, double coverage, double coverageUpperBound, Map<Instance.Priority, Double> equity,
        double cost, List<RequestResult> requests, Totals totals, Baseline baseline, Levels levels, boolean exact,
        int bindingLinks, String formulation, long solveMillis, Method method, Leximin leximin) {

    /**
     * The leximin refinement of equity, when the options asked for it (else null): the steps taken over all
     * priorities, and whether they ran to the end or were cut short by their number or time.
     */
    public record Leximin(int steps, boolean complete) {
    }

    /**
     * How the plan was found. SIMPLEX: the exact path-based programme (GLOP), for instances up to a few hundred
     * thousand candidate routes. FIRST_ORDER: PDLP with a proven bound, for larger ones; never OPTIMAL, its gap is
     * the answer's (see docs/allocation.md). Plans stored before this field existed read null, meaning SIMPLEX.
     */
    @Labelled.NotShown("the engine's record; pages show logistics' PlanOutcome")
    public enum Method { SIMPLEX, FIRST_ORDER }

    /**
     * The optimum of each level as the linear programme found it, before whole units are taken for indivisible
     * commodities; the plan's own figures can be a little lower than these, never higher.
     */
    public record Levels(double coverage, Map<Instance.Priority, Double> equity, double cost) {
    }

    /**
     * OPTIMAL: every level solved to its optimum. FEASIBLE: a valid plan, not proven optimal ({@code exact} is then
     * false): the time limit stopped the search for better routes, or the instance was large enough for the
     * first-order method, whose coverage is within the reported gap of the bound. NOT_SOLVED: no plan.
     */
    @Labelled.NotShown("the engine's record; pages show logistics' PlanOutcome")
    public enum Status { OPTIMAL, FEASIBLE, NOT_SOLVED }

    /** Why a request gets less than it asked for. */
    @Labelled.NotShown("the engine's record; pages show logistics' PlanOutcome")
    public enum Shortfall {
        /** The instance holds no stock of the commodity. */
        NO_STOCK,
        /** Stock exists but no open route brings it in time. */
        NO_ROUTE_IN_TIME,
        /** An open route in time exists only if a closed link reopened. */
        CLOSED_LINK,
        /** Every source that could arrive in time expires before it arrives. */
        EXPIRY,
        /** Routes in time exist but a link on them is full. */
        LINK_CAPACITY,
        /** Routes in time exist, but the stock they reach went to other requests (of higher or equal priority). */
        INSUFFICIENT_STOCK
    }

    /**
     * One shipment of one stock entry (by index in the instance) to one request, along a path given as node codes
     * and as link indices (two nodes may be joined by several links, by road and by air).
     */
    public record Flow(String from, int stock, double quantity, List<String> path, List<Integer> links,
            double arrivalHour, double cost) {
    }

    public record RequestResult(String id, Instance.Priority priority, double requested, double delivered,
            double fillRatio, Shortfall shortfallReason, List<Flow> flows) {
    }

    public record Totals(double requested, double delivered, double deliveredKg, int requestsFilled,
            int requestsPartly, int requestsUnserved) {
    }

    /**
     * The greedy baseline: requests by priority then needed-by time, each from the fastest on-time source. What it
     * delivers to each request and at what cost are kept per request id, so that its figures can be worked out again
     * over part of the requests (plans stored before the costs were kept read null there).
     */
    public record Baseline(double coverage, Map<Instance.Priority, Double> equity, double cost, Totals totals,
            Map<String, Double> delivered, Map<String, Double> costs) {
    }
}
