package org.entente.allocation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

import org.entente.allocation.AllocationEngine.Column;

/**
 * A first-order method's flows made into a valid plan. PDLP's flows can break a row by its tolerance, so they are
 * scaled down until none does: every stock row, then every request row, then every link, each scaling the columns in it
 * by limit ÷ load when it is over. Every row is an upper limit with non-negative coefficients, so scaling down never
 * breaks another. Scaling takes off more than the tolerance broke, so the flows are then grown back where there is
 * room. Used by {@link FirstOrderProgramme}; see docs/allocation.md.
 */
final class FlowRepair {

    private final AllocationEngine.Model m;

    FlowRepair(AllocationEngine.Model m) {
        this.m = m;
    }

    /** The flows per model column (non-zero only on the given columns), scaled down until every limit holds. */
    double[] scaledDown(double[] v, List<Integer> columns) {
        double[] stock = new double[m.groups.size()];
        double[] request = new double[m.instance.requests().size()];
        for (int j : columns) {
            stock[m.columns.get(j).group()] += v[j];
        }
        scaleDown(v, columns, stock, j -> m.columns.get(j).group(), g -> m.groups.get(g).quantity());
        for (int j : columns) {
            request[m.columns.get(j).request()] += v[j];
        }
        scaleDown(v, columns, request, j -> m.columns.get(j).request(), r -> m.instance.requests().get(r).quantity());
        double[] load = new double[m.network.capacityKg.length];
        for (int j : columns) {
            Column col = m.columns.get(j);
            for (int e : col.links()) {
                load[e] += v[j] * m.weightOf(col);
            }
        }
        double[] factor = new double[load.length];
        for (int e = 0; e < load.length; e++) {
            factor[e] = load[e] > m.network.capacityKg[e] ? m.network.capacityKg[e] / load[e] : 1;
        }
        for (int j : columns) {
            for (int e : m.columns.get(j).links()) {
                v[j] *= factor[e];
            }
        }
        return v;
    }

    /**
     * Grows valid flows back where there is room: the scaling takes off more than the tolerance broke, and PDLP leaves a
     * little on the table besides. The given columns, those with the largest coverage coefficient first, each take what
     * their stock entry, their request and every link on their route still allow. Nothing is taken from any flow, so no
     * limit is broken and coverage can only rise.
     */
    double[] toppedUp(double[] v, List<Integer> columns) {
        Room left = Room.leftBy(m, v, j -> true);
        Integer[] order = columns.toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -m.coverageCoefficient[m.columns.get(j).request()]));
        for (int j : order) {
            // A hair under what is left, so that sums rounded differently still hold every limit.
            double room = left.most(j) * (1 - 1e-9);
            if (room <= 1e-9) {
                continue;
            }
            v[j] += room;
            left.take(j, room);
        }
        return v;
    }

    private static void scaleDown(double[] v, List<Integer> columns, double[] load, IntUnaryOperator rowOf,
            IntToDoubleFunction limit) {
        for (int j : columns) {
            int i = rowOf.applyAsInt(j);
            double cap = limit.applyAsDouble(i);
            if (load[i] > cap) {
                v[j] *= cap / load[i];
            }
        }
    }
}
