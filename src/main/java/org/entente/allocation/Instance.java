package org.entente.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;

/**
 * A self-contained allocation problem: commodities, a network of nodes and directed links, stock entries and
 * requests. Times are hours from the start of the planning horizon. {@link #validate()} names the first field that
 * breaks a rule, so that an API caller can fix its input.
 */
public record Instance(List<Commodity> commodities, List<Node> nodes, List<Link> links, List<Stock> stock,
        List<Request> requests, Options options) {

    public static final int MAX_REQUESTS = 50_000;
    public static final int MAX_LINKS = 100_000;

    @Labelled("request.priority")
    public enum Priority { LIFE_SAVING, URGENT, ROUTINE }

    @Labelled("node")
    public enum NodeKind { WAREHOUSE, AIRLIFT_HUB, PORT, BORDER_CROSSING, DELIVERY_POINT }

    @Labelled("mode")
    public enum Mode { ROAD, AIR, SEA, RAIL }

    /** A commodity; one that is not divisible moves in whole units. Divisible unless said otherwise. */
    public record Commodity(String code, double unitWeightKg, Boolean divisible) {
        public boolean isDivisible() {
            return divisible == null || divisible;
        }
    }

    public record Node(String code, NodeKind kind) {
    }

    /** A directed link; its capacity is in kilograms over the whole horizon, shared by every commodity. */
    public record Link(String from, String to, Mode mode, double transitHours, double delayHours, double capacityKg,
            double costPerKg, Boolean open) {
        public boolean isOpen() {
            return open == null || open;
        }

        public double hours() {
            return transitHours + delayHours;
        }
    }

    /** Stock of one commodity at one node, available from an hour and usable until an hour (null: no expiry). */
    public record Stock(String node, String commodity, double quantity, double availableAtHour, Double expiresAtHour) {
    }

    public record Request(String id, String node, String commodity, double quantity, Priority priority,
            double neededByHour) {
    }

    /**
     * Weights of the priorities in the coverage objective, by default 100, 10 and 1; how long the search for the
     * optimum may take, by default {@link #DEFAULT_TIME_LIMIT_SECONDS} and at most {@link #MAX_TIME_LIMIT_SECONDS}
     * (when time runs out, the answer is the best valid plan found, with status FEASIBLE); and whether equity is refined
     * leximin within each priority after its floor (the simplex programme only; off unless asked).
     */
    public record Options(Map<Priority, Double> priorityWeights, Double timeLimitSeconds, Boolean leximin) {

        public static final double DEFAULT_TIME_LIMIT_SECONDS = 30;
        public static final double MAX_TIME_LIMIT_SECONDS = 300;

        public Options(Map<Priority, Double> priorityWeights) {
            this(priorityWeights, null, null);
        }

        public Options(Map<Priority, Double> priorityWeights, Double timeLimitSeconds) {
            this(priorityWeights, timeLimitSeconds, null);
        }

        public boolean refinesLeximin() {
            return Boolean.TRUE.equals(leximin);
        }

        public double timeLimit() {
            return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
        }

        public double weight(Priority priority) {
            Double w = priorityWeights == null ? null : priorityWeights.get(priority);
            return w != null ? w : switch (priority) {
                case LIFE_SAVING -> 100;
                case URGENT -> 10;
                case ROUTINE -> 1;
            };
        }
    }

    public Instance {
        commodities = commodities == null ? List.of() : List.copyOf(commodities);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        links = links == null ? List.of() : List.copyOf(links);
        stock = stock == null ? List.of() : List.copyOf(stock);
        requests = requests == null ? List.of() : List.copyOf(requests);
        options = options == null ? new Options(null, null) : options;
    }

    /** The same instance with another time limit (a caller capping it for its role). */
    public Instance withTimeLimit(double seconds) {
        return new Instance(commodities, nodes, links, stock, requests,
                new Options(options.priorityWeights(), seconds, options.leximin()));
    }

    /** Checks every rule of the instance and throws for all broken ones, each naming its field. */
    public Instance validate() {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        Set<String> commodityCodes = new HashSet<>();
        for (int i = 0; i < commodities.size(); i++) {
            Commodity c = commodities.get(i);
            String at = "commodities[" + i + "]";
            if (c == null || blank(c.code())) {
                problems.add(new InvalidInput.FieldProblem(at + ".code", "is required"));
                continue;
            }
            if (!commodityCodes.add(c.code())) {
                problems.add(new InvalidInput.FieldProblem(at + ".code", "repeats " + c.code()));
            }
            if (!(c.unitWeightKg() > 0) || !Double.isFinite(c.unitWeightKg())) {
                problems.add(new InvalidInput.FieldProblem(at + ".unitWeightKg", "must be a positive number"));
            }
        }
        Set<String> nodeCodes = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            String at = "nodes[" + i + "]";
            if (n == null || blank(n.code())) {
                problems.add(new InvalidInput.FieldProblem(at + ".code", "is required"));
            } else if (!nodeCodes.add(n.code())) {
                problems.add(new InvalidInput.FieldProblem(at + ".code", "repeats " + n.code()));
            } else if (n.kind() == null) {
                problems.add(new InvalidInput.FieldProblem(at + ".kind", "is required"));
            }
        }
        if (links.size() > MAX_LINKS) {
            problems.add(new InvalidInput.FieldProblem("links", "at most " + MAX_LINKS));
        }
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            String at = "links[" + i + "]";
            if (l == null) {
                problems.add(new InvalidInput.FieldProblem(at, "is required"));
                continue;
            }
            node(problems, nodeCodes, at + ".from", l.from());
            node(problems, nodeCodes, at + ".to", l.to());
            if (l.from() != null && l.from().equals(l.to())) {
                problems.add(new InvalidInput.FieldProblem(at + ".to", "a link joins two different nodes"));
            }
            nonNegative(problems, at + ".transitHours", l.transitHours());
            nonNegative(problems, at + ".delayHours", l.delayHours());
            nonNegative(problems, at + ".capacityKg", l.capacityKg());
            nonNegative(problems, at + ".costPerKg", l.costPerKg());
        }
        for (int i = 0; i < stock.size(); i++) {
            Stock s = stock.get(i);
            String at = "stock[" + i + "]";
            if (s == null) {
                problems.add(new InvalidInput.FieldProblem(at, "is required"));
                continue;
            }
            node(problems, nodeCodes, at + ".node", s.node());
            commodity(problems, commodityCodes, at + ".commodity", s.commodity());
            nonNegative(problems, at + ".quantity", s.quantity());
            nonNegative(problems, at + ".availableAtHour", s.availableAtHour());
            if (s.expiresAtHour() != null && !(s.expiresAtHour() >= 0)) {
                problems.add(new InvalidInput.FieldProblem(at + ".expiresAtHour", "must be a number of hours, or null"));
            }
        }
        if (requests.size() > MAX_REQUESTS) {
            problems.add(new InvalidInput.FieldProblem("requests", "at most " + MAX_REQUESTS));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            String at = "requests[" + i + "]";
            if (r == null || blank(r.id())) {
                problems.add(new InvalidInput.FieldProblem(at + ".id", "is required"));
                continue;
            }
            if (!ids.add(r.id())) {
                problems.add(new InvalidInput.FieldProblem(at + ".id", "repeats " + r.id()));
            }
            node(problems, nodeCodes, at + ".node", r.node());
            commodity(problems, commodityCodes, at + ".commodity", r.commodity());
            nonNegative(problems, at + ".quantity", r.quantity());
            nonNegative(problems, at + ".neededByHour", r.neededByHour());
            if (r.priority() == null) {
                problems.add(new InvalidInput.FieldProblem(at + ".priority", "is required: LIFE_SAVING, URGENT or ROUTINE"));
            }
        }
        if (options.priorityWeights() != null) {
            options.priorityWeights().forEach((p, w) -> {
                if (w == null || !(w > 0) || !Double.isFinite(w)) {
                    problems.add(new InvalidInput.FieldProblem("options.priorityWeights." + p, "must be a positive number"));
                }
            });
        }
        if (options.timeLimitSeconds() != null && !(options.timeLimitSeconds() > 0
                && options.timeLimitSeconds() <= Options.MAX_TIME_LIMIT_SECONDS)) {
            problems.add(new InvalidInput.FieldProblem("options.timeLimitSeconds",
                    "must be more than 0 and at most " + (int) Options.MAX_TIME_LIMIT_SECONDS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return this;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void node(List<InvalidInput.FieldProblem> problems, Set<String> nodes, String field, String code) {
        if (blank(code)) {
            problems.add(new InvalidInput.FieldProblem(field, "is required"));
        } else if (!nodes.contains(code)) {
            problems.add(new InvalidInput.FieldProblem(field, "no node with code " + code));
        }
    }

    private static void commodity(List<InvalidInput.FieldProblem> problems, Set<String> commodities, String field,
            String code) {
        if (blank(code)) {
            problems.add(new InvalidInput.FieldProblem(field, "is required"));
        } else if (!commodities.contains(code)) {
            problems.add(new InvalidInput.FieldProblem(field, "no commodity with code " + code));
        }
    }

    private static void nonNegative(List<InvalidInput.FieldProblem> problems, String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            problems.add(new InvalidInput.FieldProblem(field, "must be a number, zero or more"));
        }
    }
}
