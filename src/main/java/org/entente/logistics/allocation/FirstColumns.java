package org.entente.logistics.allocation;

import static org.entente.logistics.allocation.AllocationEngine.INITIAL_PER_REQUEST;

import java.util.ArrayList;
import java.util.List;

import org.entente.logistics.allocation.AllocationEngine.Column;

/**
 * The columns a programme starts with for a request: its {@link AllocationEngine#INITIAL_PER_REQUEST} cheapest
 * candidates, then as many of the fastest (by arrival, the cheaper first when they arrive together). Ties otherwise
 * keep the candidates' order, as a stable sort would. A scan rather than a sort: on L it runs over a million
 * candidates. Both {@link Programme} and {@link FirstOrderProgramme} start from these.
 */
final class FirstColumns {

    private FirstColumns() {
    }

    static List<Integer> of(AllocationEngine.Model m, int r) {
        int[] candidates = m.columnsOf(r);
        double[] cost = new double[candidates.length];
        double[] arrival = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            Column col = m.columns.get(candidates[i]);
            cost[i] = col.costPerKg() * m.weight[m.groups.get(col.group()).commodity()];
            arrival[i] = m.groups.get(col.group()).available() + col.hours();
        }
        List<Integer> first = new ArrayList<>(2 * INITIAL_PER_REQUEST);
        for (int i : smallest(cost, cost)) {
            first.add(candidates[i]);
        }
        for (int i : smallest(arrival, cost)) {
            first.add(candidates[i]);
        }
        return first;
    }

    /**
     * The positions of the first {@link AllocationEngine#INITIAL_PER_REQUEST} candidates by the key, then the
     * tie-break, in that order; among equals, the earlier first.
     */
    private static int[] smallest(double[] key, double[] tieBreak) {
        int[] best = new int[INITIAL_PER_REQUEST];
        int size = 0;
        for (int j = 0; j < key.length; j++) {
            int i = size;
            while (i > 0 && (key[j] < key[best[i - 1]]
                    || key[j] == key[best[i - 1]] && tieBreak[j] < tieBreak[best[i - 1]])) {
                i--;
            }
            if (i < INITIAL_PER_REQUEST) {
                int end = Math.min(size, INITIAL_PER_REQUEST - 1);
                System.arraycopy(best, i, best, i + 1, end - i);
                best[i] = j;
                size = Math.min(size + 1, INITIAL_PER_REQUEST);
            }
        }
        return java.util.Arrays.copyOf(best, size);
    }
}
