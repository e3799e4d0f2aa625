package org.entente.allocation;

import static org.entente.allocation.AllocationEngine.EPS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.entente.allocation.AllocationEngine.Column;
import org.entente.allocation.AllocationEngine.Group;

/**
 * An upper bound on level 1 over all routes from prices on link capacity, and the routes worth adding at the prices
 * of a programme. Take prices y_e ≥ 0 per kilogram of link capacity. No plan covers more than
 * <pre>
 *   Σ_e capacity_e y_e + Σ_commodities T_c(y)
 * </pre>
 * where T_c(y) is the optimum of a transportation problem from the commodity's stock groups to its requests, a unit
 * sent from g to r earning coverage_r − w_r · (the length under y of the shortest route from g that reaches r in
 * time), when positive (Lagrangian relaxation of the link capacities; {@link TransportBound} solves it). The shortest
 * routes come from a resource-constrained shortest-path search with time as the resource, one label-setting search per
 * stock node, on every core. The same searches give each pair's best route; with the programme's prices on the stock
 * and the request taken off too, a route with a positive margin would improve the programme those prices came from.
 * Used by {@link FirstOrderProgramme}; see docs/allocation.md.
 */
final class RouteMargins {

    /** The bound the prices prove (in coverage units), the routes that would improve the programme, best first,
     *  whether every search was exact (a search that dropped labels may have missed a best route: no bound then), and
     *  how long the bound took (the searches and the flow problems, without choosing the routes). */
    record Priced(double bound, List<RoutePricing.Entering> entering, boolean exact, long boundNanos) {
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
        long t0 = System.nanoTime();
        List<FromNode> searched = groupsAt.entrySet().parallelStream()
                .map(at -> from(at.getKey(), at.getValue(), stockPrice, requestPrice, linkPrice, perRequest > 0))
                .toList();
        boolean exact = true;
        TransportBound.Earnings earnings = new TransportBound.Earnings();
        // Every improving route: only the best few per request become columns.
        List<Improving> improving = new ArrayList<>();
        for (FromNode p : searched) {
            exact &= p.exact();
            earnings.addAll(p.earnings());
            improving.addAll(p.improving());
        }
        double bound = 0;
        for (int e = 0; e < linkPrice.length; e++) {
            bound += linkPrice[e] * m.network.capacityKg[e];
        }
        long t1 = System.nanoTime();
        bound += transport.of(earnings);
        long t2 = System.nanoTime();
        // The most improving first: gains are positive, so their float bits order them, and each key carries the
        // route's index in its low half (a sort of plain longs: on L, some 350,000 routes a round).
        long[] byGain = new long[improving.size()];
        for (int k = 0; k < byGain.length; k++) {
            byGain[k] = (long) Float.floatToIntBits((float) improving.get(k).gain()) << 32 | k;
        }
        Arrays.sort(byGain);
        List<RoutePricing.Entering> entering = new ArrayList<>();
        int[] offered = new int[requestPrice.length];
        for (int k = byGain.length - 1; k >= 0; k--) {
            Improving i = improving.get((int) byGain[k]);
            if (offered[i.request()] >= perRequest) {
                continue;
            }
            int[] links = i.label() < 0 ? new int[0] : i.routes().links(i.label());
            int known = m.columnOf(i.group(), i.request(), links);
            if (known >= 0 && inProgramme.test(known)) {
                continue;
            }
            double costPerKg = 0;
            for (int e : links) {
                costPerKg += m.network.costPerKg[e];
            }
            offered[i.request()]++;
            entering.add(new RoutePricing.Entering(i.gain(), known >= 0 ? m.columns.get(known) : new Column(i.group(),
                    i.request(), links, i.label() < 0 ? 0 : i.routes().time[i.label()], costPerKg), known));
        }
        if (Boolean.getBoolean("allocation.profile")) {
            Profile.log("      searches %d ms, transport %d ms, entering %d ms (%d improving)%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000,
                    improving.size());
        }
        return new Priced(bound * coverageScale, entering, exact, t2 - t0);
    }

    /**
     * A route that would improve the programme: its reduced cost, its group and request, and its label in the search
     * that found it (-1 for stock already at the request's node).
     */
    private record Improving(double gain, int group, int request, int label, Routes routes) {
    }

    /**
     * What one stock node's search found: the routes that would improve the programme, what a unit earns per pair of
     * group and request at the link prices (where positive), and whether the search was exact.
     */
    private record FromNode(List<Improving> improving, TransportBound.Earnings earnings, boolean exact) {
    }

    /** One stock node's search; the routes that would improve the programme only when they are wanted. */
    private FromNode from(int node, List<Integer> groups, double[] stockPrice, double[] requestPrice,
            double[] linkPrice, boolean wanted) {
        double limit = -1;
        for (int g : groups) {
            for (int r : requestsOfCommodity.get(m.groups.get(g).commodity())) {
                limit = Math.max(limit, m.budget(m.groups.get(g), r));
            }
        }
        TransportBound.Earnings earnings = new TransportBound.Earnings();
        if (limit < 0) {
            return new FromNode(List.of(), earnings, true);
        }
        Routes from = m.network.routesFrom(node, limit, new double[][] {linkPrice}, new double[] {1e-12});
        List<Improving> improving = new ArrayList<>();
        for (int g : groups) {
            Group group = m.groups.get(g);
            double w = m.weight[group.commodity()];
            for (int r : requestsOfCommodity.get(group.commodity())) {
                double budget = m.budget(group, r);
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
                double earns = m.coverageCoefficient[r] / coverageScale - w * length;
                if (earns > 0) {
                    earnings.add(g, r, earns);
                }
                double rc = earns - stockPrice[g] - requestPrice[r];
                if (wanted && rc > 1e-7) {
                    improving.add(new Improving(rc, g, r, best, from));
                }
            }
        }
        return new FromNode(improving, earnings, !from.truncated);
    }
}
