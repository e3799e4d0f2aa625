package org.entente.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.entente.allocation.AllocationEngine.Column;

/**
 * Lowers the cost of a plan without changing what any request receives: each flow, the dearest per unit first, moves
 * as far as it can to a cheaper candidate route of the same request (from the same stock or another with some left)
 * that has capacity to spare once the flow has left its own links. Every move keeps stock, requests and capacities
 * within their limits and lowers the cost; passes repeat while they lower it by more than a thousandth. A local
 * search: the cost it ends with is not proven minimal. The {@link FirstOrderProgramme} uses it for level 3.
 */
final class CheaperRoutes {

    private static final int MAX_PASSES = 5;

    private final AllocationEngine.Model m;

    CheaperRoutes(AllocationEngine.Model m) {
        this.m = m;
    }

    /** The flows per model column, moved to cheaper routes where they can be; the argument is left as it was. */
    double[] lower(double[] flows, long deadline) {
        double[] v = Arrays.copyOf(flows, m.columns.size());
        Room left = Room.leftBy(m, v, j -> true);
        // Candidates of each request, cheapest per unit first; ordered when a flow of the request first looks for one
        // (ordering all of L's million at once took most of a short limit's time for cost).
        int[][] cheapestFirst = new int[m.instance.requests().size()][];
        for (int pass = 0; pass < MAX_PASSES && System.nanoTime() < deadline; pass++) {
            double saved = 0;
            double total = 0;
            List<Integer> used = new ArrayList<>();
            for (int j = 0; j < v.length; j++) {
                if (v[j] > AllocationEngine.EPS) {
                    used.add(j);
                    total += v[j] * m.costOf(m.columns.get(j));
                }
            }
            used.sort(Comparator.comparingDouble(j -> -m.columns.get(j).costPerKg()));
            int moved = 0;
            for (int j : used) {
                // A pass over L's flows takes about a second: the deadline is checked within it too.
                if (++moved % 1024 == 0 && System.nanoTime() > deadline) {
                    break;
                }
                Column from = m.columns.get(j);
                double w = m.weightOf(from);
                int r = from.request();
                if (cheapestFirst[r] == null) {
                    cheapestFirst[r] = cheapestFirst(r);
                }
                for (int k : cheapestFirst[r]) {
                    Column to = m.columns.get(k);
                    if (to.costPerKg() >= from.costPerKg() - 1e-12 || v[j] <= AllocationEngine.EPS) {
                        break;
                    }
                    double q = v[j];
                    if (to.group() != from.group()) {
                        q = Math.min(q, Math.max(0, left.stock[to.group()]));
                    }
                    for (int e : to.links()) {
                        // Capacity the flow frees on its own links counts for the links both routes share.
                        double free = left.link[e] + (contains(from.links(), e) ? v[j] * w : 0);
                        q = Math.min(q, Math.max(0, free) / w);
                    }
                    if (q <= AllocationEngine.EPS) {
                        continue;
                    }
                    v[j] -= q;
                    v[k] += q;
                    left.take(j, -q);
                    left.take(k, q);
                    saved += q * w * (from.costPerKg() - to.costPerKg());
                }
            }
            if (saved <= 1e-3 * total) {
                break;
            }
        }
        return v;
    }

    private int[] cheapestFirst(int r) {
        return Arrays.stream(m.columnsOf(r)).boxed()
                .sorted(Comparator.comparingDouble(j -> m.columns.get(j).costPerKg()))
                .mapToInt(Integer::intValue).toArray();
    }

    private static boolean contains(int[] links, int e) {
        for (int l : links) {
            if (l == e) {
                return true;
            }
        }
        return false;
    }
}
