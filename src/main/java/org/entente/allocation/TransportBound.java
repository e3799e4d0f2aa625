package org.entente.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The most the stock can earn when link capacities are priced rather than enforced: each commodity on its own becomes
 * a transportation problem from its stock groups to its requests, where a unit sent from group g to request r earns a
 * given amount (its coverage less what its best on-time route pays for capacity). The problems are solved exactly as
 * minimum-cost flows, in integers rounded so that the answer can only be larger: an upper bound on level 1 (Lagrangian
 * relaxation of the link capacities; docs/allocation.md).
 */
final class TransportBound {

    /** What integers the flows and earnings are scaled to: the total cost stays far inside a long. */
    private static final double SCALE = 1e9;

    private final AllocationEngine.Model m;

    TransportBound(AllocationEngine.Model m) {
        this.m = m;
    }

    /** Pairs of stock group and request, each with what a unit sent from one to the other earns. */
    static final class Earnings {
        private int size;
        private int[] group = new int[64];
        private int[] request = new int[64];
        private double[] value = new double[64];

        void add(int g, int r, double earns) {
            if (size == group.length) {
                grow(size * 2);
            }
            group[size] = g;
            request[size] = r;
            value[size++] = earns;
        }

        void addAll(Earnings other) {
            if (size + other.size > group.length) {
                grow(Math.max(size + other.size, size * 2));
            }
            System.arraycopy(other.group, 0, group, size, other.size);
            System.arraycopy(other.request, 0, request, size, other.size);
            System.arraycopy(other.value, 0, value, size, other.size);
            size += other.size;
        }

        private void grow(int capacity) {
            group = Arrays.copyOf(group, capacity);
            request = Arrays.copyOf(request, capacity);
            value = Arrays.copyOf(value, capacity);
        }
    }

    /**
     * The optimum of the transportation problems, in the earnings' units; pairs that earn nothing may be left out.
     * Infinite if a flow problem could not be solved.
     */
    double of(Earnings pairs) {
        int commodities = m.weight.length;
        int[] start = new int[commodities + 1];
        for (int i = 0; i < pairs.size; i++) {
            if (pairs.value[i] > 0) {
                start[m.groups.get(pairs.group[i]).commodity() + 1]++;
            }
        }
        for (int c = 0; c < commodities; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[start[commodities]];
        int[] next = Arrays.copyOf(start, commodities);
        for (int i = 0; i < pairs.size; i++) {
            if (pairs.value[i] > 0) {
                order[next[m.groups.get(pairs.group[i]).commodity()]++] = i;
            }
        }
        return IntStream.range(0, commodities).parallel()
                .mapToDouble(c -> transport(pairs, order, start[c], start[c + 1])).sum();
    }

    /** One commodity's problem: the pairs listed in {@code order} from position {@code from} up to {@code to}. */
    private double transport(Earnings pairs, int[] order, int from, int to) {
        if (from == to) {
            return 0;
        }
        // Flow nodes: the groups first, then the requests, then one sink.
        int[] groupNode = new int[m.groups.size()];
        int[] requestNode = new int[m.requestNode.length];
        Arrays.fill(groupNode, -1);
        Arrays.fill(requestNode, -1);
        List<Integer> groups = new ArrayList<>();
        List<Integer> requests = new ArrayList<>();
        double most = 0;
        double supply = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            if (groupNode[pairs.group[i]] < 0) {
                groupNode[pairs.group[i]] = groups.size();
                groups.add(pairs.group[i]);
                supply += m.groups.get(pairs.group[i]).quantity();
            }
            if (requestNode[pairs.request[i]] < 0) {
                requestNode[pairs.request[i]] = requests.size();
                requests.add(pairs.request[i]);
            }
            most = Math.max(most, pairs.value[i]);
        }
        // Every earning and every quantity is rounded up: the problem can then only earn more.
        double perValue = SCALE / most;
        double perUnit = SCALE / supply;
        int sink = groups.size() + requests.size();
        MinCostFlow flow = new MinCostFlow(sink + 1, (to - from) + sink);
        try {
            long total = 0;
            for (int n = 0; n < groups.size(); n++) {
                long q = (long) Math.ceil(m.groups.get(groups.get(n)).quantity() * perUnit);
                flow.setNodeSupply(n, q);
                // Stock that earns nothing stays where it is.
                flow.addArcWithCapacityAndUnitCost(n, sink, q, 0);
                total += q;
            }
            for (int n = 0; n < requests.size(); n++) {
                long q = (long) Math.ceil(m.instance.requests().get(requests.get(n)).quantity() * perUnit);
                flow.addArcWithCapacityAndUnitCost(groups.size() + n, sink, q, 0);
            }
            flow.setNodeSupply(sink, -total);
            for (int k = from; k < to; k++) {
                int i = order[k];
                flow.addArcWithCapacityAndUnitCost(groupNode[pairs.group[i]], groups.size() + requestNode[pairs.request[i]],
                        total, -(long) Math.ceil(pairs.value[i] * perValue));
            }
            if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
                return Double.POSITIVE_INFINITY;
            }
            return -(double) flow.getOptimalCost() / perValue / perUnit;
        } finally {
            flow.delete();
        }
    }
}
