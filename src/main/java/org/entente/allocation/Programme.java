package org.entente.allocation;

import static org.entente.allocation.AllocationEngine.ADDED_PER_REQUEST;
import static org.entente.allocation.AllocationEngine.EPS;
import static org.entente.allocation.AllocationEngine.HOLD_TOLERANCE;
import static org.entente.allocation.AllocationEngine.MAX_ADDED_PER_ROUND;
import static org.entente.allocation.AllocationEngine.MAX_ROWS_PER_ROUND;
import static org.entente.allocation.AllocationEngine.PRICING_TOLERANCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import org.entente.allocation.AllocationEngine.Column;
import org.entente.allocation.AllocationEngine.Solution;
import org.entente.allocation.Instance.Priority;


/**
 * The linear programme over the candidate columns, grown by column generation: it starts with a few
 * candidates per request and adds any candidate whose reduced cost says it would improve the level being
 * solved (and that keeps every earlier level at its optimum), until none would. Link capacities join the same
 * way, as rows: a link gets its row once the flows overload it. The result is the optimum over all candidates
 * and all capacities without ever holding them all.
 */
final class Programme {

    private final AllocationEngine.Model m;
    private final MPSolver solver = MPSolver.createSolver("GLOP");
    private MPVariable[] x;
    private final List<Integer> inProgramme = new ArrayList<>();
    private final List<MPConstraint> rows = new ArrayList<>();
    private final int[] stockRow;
    private final int[] requestRow;
    private final int[] linkRow;
    /**
     * Per request, its fill rows (what it receives ≥ its quantity × a floor): first its priority's floor, then those of
     * the leximin steps it takes part in (see {@link #refineLeximin}).
     */
    private final List<List<Integer>> fillRows = new ArrayList<>();
    private int coverageRow = -1;
    private final List<MPVariable> floors = new ArrayList<>();
    private final double coverageScale;
    private final double costScale;
    /** The search over all routes, once capacities have a price. */
    private RoutePricing routes;
    /** True once the time limit stopped the search for better columns at some level. */
    private boolean stopped;
    /** What each request receives in the solution of the level last solved. */
    private final double[] delivered;
    /** Whether level 1 ran to its optimum (rather than being stopped by the time limit). */
    private boolean coverageProven;
    /** Per solved level: its duals, and which objective it had (0 coverage, 1 equity, 2 cost). */
    private final List<double[]> heldDuals = new ArrayList<>();
    private final List<Integer> heldObjective = new ArrayList<>();
    private double sign = 1;
    private final List<Integer> fixed = new ArrayList<>();
    private final List<double[]> tightened = new ArrayList<>();
    /** At most this many leximin steps per priority. */
    static final int MAX_LEXIMIN_STEPS = 20;
    /** Floor variables made before the first solve, taken in turn by {@link #newFloor()}. */
    private final java.util.ArrayDeque<MPVariable> spareFloors = new java.util.ArrayDeque<>();

    private MPVariable newFloor() {
        return spareFloors.isEmpty() ? solver.makeNumVar(0, 1, "") : spareFloors.poll();
    }

    /** When the leximin steps must stop ({@link System#nanoTime()}). */
    private long leximinUntil;

    Programme(AllocationEngine.Model m) {
        this.m = m;
        // GLOP restarts from its last basis only if the old part of the matrix is unchanged, which its scaling breaks
        // whenever new columns or rows change the scale factors: unscaled, each round of column or row generation
        // costs tens of iterations instead of thousands. The coefficients are already of moderate size.
        solver.setSolverSpecificParametersAsString("use_scaling: false");
        x = new MPVariable[m.columns.size()];
        stockRow = new int[m.groups.size()];
        requestRow = new int[m.instance.requests().size()];
        linkRow = new int[m.network.from.length];
        delivered = new double[m.instance.requests().size()];
        Arrays.fill(stockRow, -1);
        Arrays.fill(requestRow, -1);
        Arrays.fill(linkRow, -1);
        for (int r = 0; r < requestRow.length; r++) {
            fillRows.add(new ArrayList<>());
        }
        coverageScale = Arrays.stream(m.coverageCoefficient).max().orElse(1);
        costScale = Math.max(1e-12, m.columns.stream().mapToDouble(m::costOf).max().orElse(1));
        for (int g = 0; g < m.groups.size(); g++) {
            stockRow[g] = row(Double.NEGATIVE_INFINITY, m.groups.get(g).quantity());
        }
        for (int r = 0; r < requestRow.length; r++) {
            if (m.reachable(r)) {
                requestRow[r] = row(Double.NEGATIVE_INFINITY, m.instance.requests().get(r).quantity());
            }
        }
        for (int r = 0; r < requestRow.length; r++) {
            FirstColumns.of(m, r).forEach(j -> add(j, 0));
        }
        // Greedy's columns too: whenever the search stops, the programme's coverage is then at least greedy's.
        m.greedy().used().forEach(j -> add(j, 0));
    }

    void delete() {
        solver.delete();
    }

    private int row(double lb, double ub) {
        rows.add(solver.makeConstraint(lb, ub, ""));
        return rows.size() - 1;
    }

    private double objectiveOf(Column col, int objective) {
        return switch (objective) {
            case 0 -> m.coverageCoefficient[col.request()] / coverageScale;
            case 1 -> 0;
            default -> m.costOf(col) / costScale;
        };
    }

    private double objectiveOf(int j, int objective) {
        return objectiveOf(m.columns.get(j), objective);
    }

    boolean inProgramme(int j) {
        return j < x.length && x[j] != null;
    }

    /** Adds a candidate column with its coefficients in every row that exists, and in the given objective. */
    private void add(int j, int objective) {
        if (inProgramme(j)) {
            return;
        }
        if (j >= x.length) {
            x = Arrays.copyOf(x, Math.max(j + 1, x.length * 2));
        }
        Column col = m.columns.get(j);
        MPVariable v = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
        x[j] = v;
        inProgramme.add(j);
        rows.get(stockRow[col.group()]).setCoefficient(v, 1);
        rows.get(requestRow[col.request()]).setCoefficient(v, 1);
        double w = m.weightOf(col);
        for (int e : col.links()) {
            if (linkRow[e] >= 0) {
                rows.get(linkRow[e]).setCoefficient(v, w);
            }
        }
        if (coverageRow >= 0) {
            rows.get(coverageRow).setCoefficient(v, m.coverageCoefficient[col.request()] / coverageScale);
        }
        for (int row : fillRows.get(col.request())) {
            rows.get(row).setCoefficient(v, 1);
        }
        solver.objective().setCoefficient(v, objectiveOf(j, objective));
    }

    /** The reduced cost of a column under the given duals, with the solver's sign convention. */
    private double reducedCost(int j, double[] duals, int objective) {
        return reducedCost(m.columns.get(j), duals, objective);
    }

    double reducedCost(Column col, double[] duals, int objective) {
        double sum = at(duals, stockRow[col.group()]) + at(duals, requestRow[col.request()]);
        double w = m.weightOf(col);
        for (int e : col.links()) {
            sum += w * at(duals, linkRow[e]);
        }
        sum += m.coverageCoefficient[col.request()] / coverageScale * at(duals, coverageRow);
        for (int row : fillRows.get(col.request())) {
            sum += at(duals, row);
        }
        return objectiveOf(col, objective) - sign * sum;
    }

    private static double at(double[] duals, int row) {
        return row >= 0 && row < duals.length ? duals[row] : 0;
    }

    /**
     * Gives a link its capacity row once the programme's flows overload it, with the coefficients of every column
     * already in the programme that uses it, and answers how many rows it added. A link that never carries more
     * than its capacity needs no row: the optimum without it is feasible with it, so it is optimal with it too.
     */
    private int addOverloadedLinks() {
        double[] load = new double[linkRow.length];
        for (int j : inProgramme) {
            double q = x[j].solutionValue();
            if (q > EPS) {
                double kg = q * m.weightOf(m.columns.get(j));
                for (int e : m.columns.get(j).links()) {
                    load[e] += kg;
                }
            }
        }
        boolean[] added = new boolean[load.length];
        int count = 0;
        List<Integer> over = new ArrayList<>();
        for (int e = 0; e < load.length; e++) {
            if (linkRow[e] < 0 && load[e] > m.network.capacityKg[e] * (1 + 1e-9) + EPS) {
                over.add(e);
            }
        }
        over.sort(Comparator.comparingDouble(e -> -load[e] / Math.max(1e-9, m.network.capacityKg[e])));
        // The most overloaded first, and a few at a time: flows that leave them often relieve the rest, and the solver
        // restarts far faster after a few rows than after hundreds (on L, 3 s against 17 s to settle the first solve).
        // Out of time, every overloaded link at once: the plan must respect them all, and soon.
        int most = System.nanoTime() > m.deadline ? over.size() : MAX_ROWS_PER_ROUND;
        for (int e : over.subList(0, Math.min(most, over.size()))) {
            linkRow[e] = row(Double.NEGATIVE_INFINITY, m.network.capacityKg[e]);
            added[e] = true;
            count++;
        }
        if (count > 0) {
            for (int j : inProgramme) {
                Column col = m.columns.get(j);
                double w = m.weightOf(col);
                for (int e : col.links()) {
                    if (added[e]) {
                        rows.get(linkRow[e]).setCoefficient(x[j], w);
                    }
                }
            }
        }
        return count;
    }

    /** Solves the current objective to optimality over all candidates that keep earlier levels optimal. */
    private boolean solveLevel(int objective, boolean maximise, String what) {
        boolean rowsAdded = false;
        while (true) {
            if (timed(solver, what, rowsAdded) != MPSolver.ResultStatus.OPTIMAL
                    && (!releaseHolds() || timed(solver, what + " (holds released)", false) != MPSolver.ResultStatus.OPTIMAL)) {
                return false;
            }
            int newRows = addOverloadedLinks();
            rowsAdded = newRows > 0;
            if (rowsAdded) {
                if (Boolean.getBoolean("allocation.profile")) {
                    Profile.log("    %d overloaded link(s) get a capacity row%n", newRows);
                }
                continue;
            }
            double[] duals = new double[rows.size()];
            for (int i = 0; i < duals.length; i++) {
                duals[i] = rows.get(i).dualValue();
            }
            calibrateSign(duals, objective);
            // Out of time: the solution holds as it is, valid but not proven optimal.
            if (System.nanoTime() > m.deadline) {
                stopped = true;
                return held(duals, objective);
            }
            // With a price on some link capacity, the best route of a pair may lie outside the candidates: search for
            // it under the prices. Without one, the candidates hold the best route of every pair.
            if (linksPriced(duals)) {
                if (priceRoutes(duals, objective, maximise) > 0) {
                    continue;
                }
                return held(duals, objective);
            }
            // Price every candidate outside the programme; keep the best few per request.
            Map<Integer, List<double[]>> best = new HashMap<>();
            for (int j = 0; j < m.columns.size(); j++) {
                if (inProgramme(j)) {
                    continue;
                }
                double rc = reducedCost(j, duals, objective);
                double gain = maximise ? rc : -rc;
                if (gain <= PRICING_TOLERANCE || !keepsEarlierLevels(m.columns.get(j))) {
                    continue;
                }
                List<double[]> list = best.computeIfAbsent(m.columns.get(j).request(), r -> new ArrayList<>());
                list.add(new double[] {gain, j});
            }
            if (best.isEmpty()) {
                return held(duals, objective);
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
                Profile.log("    priced in %d column(s)%n", added);
            }
        }
    }

    /** Ends a level at its optimum: keeps its duals for the holds and pricing, and what each request receives. */
    private boolean held(double[] duals, int objective) {
        heldDuals.add(duals);
        heldObjective.add(objective);
        Arrays.fill(delivered, 0);
        for (int j : inProgramme) {
            delivered[m.columns.get(j).request()] += x[j].solutionValue();
        }
        return true;
    }

    /** Whether a link capacity has a price now or had one at an earlier level. */
    private boolean linksPriced(double[] duals) {
        List<double[]> all = new ArrayList<>(heldDuals);
        all.add(duals);
        for (double[] y : all) {
            for (int row : linkRow) {
                if (row >= 0 && Math.abs(at(y, row)) > 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    /** False once a route search had to approximate (a negative length, or too many labels at a node). */
    private boolean routesExact() {
        return routes == null || routes.exact();
    }

    /** Prices routes over the whole network (see {@link RoutePricing}) and adds the best; answers how many. */
    private int priceRoutes(double[] duals, int objective, boolean maximise) {
        long started = System.nanoTime();
        if (routes == null) {
            routes = new RoutePricing(this, m, requestRow);
        }
        List<RoutePricing.Entering> entering = routes.price(heldDuals, heldObjective, duals, objective, maximise);
        int added = Math.min(entering.size(), Math.max(MAX_ADDED_PER_ROUND, inProgramme.size() / 10));
        for (RoutePricing.Entering e : entering.subList(0, added)) {
            add(e.known() >= 0 ? e.known() : m.addColumn(e.column()), objective);
        }
        if (Boolean.getBoolean("allocation.profile")) {
            Profile.log("    priced in %d new route(s) in %d ms%n", added, (System.nanoTime() - started) / 1_000_000);
        }
        return added;
    }

    /** A link's capacity price under some duals, with the solver's sign convention; 0 for a link without a row. */
    double linkPrice(double[] duals, int e) {
        return linkRow[e] >= 0 ? sign * at(duals, linkRow[e]) : 0;
    }

    double costScale() {
        return costScale;
    }

    /** A new column must have a zero reduced cost at every level already solved, or it would undo one. */
    boolean keepsEarlierLevels(Column col) {
        for (int level = 0; level < heldDuals.size(); level++) {
            if (Math.abs(reducedCost(col, heldDuals.get(level), heldObjective.get(level))) > HOLD_TOLERANCE) {
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

    Solution solveLevels() {
        long started = System.nanoTime();
        int k = m.columns.size();
        // The floors' variables exist from the first solve: GLOP keeps its basis when only rows are added later, but
        // starts again from scratch when rows and a column come together (on M, 3,000 iterations a leximin step).
        int spare = m.instance.options().refinesLeximin() ? Priority.values().length * (1 + MAX_LEXIMIN_STEPS) : 0;
        for (int i = 0; i < spare; i++) {
            spareFloors.add(solver.makeNumVar(0, 1, ""));
        }
        MPObjective objective = solver.objective();
        objective.setMaximization();
        if (!solveLevel(0, true, "coverage")) {
            return m.notSolved(k);
        }
        coverageProven = !stopped;
        double scaled = objective.value();
        double coverage = scaled * coverageScale;
        int[] binding = new int[linkRow.length];
        countBinding(binding);
        holdOptimum();
        // Coverage held within a relative 1e-9 by one explicit row as well.
        coverageRow = row(scaled - tolerance(scaled), Double.POSITIVE_INFINITY);
        for (int j : inProgramme) {
            rows.get(coverageRow).setCoefficient(x[j], m.coverageCoefficient[m.columns.get(j).request()] / coverageScale);
        }

        Map<Priority, Double> equity = new java.util.EnumMap<>(Priority.class);
        // The level at which each priority's floor was solved (not those held at 1 without solving).
        Map<Priority, Integer> floorLevel = new java.util.EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            if (System.nanoTime() > m.deadline) {
                // Out of time: the floors are left as they fall (an equity level can take as long as coverage), and
                // only cost is still optimised, once, over the columns at hand.
                stopped = true;
                break;
            }
            List<Integer> reachable = new ArrayList<>();
            for (int r = 0; r < m.instance.requests().size(); r++) {
                if (m.instance.requests().get(r).priority() == priority && m.reachable(r)
                        && m.instance.requests().get(r).quantity() > 0) {
                    reachable.add(r);
                }
            }
            if (reachable.isEmpty()) {
                continue;
            }
            if (reachable.stream().allMatch(r -> delivered[r] >= m.instance.requests().get(r).quantity() * (1 - 1e-9))) {
                // The solution at hand fills every one of them, so the floor's optimum is 1, its bound: hold it by
                // keeping each of them filled, without a programme to solve.
                for (int r : reachable) {
                    rows.get(requestRow[r]).setLb(m.instance.requests().get(r).quantity() * (1 - 1e-9));
                }
                equity.put(priority, 1.0);
                heldDuals.add(new double[0]);
                heldObjective.add(1);
                continue;
            }
            MPVariable floor = newFloor();
            floors.add(floor);
            for (int r : reachable) {
                fillRow(r, floor);
            }
            objective.clear();
            objective.setCoefficient(floor, 1);
            objective.setMaximization();
            if (!solveLevel(1, true, "equity " + priority)) {
                return m.notSolved(k);
            }
            double best = floor.solutionValue();
            equity.put(priority, best);
            floorLevel.put(priority, heldDuals.size() - 1);
            countBinding(binding);
            holdOptimum();
        }
        if (m.instance.options().refinesLeximin()) {
            // Each step is a programme as large as a floor's: the steps get as long again as the levels before them
            // took (at least a second), within the time limit; the answer says whether they ran to the end.
            long now = System.nanoTime();
            leximinUntil = Math.min(m.deadline, now + Math.max(1_000_000_000L, now - started));
            for (Priority priority : floorLevel.keySet()) {
                if (!refineLeximin(priority, floorLevel.get(priority), binding)) {
                    return m.notSolved(k);
                }
            }
        }

        objective.clear();
        for (int j : inProgramme) {
            objective.setCoefficient(x[j], objectiveOf(j, 2));
        }
        objective.setMinimization();
        if (!solveLevel(2, false, "cost")) {
            return m.notSolved(k);
        }
        countBinding(binding);
        double levelCost = objective.value() * costScale;
        double[] values = new double[m.columns.size()];
        for (int j : inProgramme) {
            values[j] = Math.max(0, x[j].solutionValue());
        }
        int bindingLinks = (int) Arrays.stream(binding).filter(b -> b > 0).count();
        if (Boolean.getBoolean("allocation.profile")) {
            Profile.log("  %d of %d candidate m.columns used in the programme%n", inProgramme.size(), k);
        }
        // The upper bound on coverage this programme can vouch for: its optimum, when level 1 ran to the end and every
        // route search was exact.
        double bound = coverageProven && routesExact() && !m.truncated ? coverage : Double.POSITIVE_INFINITY;
        return new Solution(stopped ? Plan.Status.FEASIBLE : Plan.Status.OPTIMAL, values,
                new Plan.Levels(coverage, equity, levelCost), bound,
                !stopped && !m.truncated && (bindingLinks == 0 || routesExact()), bindingLinks);
    }

    /**
     * Adds a fill row for a request: what it receives, over the columns in the programme (and those that join later),
     * at least its quantity times the floor. Answers the row.
     */
    private int fillRow(int r, MPVariable floor) {
        int row = row(0, Double.POSITIVE_INFINITY);
        fillRows.get(r).add(row);
        MPConstraint fill = rows.get(row);
        for (int j : m.columnsOf(r)) {
            if (inProgramme(j)) {
                fill.setCoefficient(x[j], 1);
            }
        }
        fill.setCoefficient(floor, -m.instance.requests().get(r).quantity());
        return row;
    }

    /**
     * Refines equity leximin within a priority, after the three floors: the requests whose fill row had a price when the
     * floor was solved cannot rise above it without another falling below (they are blocked, and the hold keeps them
     * at it); the smallest fill ratio among the others is then maximised, holding everything before, and so on, each
     * step blocking the requests whose row it prices, until none is left short of its quantity, or a step blocks none
     * (the rest can all be filled); or else, cut short, once {@link #MAX_LEXIMIN_STEPS} steps were taken or their time
     * ran out. Answers false if the solver failed.
     */
    private boolean refineLeximin(Priority priority, int level, int[] binding) {
        double[] floorDuals = heldDuals.get(level);
        java.util.Set<Integer> blocked = new java.util.HashSet<>();
        List<Integer> members = new ArrayList<>();
        for (int r = 0; r < fillRows.size(); r++) {
            if (m.instance.requests().get(r).priority() == priority && !fillRows.get(r).isEmpty()) {
                members.add(r);
                // Its first fill row is its priority's floor's.
                if (Math.abs(at(floorDuals, fillRows.get(r).get(0))) > HOLD_TOLERANCE) {
                    blocked.add(r);
                }
            }
        }
        MPObjective objective = solver.objective();
        for (int step = 1; ; step++) {
            if (step > MAX_LEXIMIN_STEPS || System.nanoTime() > leximinUntil) {
                m.leximinCutShort = true;
                return true;
            }
            Map<Integer, Integer> rowOf = new HashMap<>();
            // Every request not yet blocked, filled or not: a step row is what keeps each of them at the step's floor.
            boolean anyShort = false;
            for (int r : members) {
                if (!blocked.contains(r)) {
                    rowOf.put(r, -1);
                    anyShort |= delivered[r] < m.instance.requests().get(r).quantity() * (1 - 1e-9);
                }
            }
            if (!anyShort) {
                // The rest are filled; the floor and the holds keep them so.
                return true;
            }
            MPVariable floor = newFloor();
            floors.add(floor);
            for (int r : rowOf.keySet()) {
                rowOf.put(r, fillRow(r, floor));
            }
            objective.clear();
            objective.setCoefficient(floor, 1);
            objective.setMaximization();
            if (!solveLevel(1, true, "leximin " + priority + " step " + step)) {
                return false;
            }
            m.leximinSteps++;
            double[] duals = heldDuals.get(heldDuals.size() - 1);
            int before = blocked.size();
            rowOf.forEach((r, row) -> {
                if (Math.abs(at(duals, row)) > HOLD_TOLERANCE) {
                    blocked.add(r);
                }
            });
            countBinding(binding);
            holdOptimum();
            if (blocked.size() == before) {
                // Nothing priced: every request of the step can rise to its quantity together.
                return true;
            }
        }
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

    static double tolerance(double value) {
        return 1e-9 * Math.max(1, Math.abs(value));
    }

    /**
     * Solves with GLOP, without presolve so that it restarts from the last basis: the primal simplex after columns are
     * added or the objective changes (the basis stays primal feasible), the dual simplex after capacity rows are added
     * (it stays dual feasible).
     */
    private static MPSolver.ResultStatus timed(MPSolver solver, String what, boolean dual) {
        long t = System.nanoTime();
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM, (dual
                ? MPSolverParameters.LpAlgorithmValues.DUAL : MPSolverParameters.LpAlgorithmValues.PRIMAL).swigValue());
        parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
                MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
        MPSolver.ResultStatus status = solver.solve(parameters);
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            // A rare failure of the warm start after bounds change: solve again from scratch.
            solver.reset();
            status = solver.solve(parameters);
        }
        if (Boolean.getBoolean("allocation.profile")) {
            Profile.log("  %s: %s in %d ms (%d iterations)%n", what, status, (System.nanoTime() - t) / 1_000_000,
                    solver.iterations());
        }
        return status;
    }
}
