package org.entente.logistics.allocation;

import static org.entente.logistics.allocation.AllocationEngine.EPS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.entente.logistics.allocation.AllocationEngine.Column;
import org.entente.logistics.allocation.AllocationEngine.Group;

/**
 * An upper bound on level 1 over all routes from any prices, and the routes worth adding at those prices. Take prices
 * y_g ≥ 0 per unit of stock and y_e ≥ 0 per kilogram of link capacity. No plan covers more than
 * <pre>
 *   Σ_g q_g y_g + Σ_e capacity_e y_e + Σ_r d_r · max(0, max over stock g and on-time routes P of
 *                                                    (coverage_r − y_g − w_r Σ_{e ∈ P} y_e))
 * </pre>
 * (weak duality, keeping each request's limit: a request is served at most d_r, and earns per unit at most its best
 * margin after paying for the stock and the capacity it uses). The inner maximum is a resource-constrained shortest
 * path with time as the resource, one label-setting search per stock node, on every core. The same searches give each
 * pair's best route; with the request's own price taken off too, a route with a positive margin would improve the
 * programme those prices came from. Used by {@link FirstOrderProgramme}; see docs/allocation.md.
 */
final class RouteMargins {

    /** The bound the prices prove (in coverage units), the routes that would improve the programme, best first, and
     *  whether every search was exact (a search that dropped labels may have missed a best margin: no bound then). */
    record Priced(double bound, List<RoutePricing.Entering> entering, boolean exact) {
    }

    private final AllocationEngine.Model m;
    private final double coverageScale;
    private final List<List<Integer>> requestsOfCommodity = new ArrayList<>();
    private final Map<Integer, List<Integer>> groupsAt = new HashMap<>();

    /** Over the model's reachable requests, with coverage coefficients divided by the given scale. */
    RouteMargins(AllocationEngine.Model m, double coverageScale) {
        this.m = m;
        this.coverageScale = coverageScale;
        for (int g = 0; g < m.groups.size(); g++) {
            groupsAt.computeIfAbsent(m.groups.get(g).node(), k -> new ArrayList<>()).add(g);
        }
        for (int c = 0; c < m.weight.length; c++) {
            requestsOfCommodity.add(new ArrayList<>());
        }
        for (int r = 0; r < m.instance.requests().size(); r++) {
            if (m.reachable(r)) {
                requestsOfCommodity.get(m.requestCommodity[r]).add(r);
            }
        }
    }

    /**
     * Prices every on-time route of every stock group and request. Prices are non-negative and in the scaled
     * coverage's units; {@code inProgramme} tells the columns that need not be offered again.
     */
    Priced price(double[] stockPrice, double[] requestPrice, double[] linkPrice, IntPredicate inProgramme) {
        double bound = 0;
        for (int g = 0; g < stockPrice.length; g++) {
            bound += stockPrice[g] * m.groups.get(g).quantity();
        }
        for (int e = 0; e < linkPrice.length; e++) {
            bound += linkPrice[e] * m.network.capacityKg[e];
        }
        List<FromNode> searched = groupsAt.entrySet().parallelStream()
                .map(at -> from(at.getKey(), at.getValue(), stockPrice, requestPrice, linkPrice, inProgramme))
                .toList();
        double[] margin = new double[requestPrice.length];
        List<RoutePricing.Entering> entering = new ArrayList<>();
        boolean exact = true;
        for (FromNode p : searched) {
            exact &= p.exact();
            for (int r = 0; r < margin.length; r++) {
                margin[r] = Math.max(margin[r], p.margin()[r]);
            }
            entering.addAll(p.entering());
        }
        for (int r = 0; r < margin.length; r++) {
            bound += margin[r] * m.instance.requests().get(r).quantity();
        }
        entering.sort(Comparator.comparingDouble(RoutePricing.Entering::gain).reversed());
        return new Priced(bound * coverageScale, entering, exact);
    }

    /** What one stock node's search found: the best margin per request, the routes to offer, and its exactness. */
    private record FromNode(double[] margin, List<RoutePricing.Entering> entering, boolean exact) {
    }

    private FromNode from(int node, List<Integer> groups, double[] stockPrice, double[] requestPrice,
            double[] linkPrice, IntPredicate inProgramme) {
        double[] margin = new double[requestPrice.length];
        List<RoutePricing.Entering> entering = new ArrayList<>();
        double limit = -1;
        for (int g : groups) {
            for (int r : requestsOfCommodity.get(m.groups.get(g).commodity())) {
                limit = Math.max(limit, m.budget(m.groups.get(g), r));
            }
        }
        if (limit < 0) {
            return new FromNode(margin, entering, true);
        }
        Network.Routes from = m.network.routesFrom(node, limit, new double[][] {linkPrice}, new double[] {1e-12});
        for (int g : groups) {
            Group group = m.groups.get(g);
            double w = m.weight[group.commodity()];
            for (int r : requestsOfCommodity.get(group.commodity())) {
                double budget = m.budget(group, r);
                double c = m.coverageCoefficient[r] / coverageScale;
                if (group.node() == m.requestNode[r]) {
                    if (budget >= -EPS) {
                        margin[r] = Math.max(margin[r], c - stockPrice[g]);
                    }
                    continue;
                }
                int best = -1;
                for (int label : from.labels(m.requestNode[r])) {
                    if (from.time[label] <= budget + 1e-9 && (best < 0 || from.cost[label] < from.cost[best])) {
                        best = label;
                    }
                }
                if (best < 0) {
                    continue;
                }
                double earns = c - stockPrice[g] - w * from.cost[best];
                margin[r] = Math.max(margin[r], earns);
                double rc = earns - requestPrice[r];
                if (rc > 1e-7) {
                    int[] links = from.links(best);
                    int known = m.columnOf(g, r, links);
                    if (known < 0 || !inProgramme.test(known)) {
                        double costPerKg = 0;
                        for (int e : links) {
                            costPerKg += m.network.costPerKg[e];
                        }
                        entering.add(new RoutePricing.Entering(rc, known >= 0 ? m.columns.get(known)
                                : new Column(g, r, links, from.time[best], costPerKg), known));
                    }
                }
            }
        }
        return new FromNode(margin, entering, !from.truncated);
    }
}
