package org.entente.logistics;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.allocation.Instance;

/**
 * A plan as one reader may see it: the lines of the requests that reader may read, and every figure worked out
 * again over those lines alone, so that no total, coverage, equity or cost counts a line the red lines withhold.
 * The solver's own descriptors (status, method, whether the result is exact, its relative gap) describe the solve,
 * not any line, and are kept.
 */
final class VisiblePlan {

    /** What the figures need of a visible line: its commodity and that commodity's unit weight. */
    record Line(String commodity, double unitWeightKg) {
    }

    private static final Instance.Options WEIGHTS = new Instance.Options(null, null, true);
    private static final double EPS = 1e-9;

    private VisiblePlan() {
    }

    /** The plan restricted to the lines given; the plan itself when it holds no other line. */
    static PlanOutcome of(PlanOutcome plan, Map<String, Line> visible) {
        List<PlanOutcome.RequestResult> shown = plan.requests().stream().filter(r -> visible.containsKey(r.id())).toList();
        if (shown.size() == plan.requests().size()) {
            return plan;
        }
        Map<String, Double> delivered = new LinkedHashMap<>();
        shown.forEach(r -> delivered.put(r.id(), r.delivered()));
        double cost = shown.stream().flatMap(r -> r.flows().stream()).mapToDouble(PlanOutcome.Flow::cost).sum();
        double coverage = coverage(shown, delivered, visible);
        Map<Instance.Priority, Double> equity = equity(shown, delivered);

        Map<String, Double> baselineDelivered = new LinkedHashMap<>();
        Map<String, Double> baselineCosts = new LinkedHashMap<>();
        double baselineCost = 0;
        for (PlanOutcome.RequestResult r : shown) {
            baselineDelivered.put(r.id(), plan.baseline().delivered().getOrDefault(r.id(), 0.0));
            double c = plan.baseline().costs() == null ? 0 : plan.baseline().costs().getOrDefault(r.id(), 0.0);
            baselineCosts.put(r.id(), c);
            baselineCost += c;
        }
        PlanOutcome.Baseline baseline = new PlanOutcome.Baseline(coverage(shown, baselineDelivered, visible),
                equity(shown, baselineDelivered), baselineCost, totals(shown, baselineDelivered, visible),
                baselineDelivered, plan.baseline().costs() == null ? null : baselineCosts);

        // The gap between the plan and its bound, relative to the bound, is the solve's; it is kept as a ratio.
        double gap = plan.coverageUpperBound() > 0 && plan.levels() != null
                ? Math.max(0, (plan.coverageUpperBound() - plan.levels().coverage()) / plan.coverageUpperBound()) : 0;
        double bound = gap < 1 ? coverage / (1 - gap) : coverage;
        return new PlanOutcome(plan.status(), coverage, bound, equity, cost, shown, totals(shown, delivered, visible),
                baseline, new PlanOutcome.Levels(coverage, equity, cost), plan.exact(), plan.bindingLinks(),
                plan.formulation(), plan.solveMillis(), plan.method(), plan.leximin());
    }

    /** As the engine counts it: each request's priority weight times its share of what was asked of its commodity. */
    private static double coverage(List<PlanOutcome.RequestResult> shown, Map<String, Double> delivered,
            Map<String, Line> visible) {
        Map<String, Double> requestedOf = new LinkedHashMap<>();
        shown.forEach(r -> requestedOf.merge(visible.get(r.id()).commodity(), r.requested(), Double::sum));
        double sum = 0;
        for (PlanOutcome.RequestResult r : shown) {
            double total = requestedOf.get(visible.get(r.id()).commodity());
            if (total > 0) {
                sum += WEIGHTS.weight(r.priority()) / total * delivered.get(r.id());
            }
        }
        return sum;
    }

    /** The smallest fill among the requests that stock could reach, per priority. */
    private static Map<Instance.Priority, Double> equity(List<PlanOutcome.RequestResult> shown, Map<String, Double> delivered) {
        Map<Instance.Priority, Double> equity = new EnumMap<>(Instance.Priority.class);
        for (PlanOutcome.RequestResult r : shown) {
            if (reachable(r)) {
                equity.merge(r.priority(), fill(r.requested(), delivered.get(r.id())), Math::min);
            }
        }
        return equity;
    }

    private static boolean reachable(PlanOutcome.RequestResult r) {
        return r.shortfallReason() == null || r.shortfallReason() == PlanOutcome.Shortfall.LINK_CAPACITY
                || r.shortfallReason() == PlanOutcome.Shortfall.INSUFFICIENT_STOCK;
    }

    private static PlanOutcome.Totals totals(List<PlanOutcome.RequestResult> shown, Map<String, Double> delivered,
            Map<String, Line> visible) {
        double requested = 0;
        double total = 0;
        double kg = 0;
        int filled = 0;
        int partly = 0;
        int unserved = 0;
        for (PlanOutcome.RequestResult r : shown) {
            double d = delivered.get(r.id());
            requested += r.requested();
            total += d;
            kg += d * visible.get(r.id()).unitWeightKg();
            double fill = fill(r.requested(), d);
            if (fill >= 1 - EPS) {
                filled++;
            } else if (d > 1e-7) {
                partly++;
            } else {
                unserved++;
            }
        }
        return new PlanOutcome.Totals(requested, total, kg, filled, partly, unserved);
    }

    private static double fill(double requested, double delivered) {
        return requested > 0 ? Math.min(1, delivered / requested) : 1;
    }
}
