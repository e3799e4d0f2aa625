package org.entente.logistics.allocation;

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
    record Outcome(double[] delivered, double cost, double kg, Map<String, Double> byId, List<Integer> used) {
    }

    private final AllocationEngine.Model model;

    Greedy(AllocationEngine.Model model) {
        this.model = model;
    }

    Outcome run() {
        Instance instance = model.instance;
        int n = instance.requests().size();
        double[] stockLeft = model.groups.stream().mapToDouble(AllocationEngine.Group::quantity).toArray();
        double[] capacityLeft = model.network.capacityKg.clone();
        double[] delivered = new double[n];
        double cost = 0;
        double kg = 0;
        List<Integer> used = new ArrayList<>();
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        order.sort(AllocationEngine.byPriorityThenNeed(instance));
        for (int r : order) {
            double need = instance.requests().get(r).quantity();
            double w = model.weight[model.requestCommodity[r]];
            boolean whole = !model.divisible[model.requestCommodity[r]];
            FastestFirst candidates = new FastestFirst(r);
            for (int k = 0; k < candidates.size(); k++) {
                if (need - delivered[r] <= AllocationEngine.EPS) {
                    break;
                }
                int j = candidates.get(k);
                AllocationEngine.Column col = model.columns.get(j);
                double q = Math.min(need - delivered[r], stockLeft[col.group()]);
                for (int e : col.links()) {
                    q = Math.min(q, capacityLeft[e] / w);
                }
                if (whole) {
                    q = Math.floor(q + 1e-9);
                }
                if (q <= AllocationEngine.EPS) {
                    continue;
                }
                delivered[r] += q;
                used.add(j);
                stockLeft[col.group()] -= q;
                for (int e : col.links()) {
                    capacityLeft[e] -= q * w;
                }
                cost += q * w * col.costPerKg();
                kg += q * w;
            }
        }
        Map<String, Double> byId = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            byId.put(instance.requests().get(r).id(), delivered[r]);
        }
        return new Outcome(delivered, cost, kg, byId, List.copyOf(used));
    }

    /**
     * A request's first candidates, fastest arrival first, the cheaper route breaking a tie and then the candidates'
     * order, as a stable sort would give them. Most requests are filled by their first few, so the first
     * {@link #SELECTED} are picked one at a time and the rest sorted only if asked for (on L, sorting every request's
     * hundred candidates took a second).
     */
    private final class FastestFirst {
        private static final int SELECTED = 4;
        private final int[] column;
        private final double[] arrival;
        private final double[] cost;
        private int ready;

        FastestFirst(int r) {
            List<Integer> all = model.columnsOfRequest.get(r);
            int n = 0;
            column = new int[all.size()];
            for (int j : all) {
                if (j < model.firstColumns) {
                    column[n++] = j;
                }
            }
            arrival = new double[n];
            cost = new double[n];
            for (int i = 0; i < n; i++) {
                AllocationEngine.Column col = model.columns.get(column[i]);
                arrival[i] = model.groups.get(col.group()).available() + col.hours();
                cost[i] = col.costPerKg();
            }
        }

        int size() {
            return arrival.length;
        }

        /** The k-th candidate in order; asked for in order, from 0. */
        int get(int k) {
            if (k == ready && k < SELECTED) {
                // The first of the rest, moved to position k with the others kept in their order.
                int first = k;
                for (int i = k + 1; i < arrival.length; i++) {
                    if (before(i, first)) {
                        first = i;
                    }
                }
                shift(k, first);
                ready = k + 1;
            } else if (k == ready) {
                sortFrom(k);
                ready = arrival.length;
            }
            return column[k];
        }

        private boolean before(int a, int b) {
            return arrival[a] < arrival[b] || (arrival[a] == arrival[b] && cost[a] < cost[b]);
        }

        private void shift(int to, int from) {
            int j = column[from];
            double t = arrival[from];
            double c = cost[from];
            System.arraycopy(column, to, column, to + 1, from - to);
            System.arraycopy(arrival, to, arrival, to + 1, from - to);
            System.arraycopy(cost, to, cost, to + 1, from - to);
            column[to] = j;
            arrival[to] = t;
            cost[to] = c;
        }

        /** A stable sort of the positions from k on. */
        private void sortFrom(int k) {
            Integer[] order = new Integer[arrival.length - k];
            for (int i = 0; i < order.length; i++) {
                order[i] = k + i;
            }
            java.util.Arrays.sort(order, (a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
            int[] columns = new int[order.length];
            double[] arrivals = new double[order.length];
            double[] costs = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                columns[i] = column[order[i]];
                arrivals[i] = arrival[order[i]];
                costs[i] = cost[order[i]];
            }
            System.arraycopy(columns, 0, column, k, order.length);
            System.arraycopy(arrivals, 0, arrival, k, order.length);
            System.arraycopy(costs, 0, cost, k, order.length);
        }
    }
}
