package org.entente.logistics.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.entente.logistics.allocation.Instance.Priority;

/**
 * Allocates pooled stock to requests along routes of the network, in three levels, each held at its optimum while the
 * next is optimised: coverage (weighted share of each commodity's requested quantity delivered), equity (the smallest
 * fill ratio among reachable requests of each priority, LIFE_SAVING first) and cost. A path-based linear programme
 * solved with GLOP; docs/allocation.md gives the formulation and when it is exact. Plain Java, no Spring.
 */
public final class AllocationEngine {

    static final double EPS = 1e-7;
    /** Reduced costs and duals beyond this (the objectives are scaled to at most 1) mark what an optimum fixes. */
    static final double HOLD_TOLERANCE = 1e-6;
    /** A candidate enters the programme when it would improve the scaled objective by more than this per unit. */
    static final double PRICING_TOLERANCE = 1e-7;
    static final int INITIAL_PER_REQUEST = 2;
    static final int ADDED_PER_REQUEST = 3;
    static final int MAX_ADDED_PER_ROUND = 2000;
    private static volatile boolean loaded;

    /** The answer for an instance that {@link Instance#validate()} accepted. */
    public Plan solve(Instance instance) {
        long started = System.nanoTime();
        loadSolver();
        Model model = new Model(instance);
        long t1 = System.nanoTime();
        Solution solution = model.solve();
        long t2 = System.nanoTime();
        Plan plan = model.plan(solution, (System.nanoTime() - started) / 1_000_000);
        if (Boolean.getBoolean("allocation.profile")) {
            System.out.printf("model %d ms (%d columns), solve %d ms, plan %d ms%n", (t1 - started) / 1_000_000,
                    model.columns.size(), (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        }
        return plan;
    }

    private static void loadSolver() {
        if (!loaded) {
            synchronized (AllocationEngine.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /** Stock entries of one commodity at one node with the same availability and expiry, pooled (an exact merge). */
    record Group(int node, int commodity, double available, Double expires, double quantity, int[] entries) {
    }

    /** A candidate: one group to one request along one route. */
    record Column(int group, int request, int[] links, double hours, double costPerKg) {
    }

    record Solution(Plan.Status status, double[] x, Plan.Levels levels, double coverageUpperBound,
            boolean exact, int bindingLinks) {
    }

    /** The instance indexed for solving, its candidate routes, and the linear programme over them. */
    static final class Model {

        final Instance instance;
        final Network network;
        final Map<String, Integer> commodityIndex = new HashMap<>();
        final double[] weight;
        final boolean[] divisible;
        final List<Group> groups = new ArrayList<>();
        final int[] requestNode;
        final int[] requestCommodity;
        final double[] requestedOfCommodity;
        final double[] coverageCoefficient;
        final Map<Integer, Network.Routes> routes = new HashMap<>();
        final List<Column> columns = new ArrayList<>();
        final List<List<Integer>> columnsOfRequest = new ArrayList<>();
        boolean truncated;

        Model(Instance instance) {
            this.instance = instance;
            this.network = new Network(instance);
            int commodities = instance.commodities().size();
            weight = new double[commodities];
            divisible = new boolean[commodities];
            for (int c = 0; c < commodities; c++) {
                Instance.Commodity commodity = instance.commodities().get(c);
                commodityIndex.put(commodity.code(), c);
                weight[c] = commodity.unitWeightKg();
                divisible[c] = commodity.isDivisible();
            }
            int n = instance.requests().size();
            requestNode = new int[n];
            requestCommodity = new int[n];
            requestedOfCommodity = new double[commodities];
            for (int r = 0; r < n; r++) {
                Instance.Request request = instance.requests().get(r);
                requestNode[r] = network.index.get(request.node());
                requestCommodity[r] = commodityIndex.get(request.commodity());
                requestedOfCommodity[requestCommodity[r]] += request.quantity();
            }
            coverageCoefficient = new double[n];
            for (int r = 0; r < n; r++) {
                Instance.Request request = instance.requests().get(r);
                double total = requestedOfCommodity[requestCommodity[r]];
                coverageCoefficient[r] = total > 0 ? instance.options().weight(request.priority()) / total : 0;
            }
            groupStock();
            buildColumns();
        }

        private void groupStock() {
            Map<List<Object>, List<Integer>> byKey = new LinkedHashMap<>();
            for (int s = 0; s < instance.stock().size(); s++) {
                Instance.Stock stock = instance.stock().get(s);
                if (!(stock.quantity() > 0)) {
                    continue;
                }
                byKey.computeIfAbsent(Arrays.asList(stock.node(), stock.commodity(), stock.availableAtHour(),
                        stock.expiresAtHour()), k -> new ArrayList<>()).add(s);
            }
            byKey.forEach((key, entries) -> {
                Instance.Stock first = instance.stock().get(entries.get(0));
                double quantity = entries.stream().mapToDouble(s -> instance.stock().get(s).quantity()).sum();
                groups.add(new Group(network.index.get(first.node()), commodityIndex.get(first.commodity()),
                        first.availableAtHour(), first.expiresAtHour(), quantity,
                        entries.stream().mapToInt(Integer::intValue).toArray()));
            });
        }

        /** The latest hour a group's stock may arrive for a request. */
        double budget(Group g, int r) {
            double neededBy = instance.requests().get(r).neededByHour();
            double until = g.expires() == null ? neededBy : Math.min(neededBy, g.expires());
            return until - g.available();
        }

        /**
         * For every group and request of the same commodity, the cheapest route within the time budget and the
         * fastest route (when they differ). Without binding link capacities, the cheapest on-time route is all a
         * pair needs; the fastest gives the programme a second way round a full link.
         */
        private void buildColumns() {
            int n = instance.requests().size();
            for (int r = 0; r < n; r++) {
                columnsOfRequest.add(new ArrayList<>());
            }
            List<List<Integer>> groupsOfCommodity = new ArrayList<>();
            for (int c = 0; c < weight.length; c++) {
                groupsOfCommodity.add(new ArrayList<>());
            }
            for (int g = 0; g < groups.size(); g++) {
                groupsOfCommodity.get(groups.get(g).commodity()).add(g);
            }
            double[] latestNeed = new double[weight.length];
            Arrays.fill(latestNeed, Double.NEGATIVE_INFINITY);
            for (int r = 0; r < n; r++) {
                latestNeed[requestCommodity[r]] = Math.max(latestNeed[requestCommodity[r]],
                        instance.requests().get(r).neededByHour());
            }
            Map<Integer, Double> limit = new HashMap<>();
            for (Group g : groups) {
                double need = latestNeed[g.commodity()];
                if (need > Double.NEGATIVE_INFINITY) {
                    double until = g.expires() == null ? need : Math.min(need, g.expires());
                    limit.merge(g.node(), until - g.available(), Math::max);
                }
            }
            limit.forEach((node, hours) -> {
                if (hours >= 0) {
                    Network.Routes found = network.routesFrom(node, hours);
                    truncated |= found.truncated;
                    routes.put(node, found);
                }
            });
            for (int r = 0; r < n; r++) {
                if (!(instance.requests().get(r).quantity() > 0)) {
                    continue;
                }
                for (int g : groupsOfCommodity.get(requestCommodity[r])) {
                    Group group = groups.get(g);
                    Network.Routes from = routes.get(group.node());
                    if (from == null) {
                        continue;
                    }
                    double budget = budget(group, r);
                    int cheapest = -1;
                    int fastest = -1;
                    if (group.node() == requestNode[r]) {
                        if (budget >= -EPS) {
                            add(g, r, from, 0);
                        }
                        continue;
                    }
                    for (int label : from.labels(requestNode[r])) {
                        if (from.time[label] > budget + 1e-9) {
                            continue;
                        }
                        if (cheapest < 0 || from.cost[label] < from.cost[cheapest]
                                || (from.cost[label] == from.cost[cheapest] && from.time[label] < from.time[cheapest])) {
                            cheapest = label;
                        }
                        if (fastest < 0 || from.time[label] < from.time[fastest]
                                || (from.time[label] == from.time[fastest] && from.cost[label] < from.cost[fastest])) {
                            fastest = label;
                        }
                    }
                    if (cheapest >= 0) {
                        add(g, r, from, cheapest);
                        if (fastest != cheapest) {
                            add(g, r, from, fastest);
                        }
                    }
                }
            }
        }

        private void add(int g, int r, Network.Routes from, int label) {
            int[] links = label == 0 ? new int[0] : from.links(label);
            columnsOfRequest.get(r).add(columns.size());
            columns.add(new Column(g, r, links, from.time[label], from.cost[label]));
        }

        /** Whether a request can be reached at all: some stock of its commodity can arrive in time, capacity aside. */
        boolean reachable(int r) {
            return !columnsOfRequest.get(r).isEmpty();
        }

        Solution solve() {
            if (columns.isEmpty()) {
                return new Solution(Plan.Status.OPTIMAL, new double[0], new Plan.Levels(0, Map.of(), 0), 0, !truncated, 0);
            }
            Programme full = new Programme(true);
            try {
                Solution solution = full.solveLevels();
                if (solution.status() != Plan.Status.OPTIMAL || solution.bindingLinks() == 0) {
                    return solution;
                }
                // Some link capacity had a price: bound the coverage over all routes by dropping capacities.
                Programme relaxed = new Programme(false);
                try {
                    double bound = relaxed.coverageOnly();
                    return new Solution(solution.status(), solution.x(), solution.levels(),
                            Math.max(bound, solution.levels().coverage()), solution.exact(), solution.bindingLinks());
                } finally {
                    relaxed.delete();
                }
            } finally {
                full.delete();
            }
        }

        static double tolerance(double value) {
            return 1e-9 * Math.max(1, Math.abs(value));
        }

        /**
         * The linear programme over the candidate columns, grown by column generation: it starts with a few
         * candidates per request and adds any candidate whose reduced cost says it would improve the level being
         * solved (and that keeps every earlier level at its optimum), until none would. The result is the optimum
         * over all candidates without ever holding them all.
         */
        final class Programme {

            private final MPSolver solver = MPSolver.createSolver("GLOP");
            private final boolean capacities;
            private final MPVariable[] x = new MPVariable[columns.size()];
            private final List<Integer> inProgramme = new ArrayList<>();
            private final List<MPConstraint> rows = new ArrayList<>();
            private final int[] stockRow;
            private final int[] requestRow;
            private final int[] linkRow;
            private final int[] fillRow;
            private int coverageRow = -1;
            private final List<MPVariable> floors = new ArrayList<>();
            private final double coverageScale;
            private final double[] costOf;
            private final double costScale;
            /** Per solved level: its duals, and which objective it had (0 coverage, 1 equity, 2 cost). */
            private final List<double[]> heldDuals = new ArrayList<>();
            private final List<Integer> heldObjective = new ArrayList<>();
            private double sign = 1;
            private final List<Integer> fixed = new ArrayList<>();
            private final List<double[]> tightened = new ArrayList<>();

            Programme(boolean capacities) {
                this.capacities = capacities;
                stockRow = new int[groups.size()];
                requestRow = new int[instance.requests().size()];
                linkRow = new int[network.from.length];
                fillRow = new int[instance.requests().size()];
                Arrays.fill(stockRow, -1);
                Arrays.fill(requestRow, -1);
                Arrays.fill(linkRow, -1);
                Arrays.fill(fillRow, -1);
                coverageScale = Arrays.stream(coverageCoefficient).max().orElse(1);
                costOf = new double[columns.size()];
                for (int j = 0; j < costOf.length; j++) {
                    Column col = columns.get(j);
                    costOf[j] = col.costPerKg() * weight[groups.get(col.group()).commodity()];
                }
                costScale = Math.max(1e-12, Arrays.stream(costOf).max().orElse(1));
                for (int g = 0; g < groups.size(); g++) {
                    stockRow[g] = row(Double.NEGATIVE_INFINITY, groups.get(g).quantity());
                }
                for (int r = 0; r < requestRow.length; r++) {
                    if (reachable(r)) {
                        requestRow[r] = row(Double.NEGATIVE_INFINITY, instance.requests().get(r).quantity());
                    }
                }
                if (capacities) {
                    // A link gets a capacity row only if the candidates could overload it.
                    double[] potentialKg = new double[linkRow.length];
                    for (Column col : columns) {
                        double kg = Math.min(groups.get(col.group()).quantity(),
                                instance.requests().get(col.request()).quantity()) * weight[groups.get(col.group()).commodity()];
                        for (int e : col.links()) {
                            potentialKg[e] += kg;
                        }
                    }
                    for (int e = 0; e < linkRow.length; e++) {
                        if (potentialKg[e] > network.capacityKg[e] + EPS) {
                            linkRow[e] = row(Double.NEGATIVE_INFINITY, network.capacityKg[e]);
                        }
                    }
                }
                for (int r = 0; r < requestRow.length; r++) {
                    List<Integer> candidates = new ArrayList<>(columnsOfRequest.get(r));
                    candidates.sort(Comparator.comparingDouble(j -> costOf[j]));
                    for (int i = 0; i < Math.min(INITIAL_PER_REQUEST, candidates.size()); i++) {
                        add(candidates.get(i), 0);
                    }
                    candidates.sort(Comparator.comparingDouble(j -> groups.get(columns.get(j).group()).available()
                            + columns.get(j).hours()));
                    for (int i = 0; i < Math.min(INITIAL_PER_REQUEST, candidates.size()); i++) {
                        add(candidates.get(i), 0);
                    }
                }
            }

            void delete() {
                solver.delete();
            }

            private int row(double lb, double ub) {
                rows.add(solver.makeConstraint(lb, ub, ""));
                return rows.size() - 1;
            }

            private double objectiveOf(int j, int objective) {
                return switch (objective) {
                    case 0 -> coverageCoefficient[columns.get(j).request()] / coverageScale;
                    case 1 -> 0;
                    default -> costOf[j] / costScale;
                };
            }

            /** Adds a candidate column with its coefficients in every row that exists, and in the given objective. */
            private void add(int j, int objective) {
                if (x[j] != null) {
                    return;
                }
                Column col = columns.get(j);
                MPVariable v = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                x[j] = v;
                inProgramme.add(j);
                rows.get(stockRow[col.group()]).setCoefficient(v, 1);
                rows.get(requestRow[col.request()]).setCoefficient(v, 1);
                double w = weight[groups.get(col.group()).commodity()];
                for (int e : col.links()) {
                    if (linkRow[e] >= 0) {
                        rows.get(linkRow[e]).setCoefficient(v, w);
                    }
                }
                if (coverageRow >= 0) {
                    rows.get(coverageRow).setCoefficient(v, coverageCoefficient[col.request()] / coverageScale);
                }
                if (fillRow[col.request()] >= 0) {
                    rows.get(fillRow[col.request()]).setCoefficient(v, 1);
                }
                solver.objective().setCoefficient(v, objectiveOf(j, objective));
            }

            /** The reduced cost of a column under the given duals, with the solver's sign convention. */
            private double reducedCost(int j, double[] duals, int objective) {
                Column col = columns.get(j);
                double sum = at(duals, stockRow[col.group()]) + at(duals, requestRow[col.request()]);
                double w = weight[groups.get(col.group()).commodity()];
                for (int e : col.links()) {
                    sum += w * at(duals, linkRow[e]);
                }
                sum += coverageCoefficient[col.request()] / coverageScale * at(duals, coverageRow);
                sum += at(duals, fillRow[col.request()]);
                return objectiveOf(j, objective) - sign * sum;
            }

            private static double at(double[] duals, int row) {
                return row >= 0 && row < duals.length ? duals[row] : 0;
            }

            /** Solves the current objective to optimality over all candidates that keep earlier levels optimal. */
            private boolean solveLevel(int objective, boolean maximise, String what) {
                while (true) {
                    if (timed(solver, what) != MPSolver.ResultStatus.OPTIMAL
                            && (!releaseHolds() || timed(solver, what + " (holds released)") != MPSolver.ResultStatus.OPTIMAL)) {
                        return false;
                    }
                    double[] duals = new double[rows.size()];
                    for (int i = 0; i < duals.length; i++) {
                        duals[i] = rows.get(i).dualValue();
                    }
                    calibrateSign(duals, objective);
                    // Price every candidate outside the programme; keep the best few per request.
                    Map<Integer, List<double[]>> best = new HashMap<>();
                    for (int j = 0; j < columns.size(); j++) {
                        if (x[j] != null) {
                            continue;
                        }
                        double rc = reducedCost(j, duals, objective);
                        double gain = maximise ? rc : -rc;
                        if (gain <= PRICING_TOLERANCE || !keepsEarlierLevels(j)) {
                            continue;
                        }
                        List<double[]> list = best.computeIfAbsent(columns.get(j).request(), r -> new ArrayList<>());
                        list.add(new double[] {gain, j});
                    }
                    if (best.isEmpty()) {
                        heldDuals.add(duals);
                        heldObjective.add(objective);
                        return true;
                    }
                    List<double[]> entering = new ArrayList<>();
                    for (List<double[]> list : best.values()) {
                        list.sort((a, b) -> Double.compare(b[0], a[0]));
                        entering.addAll(list.subList(0, Math.min(ADDED_PER_REQUEST, list.size())));
                    }
                    // The most promising first, and not too many at once: the solver restarts faster after fewer.
                    entering.sort((a, b) -> Double.compare(b[0], a[0]));
                    int added = Math.min(entering.size(), Math.max(MAX_ADDED_PER_ROUND, inProgramme.size() / 10));
                    for (int i = 0; i < added; i++) {
                        add((int) entering.get(i)[1], objective);
                    }
                    if (Boolean.getBoolean("allocation.profile")) {
                        System.out.printf("    priced in %d column(s)%n", added);
                    }
                }
            }

            /** A new column must have a zero reduced cost at every level already solved, or it would undo one. */
            private boolean keepsEarlierLevels(int j) {
                for (int level = 0; level < heldDuals.size(); level++) {
                    if (Math.abs(reducedCost(j, heldDuals.get(level), heldObjective.get(level))) > HOLD_TOLERANCE) {
                        return false;
                    }
                }
                return true;
            }

            /** Learns once whether the solver reports reduced cost as c - yA or c + yA, from columns it holds. */
            private void calibrateSign(double[] duals, int objective) {
                for (int j : inProgramme) {
                    double reported = x[j].reducedCost();
                    if (Math.abs(reported) > 1e-7) {
                        sign = 1;
                        double plus = reducedCost(j, duals, objective);
                        sign = -1;
                        double minus = reducedCost(j, duals, objective);
                        sign = Math.abs(plus - reported) <= Math.abs(minus - reported) ? 1 : -1;
                        return;
                    }
                }
            }

            double coverageOnly() {
                MPObjective objective = solver.objective();
                objective.setMaximization();
                for (int j : inProgramme) {
                    objective.setCoefficient(x[j], objectiveOf(j, 0));
                }
                return solveLevel(0, true, "coverage bound") ? objective.value() * coverageScale : Double.NaN;
            }

            Solution solveLevels() {
                int k = columns.size();
                MPObjective objective = solver.objective();
                objective.setMaximization();
                if (!solveLevel(0, true, "coverage")) {
                    return notSolved(k);
                }
                double scaled = objective.value();
                double coverage = scaled * coverageScale;
                int[] binding = new int[linkRow.length];
                countBinding(binding);
                holdOptimum();
                // Coverage held within a relative 1e-9 by one explicit row as well.
                coverageRow = row(scaled - tolerance(scaled), Double.POSITIVE_INFINITY);
                for (int j : inProgramme) {
                    rows.get(coverageRow).setCoefficient(x[j], coverageCoefficient[columns.get(j).request()] / coverageScale);
                }

                Map<Priority, Double> equity = new java.util.EnumMap<>(Priority.class);
                for (Priority priority : Priority.values()) {
                    List<Integer> reachable = new ArrayList<>();
                    for (int r = 0; r < instance.requests().size(); r++) {
                        if (instance.requests().get(r).priority() == priority && reachable(r)
                                && instance.requests().get(r).quantity() > 0) {
                            reachable.add(r);
                        }
                    }
                    if (reachable.isEmpty()) {
                        continue;
                    }
                    MPVariable floor = solver.makeNumVar(0, 1, "");
                    floors.add(floor);
                    for (int r : reachable) {
                        fillRow[r] = row(0, Double.POSITIVE_INFINITY);
                        MPConstraint fill = rows.get(fillRow[r]);
                        for (int j : columnsOfRequest.get(r)) {
                            if (x[j] != null) {
                                fill.setCoefficient(x[j], 1);
                            }
                        }
                        fill.setCoefficient(floor, -instance.requests().get(r).quantity());
                    }
                    objective.clear();
                    objective.setCoefficient(floor, 1);
                    objective.setMaximization();
                    if (!solveLevel(1, true, "equity " + priority)) {
                        return notSolved(k);
                    }
                    double best = floor.solutionValue();
                    equity.put(priority, best);
                    countBinding(binding);
                    holdOptimum();
                }

                objective.clear();
                for (int j : inProgramme) {
                    objective.setCoefficient(x[j], objectiveOf(j, 2));
                }
                objective.setMinimization();
                if (!solveLevel(2, false, "cost")) {
                    return notSolved(k);
                }
                countBinding(binding);
                double levelCost = objective.value() * costScale;
                double[] values = new double[k];
                for (int j : inProgramme) {
                    values[j] = Math.max(0, x[j].solutionValue());
                }
                int bindingLinks = (int) Arrays.stream(binding).filter(b -> b > 0).count();
                if (Boolean.getBoolean("allocation.profile")) {
                    System.out.printf("  %d of %d candidate columns used in the programme%n", inProgramme.size(), k);
                }
                return new Solution(Plan.Status.OPTIMAL, values, new Plan.Levels(coverage, equity, levelCost),
                        coverage, bindingLinks == 0 && !truncated, bindingLinks);
            }

            /**
             * Undoes the complementary-slackness holds when the solver cannot work with them (GLOP has been seen to
             * answer ABNORMAL on a tiny, feasible programme with them). The explicit coverage row and the floors'
             * lower bounds still hold the earlier levels, only with less help for the solver.
             */
            private boolean releaseHolds() {
                if (fixed.isEmpty() && tightened.isEmpty()) {
                    return false;
                }
                fixed.forEach(j -> x[j].setUb(Double.POSITIVE_INFINITY));
                fixed.clear();
                for (double[] held : tightened) {
                    rows.get((int) held[0]).setBounds(held[1], held[2]);
                }
                tightened.clear();
                solver.reset();
                return true;
            }

            /** Counts, per link, the levels at which its capacity had a price (a non-zero dual value). */
            private void countBinding(int[] binding) {
                double[] last = heldDuals.get(heldDuals.size() - 1);
                for (int e = 0; e < linkRow.length; e++) {
                    if (linkRow[e] >= 0 && Math.abs(last[linkRow[e]]) > 1e-9) {
                        binding[e]++;
                    }
                }
            }

            /**
             * Holds the level just solved at its optimum for the levels that follow: a solution is optimal exactly
             * when it meets complementary slackness with the optimal duals just found, so every column with a
             * non-zero reduced cost stays at zero, every row with a non-zero dual stays tight, and each equity floor
             * keeps its value (within a relative 1e-9).
             */
            private void holdOptimum() {
                // Read every value first: the solver forgets its solution at the first change to the model.
                double[] duals = heldDuals.get(heldDuals.size() - 1);
                List<Integer> fix = new ArrayList<>();
                for (int j : inProgramme) {
                    if (Math.abs(x[j].reducedCost()) > HOLD_TOLERANCE) {
                        fix.add(j);
                    }
                }
                double[] floorValue = floors.stream().mapToDouble(MPVariable::solutionValue).toArray();
                fix.forEach(j -> x[j].setUb(0));
                fixed.addAll(fix);
                for (int i = 0; i < duals.length; i++) {
                    if (Math.abs(duals[i]) > HOLD_TOLERANCE) {
                        MPConstraint row = rows.get(i);
                        tightened.add(new double[] {i, row.lb(), row.ub()});
                        if (Double.isInfinite(row.lb())) {
                            row.setLb(row.ub());
                        } else {
                            row.setUb(row.lb());
                        }
                    }
                }
                for (int f = 0; f < floorValue.length; f++) {
                    // Clamped: a floor reported a hair above 1 must not get a lower bound above its upper one.
                    floors.get(f).setBounds(Math.min(1, Math.max(0, floorValue[f] - tolerance(floorValue[f]))), 1);
                }
            }
        }

        /** Solves with GLOP's primal simplex, which restarts from the last basis after columns are added. */
        private static MPSolver.ResultStatus timed(MPSolver solver, String what) {
            long t = System.nanoTime();
            com.google.ortools.linearsolver.MPSolverParameters parameters =
                    new com.google.ortools.linearsolver.MPSolverParameters();
            parameters.setIntegerParam(com.google.ortools.linearsolver.MPSolverParameters.IntegerParam.LP_ALGORITHM,
                    com.google.ortools.linearsolver.MPSolverParameters.LpAlgorithmValues.PRIMAL.swigValue());
            MPSolver.ResultStatus status = solver.solve(parameters);
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                // A rare failure of the warm start after bounds change: solve again from scratch.
                solver.reset();
                status = solver.solve(parameters);
            }
            if (Boolean.getBoolean("allocation.profile")) {
                System.out.printf("  %s: %s in %d ms (%d iterations)%n", what, status, (System.nanoTime() - t) / 1_000_000,
                        solver.iterations());
            }
            return status;
        }

        private Solution notSolved(int k) {
            return new Solution(Plan.Status.NOT_SOLVED, new double[k], new Plan.Levels(0, Map.of(), 0), 0, false, 0);
        }

        Plan plan(Solution solution, long millis) {
            List<List<Plan.Flow>> flows = new ArrayList<>();
            for (int r = 0; r < instance.requests().size(); r++) {
                flows.add(new ArrayList<>());
            }
            double[] left = new double[instance.stock().size()];
            for (int s = 0; s < left.length; s++) {
                left[s] = instance.stock().get(s).quantity();
            }
            for (int j = 0; j < solution.x().length; j++) {
                double q = solution.x()[j];
                if (q <= EPS) {
                    continue;
                }
                Column col = columns.get(j);
                Group group = groups.get(col.group());
                // Split the group's flow back onto its stock entries, whole units for an indivisible commodity.
                for (int s : group.entries()) {
                    if (q <= EPS) {
                        break;
                    }
                    double take = Math.min(q, left[s]);
                    q -= take;
                    // The solver's tolerances leave traces like 799.9999992; a hundred-thousandth of a unit is the precision.
                    take = divisible[group.commodity()] ? Math.rint(take * 1e5) / 1e5 : Math.floor(take + 1e-6);
                    if (take <= EPS) {
                        continue;
                    }
                    left[s] -= take;
                    flows.get(col.request()).add(flow(group, s, col, take));
                }
            }
            topUpWholeUnits(flows, left);
            return Results.plan(this, solution, flows, millis);
        }

        /**
         * Rounding whole-unit flows down can leave a request a few units short while stock and link capacity remain.
         * Requests are taken by priority, then needed-by time; each grows its existing flows by whole units as far as
         * the stock entry, the request and every link on the path allow. Nothing here can break a constraint.
         */
        private void topUpWholeUnits(List<List<Plan.Flow>> flows, double[] left) {
            double[] load = new double[network.from.length];
            for (int r = 0; r < flows.size(); r++) {
                double w = weight[requestCommodity[r]];
                for (Plan.Flow f : flows.get(r)) {
                    for (int e : f.links()) {
                        load[e] += f.quantity() * w;
                    }
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int r = 0; r < flows.size(); r++) {
                order.add(r);
            }
            order.sort(byPriorityThenNeed(instance));
            for (int r : order) {
                int c = requestCommodity[r];
                if (divisible[c]) {
                    continue;
                }
                double need = instance.requests().get(r).quantity()
                        - flows.get(r).stream().mapToDouble(Plan.Flow::quantity).sum();
                List<Plan.Flow> grown = new ArrayList<>();
                for (Plan.Flow f : flows.get(r)) {
                    double extra = Math.floor(Math.min(need, left[f.stock()]) + 1e-9);
                    for (int e : f.links()) {
                        extra = Math.min(extra, Math.floor((network.capacityKg[e] - load[e]) / weight[c] + 1e-9));
                    }
                    if (extra >= 1) {
                        need -= extra;
                        left[f.stock()] -= extra;
                        for (int e : f.links()) {
                            load[e] += extra * weight[c];
                        }
                        double quantity = f.quantity() + extra;
                        grown.add(new Plan.Flow(f.from(), f.stock(), quantity, f.path(), f.links(), f.arrivalHour(),
                                f.cost() / f.quantity() * quantity));
                    } else {
                        grown.add(f);
                    }
                }
                flows.set(r, grown);
            }
        }

        Plan.Flow flow(Group group, int stock, Column col, double quantity) {
            List<String> path = new ArrayList<>(col.links().length + 1);
            path.add(network.codes[group.node()]);
            for (int e : col.links()) {
                path.add(network.codes[network.to[e]]);
            }
            double kg = quantity * weight[group.commodity()];
            return new Plan.Flow(network.codes[group.node()], stock, quantity, List.copyOf(path),
                    Arrays.stream(col.links()).boxed().toList(), group.available() + col.hours(), kg * col.costPerKg());
        }
    }

    /** Requests in the order the greedy baseline serves them: priority, then needed-by time, then id. */
    static Comparator<Integer> byPriorityThenNeed(Instance instance) {
        return Comparator.<Integer, Priority>comparing(r -> instance.requests().get(r).priority())
                .thenComparingDouble(r -> instance.requests().get(r).neededByHour())
                .thenComparing(r -> instance.requests().get(r).id());
    }
}
