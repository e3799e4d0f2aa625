package org.entente.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a plan against the rules of a valid plan, independently of how it was made: each flow follows open links
 * from its stock entry's node to its request's node, arrives by the request's needed-by hour and before the stock
 * expires, and moves the request's commodity; no stock entry gives more than it holds, no request gets more than it
 * asked, no link carries more kilograms than its capacity, indivisible commodities move in whole units, and the
 * reported figures add up. Returns the violations, none for a valid plan.
 */
public final class PlanValidator {

    private static final double TOLERANCE = 1e-6;

    private PlanValidator() {
    }

    public static List<String> violations(Instance instance, Plan plan) {
        List<String> problems = new ArrayList<>();
        Map<String, Instance.Commodity> commodities = new HashMap<>();
        instance.commodities().forEach(c -> commodities.put(c.code(), c));
        Map<String, Instance.Request> requests = new HashMap<>();
        instance.requests().forEach(r -> requests.put(r.id(), r));
        double[] given = new double[instance.stock().size()];
        double[] loadKg = new double[instance.links().size()];
        double totalCost = 0;
        for (Plan.RequestResult result : plan.requests()) {
            Instance.Request request = requests.get(result.id());
            if (request == null) {
                problems.add("unknown request " + result.id());
                continue;
            }
            Instance.Commodity commodity = commodities.get(request.commodity());
            double delivered = 0;
            for (Plan.Flow flow : result.flows()) {
                String at = result.id() + " from stock[" + flow.stock() + "]";
                if (flow.stock() < 0 || flow.stock() >= instance.stock().size()) {
                    problems.add(at + ": no such stock entry");
                    continue;
                }
                Instance.Stock stock = instance.stock().get(flow.stock());
                if (!stock.commodity().equals(request.commodity())) {
                    problems.add(at + ": moves " + stock.commodity() + " to a request for " + request.commodity());
                }
                if (flow.quantity() < -TOLERANCE) {
                    problems.add(at + ": negative quantity");
                }
                if (!commodity.isDivisible() && Math.abs(flow.quantity() - Math.rint(flow.quantity())) > 1e-9) {
                    problems.add(at + ": " + flow.quantity() + " is not a whole number of " + commodity.code());
                }
                String node = stock.node();
                double hours = 0;
                double costPerKg = 0;
                if (flow.path().isEmpty() || !flow.path().get(0).equals(node)) {
                    problems.add(at + ": the path does not start at " + node);
                }
                if (flow.links().size() != Math.max(0, flow.path().size() - 1)) {
                    problems.add(at + ": the path's nodes and links do not match");
                }
                for (int i = 0; i < flow.links().size(); i++) {
                    int e = flow.links().get(i);
                    if (e < 0 || e >= instance.links().size()) {
                        problems.add(at + ": no link " + e);
                        break;
                    }
                    Instance.Link link = instance.links().get(e);
                    if (!link.from().equals(node) || (i + 1 < flow.path().size() && !link.to().equals(flow.path().get(i + 1)))) {
                        problems.add(at + ": link " + e + " does not join the path's nodes");
                    }
                    if (!link.isOpen()) {
                        problems.add(at + ": uses closed link " + link.from() + "→" + link.to());
                    }
                    node = link.to();
                    hours += link.hours();
                    costPerKg += link.costPerKg();
                    loadKg[e] += flow.quantity() * commodity.unitWeightKg();
                }
                if (!node.equals(request.node())) {
                    problems.add(at + ": ends at " + node + ", not at " + request.node());
                }
                double arrival = stock.availableAtHour() + hours;
                if (Math.abs(arrival - flow.arrivalHour()) > TOLERANCE) {
                    problems.add(at + ": arrives at " + arrival + ", not " + flow.arrivalHour() + " as reported");
                }
                if (arrival > request.neededByHour() + TOLERANCE) {
                    problems.add(at + ": arrives at " + arrival + ", after " + request.neededByHour());
                }
                if (stock.expiresAtHour() != null && arrival > stock.expiresAtHour() + TOLERANCE) {
                    problems.add(at + ": arrives at " + arrival + ", after the stock expires at " + stock.expiresAtHour());
                }
                double cost = flow.quantity() * commodity.unitWeightKg() * costPerKg;
                if (Math.abs(cost - flow.cost()) > TOLERANCE * Math.max(1, cost)) {
                    problems.add(at + ": costs " + cost + ", not " + flow.cost() + " as reported");
                }
                totalCost += cost;
                given[flow.stock()] += flow.quantity();
                delivered += flow.quantity();
            }
            if (delivered > request.quantity() + TOLERANCE * Math.max(1, request.quantity())) {
                problems.add(result.id() + ": gets " + delivered + ", more than the " + request.quantity() + " asked");
            }
            if (Math.abs(delivered - result.delivered()) > TOLERANCE * Math.max(1, delivered)) {
                problems.add(result.id() + ": flows add up to " + delivered + ", not " + result.delivered());
            }
        }
        for (int s = 0; s < given.length; s++) {
            double quantity = instance.stock().get(s).quantity();
            if (given[s] > quantity + TOLERANCE * Math.max(1, quantity)) {
                problems.add("stock[" + s + "] gives " + given[s] + ", more than its " + quantity);
            }
        }
        for (int e = 0; e < loadKg.length; e++) {
            double capacity = instance.links().get(e).capacityKg();
            if (loadKg[e] > capacity + TOLERANCE * Math.max(1, capacity)) {
                problems.add("links[" + e + "] carries " + loadKg[e] + " kg, more than its " + capacity);
            }
        }
        if (Math.abs(totalCost - plan.cost()) > TOLERANCE * Math.max(1, totalCost)) {
            problems.add("the flows cost " + totalCost + ", not " + plan.cost() + " as reported");
        }
        return problems;
    }
}
