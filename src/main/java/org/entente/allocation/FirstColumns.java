package org.entente.allocation;

import static org.entente.allocation.AllocationEngine.INITIAL_PER_REQUEST;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.entente.allocation.AllocationEngine.Column;

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
        Comparator<Integer> cheapest = Comparator.comparingDouble(j -> m.costOf(m.columns.get(j)));
        Comparator<Integer> fastest = Comparator.<Integer>comparingDouble(j -> arrival(m, m.columns.get(j)))
                .thenComparing(cheapest);
        List<Integer> first = smallest(m.columnsOf(r), cheapest);
        first.addAll(smallest(m.columnsOf(r), fastest));
        return first;
    }

    private static double arrival(AllocationEngine.Model m, Column col) {
        return m.groups.get(col.group()).available() + col.hours();
    }

    /** The first {@link AllocationEngine#INITIAL_PER_REQUEST} candidates in the given order, in that order. */
    private static List<Integer> smallest(int[] candidates, Comparator<Integer> order) {
        List<Integer> best = new ArrayList<>(INITIAL_PER_REQUEST + 1);
        for (int j : candidates) {
            int i = best.size();
            while (i > 0 && order.compare(j, best.get(i - 1)) < 0) {
                i--;
            }
            if (i < INITIAL_PER_REQUEST) {
                best.add(i, j);
                if (best.size() > INITIAL_PER_REQUEST) {
                    best.remove(INITIAL_PER_REQUEST);
                }
            }
        }
        return best;
    }
}
