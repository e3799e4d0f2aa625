package org.entente.logistics.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The optimum of the transportation problems, in the earnings' units. Each pair is (group, request, earning per
     * unit); pairs that earn nothing may be left out. Infinite if a flow problem could not be solved.
     */
    double of(List<double[]> pairs) {
        List<List<double[]>> byCommodity = new ArrayList<>();
        for (int c = 0; c < m.weight.length; c++) {
            byCommodity.add(new ArrayList<>());
        }
        for (double[] pair : pairs) {
            if (pair[2] > 0) {
                byCommodity.get(m.groups.get((int) pair[0]).commodity()).add(pair);
            }
        }
        return byCommodity.parallelStream().mapToDouble(this::transport).sum();
    }

    private double transport(List<double[]> pairs) {
        if (pairs.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> groupNode = new HashMap<>();
        Map<Integer, Integer> requestNode = new HashMap<>();
        double most = 0;
        double supply = 0;
        for (double[] pair : pairs) {
            if (groupNode.putIfAbsent((int) pair[0], groupNode.size()) == null) {
                supply += m.groups.get((int) pair[0]).quantity();
            }
            requestNode.putIfAbsent((int) pair[1], requestNode.size());
            most = Math.max(most, pair[2]);
        }
        // Every earning and every quantity is rounded up: the problem can then only earn more.
        double perValue = SCALE / most;
        double perUnit = SCALE / supply;
        int groups = groupNode.size();
        int sink = groups + requestNode.size();
        MinCostFlow flow = new MinCostFlow(sink + 1, pairs.size() + sink);
        try {
            long total = 0;
            for (Map.Entry<Integer, Integer> g : groupNode.entrySet()) {
                long q = (long) Math.ceil(m.groups.get(g.getKey()).quantity() * perUnit);
                flow.setNodeSupply(g.getValue(), q);
                // Stock that earns nothing stays where it is.
                flow.addArcWithCapacityAndUnitCost(g.getValue(), sink, q, 0);
                total += q;
            }
            for (Map.Entry<Integer, Integer> r : requestNode.entrySet()) {
                long q = (long) Math.ceil(m.instance.requests().get(r.getKey()).quantity() * perUnit);
                flow.addArcWithCapacityAndUnitCost(groups + r.getValue(), sink, q, 0);
            }
            flow.setNodeSupply(sink, -total);
            for (double[] pair : pairs) {
                flow.addArcWithCapacityAndUnitCost(groupNode.get((int) pair[0]), groups + requestNode.get((int) pair[1]),
                        total, -(long) Math.ceil(pair[2] * perValue));
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
