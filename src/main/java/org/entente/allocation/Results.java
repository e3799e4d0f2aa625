package org.entente.allocation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.allocation.Instance.Priority;

/** Turns flows into the figures of a plan: per request, the levels, the totals, shortfall reasons, the baseline. */
final class Results {

    private Results() {
    }

    static Plan plan(AllocationEngine.Model model, AllocationEngine.Solution solution, List<List<Plan.Flow>> flows,
            long millis) {
        Instance instance = model.instance;
        double[] delivered = new double[instance.requests().size()];
        for (int r = 0; r < delivered.length; r++) {
            delivered[r] = flows.get(r).stream().mapToDouble(Plan.Flow::quantity).sum();
        }
        Shortfalls reasons = new Shortfalls(model, linkLoads(model, flows));
        List<Plan.RequestResult> results = new ArrayList<>();
        for (int r = 0; r < delivered.length; r++) {
            Instance.Request request = instance.requests().get(r);
            double fill = fill(request.quantity(), delivered[r]);
            results.add(new Plan.RequestResult(request.id(), request.priority(), request.quantity(), delivered[r], fill,
                    fill < 1 - 1e-9 ? reasons.of(r) : null, List.copyOf(flows.get(r))));
        }
        double cost = flows.stream().flatMap(List::stream).mapToDouble(Plan.Flow::cost).sum();
        Greedy.Outcome greedy = model.greedy();
        Plan.Baseline baseline = new Plan.Baseline(coverage(model, greedy.delivered()),
                equity(model, greedy.delivered()), greedy.cost(), totals(model, greedy.delivered(), greedy.kg()),
                greedy.byId(), greedy.costById());
        double kg = 0;
        for (int r = 0; r < delivered.length; r++) {
            kg += delivered[r] * model.weight[model.requestCommodity[r]];
        }
        boolean leximin = !model.firstOrder() && model.instance.options().refinesLeximin();
        return new Plan(solution.status(), coverage(model, delivered), solution.coverageUpperBound(),
                equity(model, delivered), cost, results, totals(model, delivered, kg), baseline, solution.levels(),
                solution.exact(),
                solution.bindingLinks(), model.firstOrder()
                        ? "path-based LP (PDLP, first-order) with a proven bound on coverage; equity floors raised around the"
                                + " least-filled requests (not proven highest); cost lowered by moving flows to cheaper routes"
                        : "path-based LP (GLOP), three lexicographic levels"
                                + (leximin ? "; equity refined leximin within each priority" : ""), millis,
                model.firstOrder() ? Plan.Method.FIRST_ORDER : Plan.Method.SIMPLEX,
                leximin ? new Plan.Leximin(model.leximinSteps, !model.leximinCutShort) : null);
    }

    static double fill(double requested, double delivered) {
        return requested > 0 ? Math.min(1, delivered / requested) : 1;
    }

    static double coverage(AllocationEngine.Model model, double[] delivered) {
        double sum = 0;
        for (int r = 0; r < delivered.length; r++) {
            sum += model.coverageCoefficient[r] * delivered[r];
        }
        return sum;
    }

    /** The smallest fill ratio among the reachable requests of each priority; a priority with none is left out. */
    static Map<Priority, Double> equity(AllocationEngine.Model model, double[] delivered) {
        Map<Priority, Double> equity = new EnumMap<>(Priority.class);
        for (int r = 0; r < delivered.length; r++) {
            Instance.Request request = model.instance.requests().get(r);
            if (model.reachable(r)) {
                equity.merge(request.priority(), fill(request.quantity(), delivered[r]), Math::min);
            }
        }
        return equity;
    }

    static Plan.Totals totals(AllocationEngine.Model model, double[] delivered, double kg) {
        double requested = 0;
        double total = 0;
        int filled = 0;
        int partly = 0;
        int unserved = 0;
        for (int r = 0; r < delivered.length; r++) {
            double q = model.instance.requests().get(r).quantity();
            requested += q;
            total += delivered[r];
            double fill = fill(q, delivered[r]);
            if (fill >= 1 - 1e-9) {
                filled++;
            } else if (delivered[r] > AllocationEngine.EPS) {
                partly++;
            } else {
                unserved++;
            }
        }
        return new Plan.Totals(requested, total, kg, filled, partly, unserved);
    }

    /** What the flows load each link with, in kg, by link index. */
    static double[] linkLoads(AllocationEngine.Model model, List<List<Plan.Flow>> flows) {
        double[] load = new double[model.network.capacityKg.length];
        for (int r = 0; r < flows.size(); r++) {
            double w = model.weight[model.requestCommodity[r]];
            for (Plan.Flow f : flows.get(r)) {
                for (int e : f.links()) {
                    load[e] += f.quantity() * w;
                }
            }
        }
        return load;
    }

    /** Why a request falls short, from the candidate routes and the loads the plan puts on the links. */
    static final class Shortfalls {
        private final AllocationEngine.Model model;
        /** Per link, whether the plan fills it. */
        private final boolean[] full;
        private final List<List<AllocationEngine.Group>> groupsOfCommodity = new ArrayList<>();
        private final Map<Integer, double[]> fastestOverAll = new HashMap<>();
        private final Map<Integer, double[]> fastestOverOpen = new HashMap<>();

        Shortfalls(AllocationEngine.Model model, double[] load) {
            this.model = model;
            full = new boolean[load.length];
            for (int e = 0; e < load.length; e++) {
                double capacity = model.network.capacityKg[e];
                full[e] = load[e] >= capacity - 1e-6 * Math.max(1, capacity);
            }
            for (int c = 0; c < model.weight.length; c++) {
                groupsOfCommodity.add(new ArrayList<>());
            }
            for (AllocationEngine.Group g : model.groups) {
                groupsOfCommodity.get(g.commodity()).add(g);
            }
        }

        Plan.Shortfall of(int r) {
            Instance instance = model.instance;
            Instance.Request request = instance.requests().get(r);
            List<AllocationEngine.Group> sources = groupsOfCommodity.get(model.requestCommodity[r]);
            if (sources.isEmpty()) {
                return Plan.Shortfall.NO_STOCK;
            }
            if (model.reachable(r)) {
                for (int j : model.columnsOf(r)) {
                    for (int e : model.columns.get(j).links()) {
                        if (full[e]) {
                            return Plan.Shortfall.LINK_CAPACITY;
                        }
                    }
                }
                return Plan.Shortfall.INSUFFICIENT_STOCK;
            }
            int target = model.requestNode[r];
            double[] overOpen = fastestOverOpen.computeIfAbsent(target, t -> model.network.fastestTo(t, true));
            for (AllocationEngine.Group g : sources) {
                if (g.available() + overOpen[g.node()] <= request.neededByHour() + 1e-9) {
                    return Plan.Shortfall.EXPIRY;
                }
            }
            double[] overAll = fastestOverAll.computeIfAbsent(target, t -> model.network.fastestTo(t, false));
            for (AllocationEngine.Group g : sources) {
                double arrival = g.available() + overAll[g.node()];
                if (arrival <= request.neededByHour() + 1e-9
                        && (g.expires() == null || arrival <= g.expires() + 1e-9)) {
                    return Plan.Shortfall.CLOSED_LINK;
                }
            }
            return Plan.Shortfall.NO_ROUTE_IN_TIME;
        }
    }
}
