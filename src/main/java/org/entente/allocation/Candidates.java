package org.entente.allocation;

import static org.entente.allocation.AllocationEngine.EPS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.allocation.AllocationEngine.Column;
import org.entente.allocation.AllocationEngine.Group;

/**
 * The candidate routes of a model: for every group and request of the same commodity, the cheapest route within the
 * time budget and the fastest route (when they differ). Without binding link capacities, the cheapest on-time route
 * is all a pair needs; the fastest gives the programme a second way round a full link.
 *
 * <p>One search per stock node ({@link Network#routesFrom(int, double)}), on every core, and the candidates of the
 * node's groups made from it there and then: a search is dropped as soon as its candidates are made. On L the searches
 * of all nodes together hold millions of labels, and while they all lived, the collector copied them (0.5 s of the
 * model's 2.5–3 s).
 */
final class Candidates {

    /** Each request's candidates, in order of group (the cheapest route, then the fastest); whether a search dropped
     *  labels. */
    record Found(Column[][] ofRequest, boolean truncated) {
    }

    private final AllocationEngine.Model m;
    private final List<List<Integer>> requestsOfCommodity = new ArrayList<>();

    private Candidates(AllocationEngine.Model m) {
        this.m = m;
        for (int c = 0; c < m.weight.length; c++) {
            requestsOfCommodity.add(new ArrayList<>());
        }
        for (int r = 0; r < m.instance.requests().size(); r++) {
            if (m.instance.requests().get(r).quantity() > 0) {
                requestsOfCommodity.get(m.requestCommodity[r]).add(r);
            }
        }
    }

    static Found of(AllocationEngine.Model m) {
        return new Candidates(m).find();
    }

    private Found find() {
        int n = m.instance.requests().size();
        // Each stock node is searched as far as the latest hour any of its groups could serve a request.
        double[] latestNeed = new double[m.weight.length];
        Arrays.fill(latestNeed, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < n; r++) {
            latestNeed[m.requestCommodity[r]] = Math.max(latestNeed[m.requestCommodity[r]],
                    m.instance.requests().get(r).neededByHour());
        }
        Map<Integer, Double> limit = new HashMap<>();
        Map<Integer, List<Integer>> groupsAt = new HashMap<>();
        for (int g = 0; g < m.groups.size(); g++) {
            Group group = m.groups.get(g);
            groupsAt.computeIfAbsent(group.node(), k -> new ArrayList<>()).add(g);
            double need = latestNeed[group.commodity()];
            if (need > Double.NEGATIVE_INFINITY) {
                double until = group.expires() == null ? need : Math.min(need, group.expires());
                limit.merge(group.node(), until - group.available(), Math::max);
            }
        }
        // Each group is at one node, so each search fills its own groups' entries.
        Column[][] ofGroup = new Column[m.groups.size()][0];
        boolean truncated = limit.entrySet().parallelStream().filter(e -> e.getValue() >= 0)
                .map(e -> from(m.network.routesFrom(e.getKey(), e.getValue()), groupsAt.get(e.getKey()), ofGroup))
                .reduce(false, Boolean::logicalOr);
        // Each request's, in order of group.
        int[] count = new int[n];
        for (Column[] cols : ofGroup) {
            for (Column col : cols) {
                count[col.request()]++;
            }
        }
        Column[][] ofRequest = new Column[n][];
        for (int r = 0; r < n; r++) {
            ofRequest[r] = new Column[count[r]];
            count[r] = 0;
        }
        for (Column[] cols : ofGroup) {
            for (Column col : cols) {
                ofRequest[col.request()][count[col.request()]++] = col;
            }
        }
        return new Found(ofRequest, truncated);
    }

    /**
     * The candidates of the groups at a searched node, in order of request, each group's into its entry of
     * {@code ofGroup}; answers whether the search dropped labels.
     */
    private boolean from(Routes routes, List<Integer> groupsHere, Column[][] ofGroup) {
        for (int g : groupsHere) {
            Group group = m.groups.get(g);
            List<Integer> requests = requestsOfCommodity.get(group.commodity());
            Column[] found = new Column[2 * requests.size()];
            int size = 0;
            for (int r : requests) {
                double budget = m.budget(group, r);
                int node = m.requestNode[r];
                if (group.node() == node) {
                    if (budget >= -EPS) {
                        found[size++] = new Column(g, r, new int[0], 0, 0);
                    }
                    continue;
                }
                // A node's labels are in order of time, their costs falling: the first is the fastest, the last
                // within the budget the cheapest.
                if (routes.labelCount(node) > 0 && routes.time[routes.label(node, 0)] <= budget + 1e-9) {
                    int fastest = routes.label(node, 0);
                    int cheapest = routes.shortestWithin(node, budget + 1e-9);
                    found[size++] = column(g, r, routes, cheapest);
                    if (fastest != cheapest) {
                        found[size++] = column(g, r, routes, fastest);
                    }
                }
            }
            ofGroup[g] = Arrays.copyOf(found, size);
        }
        return routes.truncated;
    }

    private static Column column(int g, int r, Routes routes, int label) {
        return new Column(g, r, routes.links(label), routes.time[label], routes.cost[label]);
    }
}
