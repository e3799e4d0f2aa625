package org.entente.allocation;

import static org.entente.allocation.AllocationEngine.HOLD_TOLERANCE;
import static org.entente.allocation.AllocationEngine.PRICING_TOLERANCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.allocation.AllocationEngine.Column;

/**
 * Pricing over all routes, for when link capacities have a price: for every stock group and request of its
 * commodity, the route that arrives in time and is lexicographically shortest under the lengths of every level solved
 * so far and then the current one (so that it keeps the earlier levels, if any route does). A column along it that
 * would improve the current level is offered to the {@link Programme}. One label-setting search per stock node, on
 * every core: each reads the programme and the network, and writes nothing.
 */
final class RoutePricing {

    /** A column that would improve the level: its gain per unit, and its index if the model has it already, or -1. */
    record Entering(double gain, Column column, int known) {
    }

    private final Programme programme;
    private final AllocationEngine.Model m;
    private final List<List<Integer>> requestsOfCommodity = new ArrayList<>();
    private final Map<Integer, List<Integer>> groupsAt = new HashMap<>();
    private boolean exact = true;

    RoutePricing(Programme programme, AllocationEngine.Model m, int[] requestRow) {
        this.programme = programme;
        this.m = m;
        for (int c = 0; c < m.weight.length; c++) {
            requestsOfCommodity.add(new ArrayList<>());
        }
        for (int r = 0; r < requestRow.length; r++) {
            if (requestRow[r] >= 0) {
                requestsOfCommodity.get(m.requestCommodity[r]).add(r);
            }
        }
        for (int g = 0; g < m.groups.size(); g++) {
            groupsAt.computeIfAbsent(m.groups.get(g).node(), k -> new ArrayList<>()).add(g);
        }
    }

    /** False once a search had to approximate (a negative length on a link that takes no time, too many labels). */
    boolean exact() {
        return exact;
    }

    /** The columns that would improve the current level, best first. */
    List<Entering> price(List<double[]> heldDuals, List<Integer> heldObjective, double[] duals, int objective,
            boolean maximise) {
        // An earlier level whose lengths are all zero (no capacity had a price there) tells no route from another.
        List<double[]> levels = new ArrayList<>();
        for (int level = 0; level < heldDuals.size(); level++) {
            double[] l = linkLengths(heldDuals.get(level), heldObjective.get(level));
            if (Arrays.stream(l).anyMatch(x -> x != 0)) {
                levels.add(l);
            }
        }
        levels.add(linkLengths(duals, objective));
        double[][] lengths = levels.toArray(new double[0][]);
        // An earlier level counts two routes alike when their reduced costs there differ by less than the tolerance
        // that decides whether a column keeps that level, for the heaviest commodity.
        double[] tolerance = new double[lengths.length];
        double heaviest = Arrays.stream(m.weight).max().orElse(1);
        Arrays.fill(tolerance, HOLD_TOLERANCE / heaviest);
        tolerance[lengths.length - 1] = 1e-12;
        List<Priced> searched = groupsAt.entrySet().parallelStream()
                .map(at -> priceFrom(at.getKey(), at.getValue(), lengths, tolerance, duals, objective, maximise))
                .toList();
        List<Entering> entering = new ArrayList<>();
        for (Priced p : searched) {
            exact &= p.exact();
            entering.addAll(p.entering());
        }
        entering.sort(Comparator.comparingDouble(Entering::gain).reversed());
        return entering;
    }

    /**
     * The length of each link per kilogram under one level's duals, smaller being better: for coverage and equity the
     * price of its capacity; for cost its cost (scaled as the objective) plus that price. An equality row held by an
     * earlier level can have a price of either sign, so a length can be negative; on a link that takes no time it is
     * counted as zero (a cycle of such links could otherwise be shortened forever), and the search is then no longer
     * exact.
     */
    private double[] linkLengths(double[] duals, int objective) {
        double[] length = new double[m.network.from.length];
        for (int e = 0; e < length.length; e++) {
            double price = programme.linkPrice(duals, e);
            double l = objective == 2 ? m.network.costPerKg[e] / programme.costScale() - price : price;
            if (Math.abs(l) < 1e-12) {
                l = 0;
            } else if (l < 0 && !(m.network.hours[e] > 0)) {
                exact = false;
                l = 0;
            }
            length[e] = l;
        }
        return length;
    }

    /** The columns one stock node's routes would bring in, and whether its search was exact. */
    private record Priced(List<Entering> entering, boolean exact) {
    }

    private Priced priceFrom(int node, List<Integer> groups, double[][] lengths, double[] tolerance, double[] duals,
            int objective, boolean maximise) {
        List<Entering> entering = new ArrayList<>();
        double limit = -1;
        for (int g : groups) {
            for (int r : requestsOfCommodity.get(m.groups.get(g).commodity())) {
                limit = Math.max(limit, m.budget(m.groups.get(g), r));
            }
        }
        if (limit < 0) {
            return new Priced(List.of(), true);
        }
        Routes from = m.network.routesFrom(node, limit, lengths, tolerance);
        for (int g : groups) {
            AllocationEngine.Group group = m.groups.get(g);
            for (int r : requestsOfCommodity.get(group.commodity())) {
                if (group.node() == m.requestNode[r]) {
                    continue;
                }
                double budget = m.budget(group, r);
                int best = -1;
                for (int i = 0; i < from.labelCount(m.requestNode[r]); i++) {
                    int label = from.label(m.requestNode[r], i);
                    if (from.time[label] <= budget + 1e-9
                            && (best < 0 || Network.compareLengths(from.lengths(label), from.lengths(best), tolerance) < 0)) {
                        best = label;
                    }
                }
                if (best < 0) {
                    continue;
                }
                int[] links = from.links(best);
                int known = m.columnOf(g, r, links);
                if (known >= 0 && programme.inProgramme(known)) {
                    continue;
                }
                double costPerKg = 0;
                for (int e : links) {
                    costPerKg += m.network.costPerKg[e];
                }
                Column col = known >= 0 ? m.columns.get(known) : new Column(g, r, links, from.time[best], costPerKg);
                double rc = programme.reducedCost(col, duals, objective);
                double gain = maximise ? rc : -rc;
                if (gain > PRICING_TOLERANCE && programme.keepsEarlierLevels(col)) {
                    entering.add(new Entering(gain, col, known));
                }
            }
        }
        return new Priced(entering, !from.truncated);
    }
}
