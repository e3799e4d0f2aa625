package org.entente.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The greedy baseline users compare the plan with: requests in order of priority, then needed-by time; each served
 * from the source that arrives first on time (over the first candidate routes, skipping full links) with what stock
 * and link capacity remain, then the next fastest, until filled or nothing is left.
 */
final class Greedy {

    /** What greedy delivers, at what cost, and the columns it used (so the programme can start from them). */
    record Outcome(double[] delivered, double cost, double kg, Map<String, Double> byId, Map<String, Double> costById,
            List<Integer> used) {
    }

    private final AllocationEngine.Model model;

    Greedy(AllocationEngine.Model model) {
        this.model = model;
    }

    Outcome run() {
        Instance instance = model.instance;
        int n = instance.requests().size();
        Room left = new Room(model);
        double[] delivered = new double[n];
        double[] costOf = new double[n];
        double cost = 0;
        double kg = 0;
        List<Integer> used = new ArrayList<>();
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        order.sort(AllocationEngine.byPriorityThenNeed(instance));
        for (int r : order) {
            double need = instance.requests().get(r).quantity();
            double w = model.weight[model.requestCommodity[r]];
            boolean whole = !model.divisible[model.requestCommodity[r]];
            // Stock only ever runs out: candidates from a spent group are left out before sorting (on L, most of
            // the later requests' candidates).
            List<Integer> candidates = new ArrayList<>();
            for (int j : model.columnsOf(r)) {
                if (j < model.firstColumns && left.stock[model.columns.get(j).group()] > AllocationEngine.EPS) {
                    candidates.add(j);
                }
            }
            // Fastest arrival first; the cheaper route breaks a tie.
            candidates.sort((a, b) -> {
                AllocationEngine.Column ca = model.columns.get(a);
                AllocationEngine.Column cb = model.columns.get(b);
                int c = Double.compare(model.groups.get(ca.group()).available() + ca.hours(),
                        model.groups.get(cb.group()).available() + cb.hours());
                return c != 0 ? c : Double.compare(ca.costPerKg(), cb.costPerKg());
            });
            for (int j : candidates) {
                if (need - delivered[r] <= AllocationEngine.EPS) {
                    break;
                }
                AllocationEngine.Column col = model.columns.get(j);
                double q = Math.min(need - delivered[r], left.most(j));
                if (whole) {
                    q = Math.floor(q + 1e-9);
                }
                if (q <= AllocationEngine.EPS) {
                    continue;
                }
                delivered[r] += q;
                used.add(j);
                left.take(j, q);
                cost += q * w * col.costPerKg();
                costOf[r] += q * w * col.costPerKg();
                kg += q * w;
            }
        }
        Map<String, Double> byId = new LinkedHashMap<>();
        Map<String, Double> costById = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            byId.put(instance.requests().get(r).id(), delivered[r]);
            costById.put(instance.requests().get(r).id(), costOf[r]);
        }
        return new Outcome(delivered, cost, kg, byId, costById, List.copyOf(used));
    }
}
