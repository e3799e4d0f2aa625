package org.entente.logistics.allocation;

import static org.entente.logistics.allocation.AllocationEngine.EPS;

import java.util.ArrayList;
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
 * path with time as the resource, one label-setting search per stock node, on every core. The stock prices y_g are
 * then chosen at their best for the link prices: the bound becomes Σ_e capacity_e y_e plus the optimum of one
 * transportation problem per commodity ({@link TransportBound}): on L, a third round's gap of 2.2% becomes 0.9%. The same searches give
 * each pair's best route; with the request's own price taken off too, a route with a positive margin would improve the
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
    private final TransportBound transport;

    /** Over the model's reachable requests, with coverage coefficients divided by the given scale. */
    RouteMargins(AllocationEngine.Model m, double coverageScale) {
        this.m = m;
        this.coverageScale = coverageScale;
        this.transport = new TransportBound(m);
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
     * coverage's units; {@code inProgramme} tells the columns that need not be offered again. At most
     * {@code perRequest} routes are offered per request, the most improving, best first.
     */
    Priced price(double[] stockPrice, double[] requestPrice, double[] linkPrice, IntPredicate inProgramme,
            int perRequest) {
        double bound = 0;
        for (int g = 0; g < stockPrice.length; g++) {
            bound += stockPrice[g] * m.groups.get(g).quantity();
        }
        for (int e = 0; e < linkPrice.length; e++) {
            bound += linkPrice[e] * m.network.capacityKg[e];
        }
        List<FromNode> searched = groupsAt.entrySet().parallelStream()
                .map(at -> from(at.getKey(), at.getValue(), stockPrice, requestPrice, linkPrice))
                .toList();
        double[] margin = new double[requestPrice.length];
        boolean exact = true;
        // Every improving route, tagged with the search that found it: only the best few per request become columns,
        // so that a round does not build hundreds of thousands of them to keep two each.
        List<double[]> improving = new ArrayList<>();
        for (int n = 0; n < searched.size(); n++) {
            FromNode p = searched.get(n);
            exact &= p.exact();
            for (int r = 0; r < margin.length; r++) {
                margin[r] = Math.max(margin[r], p.margin()[r]);
            }
            for (double[] i : p.improving()) {
                improving.add(new double[] {i[0], i[1], i[2], i[3], n});
            }
        }
        for (int r = 0; r < margin.length; r++) {
            bound += margin[r] * m.instance.requests().get(r).quantity();
        }
        // The tighter bound from the link prices alone: the stock's best use at those prices, commodity by commodity.
        // It can only be lower than the one above, which is one feasible dual of the same transportation problems;
        // that one stays as the fallback should a flow problem fail.
        double linkCharge = 0;
        for (int e = 0; e < linkPrice.length; e++) {
            linkCharge += linkPrice[e] * m.network.capacityKg[e];
        }
        List<double[]> earning = new ArrayList<>();
        searched.forEach(p -> earning.addAll(p.earning()));
        bound = Math.min(bound, linkCharge + transport.of(earning));
        improving.sort((a, b) -> Double.compare(b[0], a[0]));
        List<RoutePricing.Entering> entering = new ArrayList<>();
        int[] offered = new int[requestPrice.length];
        for (double[] i : improving) {
            int g = (int) i[1];
            int r = (int) i[2];
            int label = (int) i[3];
            if (offered[r] >= perRequest) {
                continue;
            }
            Network.Routes from = searched.get((int) i[4]).routes();
            int[] links = label < 0 ? new int[0] : from.links(label);
            int known = m.columnOf(g, r, links);
            if (known >= 0 && inProgramme.test(known)) {
                continue;
            }
            double costPerKg = 0;
            for (int e : links) {
                costPerKg += m.network.costPerKg[e];
            }
            offered[r]++;
            entering.add(new RoutePricing.Entering(i[0], known >= 0 ? m.columns.get(known)
                    : new Column(g, r, links, label < 0 ? 0 : from.time[label], costPerKg), known));
        }
        return new Priced(bound * coverageScale, entering, exact);
    }

    /**
     * What one stock node's search found: the best margin per request; the routes that would improve the programme,
     * as (reduced cost, group, request, label) with the labels of its {@code routes}; whether it was exact; and what
     * a unit earns per pair of group and request at the link prices, as (group, request, earning), where positive.
     */
    private record FromNode(double[] margin, List<double[]> improving, Network.Routes routes, boolean exact,
            List<double[]> earning) {
    }

    private FromNode from(int node, List<Integer> groups, double[] stockPrice, double[] requestPrice,
            double[] linkPrice) {
        double[] margin = new double[requestPrice.length];
        double limit = -1;
        for (int g : groups) {
            for (int r : requestsOfCommodity.get(m.groups.get(g).commodity())) {
                limit = Math.max(limit, m.budget(m.groups.get(g), r));
            }
        }
        if (limit < 0) {
            return new FromNode(margin, List.of(), null, true, List.of());
        }
        Network.Routes from = m.network.routesFrom(node, limit, new double[][] {linkPrice}, new double[] {1e-12});
        List<double[]> improving = new ArrayList<>();
        List<double[]> earning = new ArrayList<>();
        for (int g : groups) {
            Group group = m.groups.get(g);
            double w = m.weight[group.commodity()];
            for (int r : requestsOfCommodity.get(group.commodity())) {
                double budget = m.budget(group, r);
                double c = m.coverageCoefficient[r] / coverageScale;
                int best = -1;
                double length = 0;
                if (group.node() == m.requestNode[r]) {
                    if (!(budget >= -EPS)) {
                        continue;
                    }
                } else {
                    best = from.shortestWithin(m.requestNode[r], budget + 1e-9);
                    if (best < 0) {
                        continue;
                    }
                    length = from.cost[best];
                }
                if (c - w * length > 0) {
                    earning.add(new double[] {g, r, c - w * length});
                }
                double earns = c - stockPrice[g] - w * length;
                margin[r] = Math.max(margin[r], earns);
                double rc = earns - requestPrice[r];
                if (rc > 1e-7) {
                    improving.add(new double[] {rc, g, r, best});
                }
            }
        }
        return new FromNode(margin, improving, from, !from.truncated, earning);
    }
}
