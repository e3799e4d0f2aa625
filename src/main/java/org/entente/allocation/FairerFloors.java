package org.entente.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.entente.allocation.AllocationEngine.Column;
import org.entente.allocation.Instance.Priority;

/**
 * Raises a plan's equity floors where the first-order method had no time to seek them (on L), without giving up any
 * coverage. For each priority in turn, LIFE_SAVING first: the least-filled reachable requests of that priority (at most
 * {@link #MAX_LOW}, within {@link #WITHIN} of the lowest fill) are set free along their routes in the programme, and so
 * are the flows that hold what those routes lack (room on a full link, or the stock of a spent group). Every other
 * flow stays as it is. The simplex (GLOP) then finds the highest floor the freed flows allow, holding what they cover
 * and every floor already found or raised. A neighbourhood, not the whole programme: the floors it reaches are not
 * proven the highest, and are not reported as levels. A priority with more requests at its floor than it sets free
 * keeps its floor. Used by {@link FirstOrderProgramme}; see docs/allocation.md.
 */
final class FairerFloors {

    /** The least-filled requests of a priority set free at once. */
    static final int MAX_LOW = 30;
    /** Requests within this of the lowest fill are set free. */
    static final double WITHIN = 0.5;
    /** A link or a stock group counts as full or spent with less than this share of it left. */
    private static final double SPENT = 1e-3;
    /** A request counts as filled above this fill ratio. */
    private static final double FILLED = 1 - 1e-6;

    private final AllocationEngine.Model m;
    /** The columns the low requests may use: those of the first-order programme. */
    private final IntPredicate usable;
    private final boolean profile = Boolean.getBoolean("allocation.profile");

    FairerFloors(AllocationEngine.Model m, IntPredicate usable) {
        this.m = m;
        this.usable = usable;
    }

    /**
     * The flows per model column with the floors raised where they could be, until the given time; the argument is
     * left as it was. The floors already found stay held.
     */
    double[] raise(double[] flows, Map<Priority, Double> found, long until) {
        double[] v = Arrays.copyOf(flows, m.columns.size());
        Map<Priority, Double> held = new EnumMap<>(Priority.class);
        held.putAll(found);
        for (Priority p : Priority.values()) {
            if (System.nanoTime() >= until) {
                break;
            }
            long t = System.nanoTime();
            double before = floor(v, p);
            double[] raised = raise(v, p, held, until);
            if (raised != null) {
                v = raised;
            }
            double after = floor(v, p);
            held.put(p, after);
            if (profile) {
                Profile.log("  fairer floors %s: %.4f -> %.4f in %d ms%n", p, before, after,
                        (System.nanoTime() - t) / 1_000_000);
            }
        }
        return v;
    }

    private double floor(double[] v, Priority p) {
        return Results.equity(m, m.delivered(v)).getOrDefault(p, 1.0);
    }

    private double fill(int r, double delivered) {
        return Results.fill(m.instance.requests().get(r).quantity(), delivered);
    }

    /** One priority's neighbourhood programme; answers the new flows, or null when it raised nothing. */
    private double[] raise(double[] v, Priority p, Map<Priority, Double> held, long until) {
        double[] delivered = m.delivered(v);
        List<Integer> low = new ArrayList<>();
        for (int r = 0; r < delivered.length; r++) {
            if (m.reachable(r) && m.instance.requests().get(r).priority() == p && fill(r, delivered[r]) < FILLED) {
                low.add(r);
            }
        }
        if (low.isEmpty()) {
            return null;
        }
        low.sort(Comparator.comparingDouble(r -> fill(r, delivered[r])));
        double floorNow = fill(low.get(0), delivered[low.get(0)]);
        low = low.subList(0, Math.min(MAX_LOW, low.size()));
        low.removeIf(r -> fill(r, delivered[r]) > floorNow + WITHIN);
        Room spare = Room.leftBy(m, v, j -> true);
        // The freed columns: the routes of the low requests, and the flows that hold what those routes lack: room on
        // a link they cross that is full, or stock of a group they draw on that is spent.
        boolean[] freed = new boolean[v.length];
        boolean[] contestedLink = new boolean[m.network.from.length];
        boolean[] contestedGroup = new boolean[m.groups.size()];
        List<Integer> columns = new ArrayList<>();
        for (int r : low) {
            for (int j : m.columnsOf(r)) {
                if (!usable.test(j) && !(v[j] > 0)) {
                    continue;
                }
                freed[j] = true;
                columns.add(j);
                Column col = m.columns.get(j);
                contestedGroup[col.group()] |= spare.stock[col.group()] <= SPENT * m.groups.get(col.group()).quantity();
                for (int e : col.links()) {
                    contestedLink[e] |= spare.link[e] <= SPENT * m.network.capacityKg[e];
                }
            }
        }
        for (int j = 0; j < v.length; j++) {
            if (v[j] > 0 && !freed[j]) {
                Column col = m.columns.get(j);
                boolean touches = contestedGroup[col.group()];
                for (int e : col.links()) {
                    touches |= contestedLink[e];
                }
                if (touches) {
                    freed[j] = true;
                    columns.add(j);
                }
            }
        }
        boolean[] touched = new boolean[delivered.length];
        for (int j : columns) {
            touched[m.columns.get(j).request()] = true;
        }
        // The floor cannot rise above the fill of a request of the priority whose flows all stay as they are.
        double cap = 1;
        for (int r = 0; r < delivered.length; r++) {
            if (!touched[r] && m.reachable(r) && m.instance.requests().get(r).priority() == p) {
                cap = Math.min(cap, fill(r, delivered[r]));
            }
        }
        if (cap <= floorNow + 1e-6) {
            return null;
        }
        // What the flows that stay leave of every limit.
        Room left = Room.leftBy(m, v, j -> !freed[j]);
        // A link needs its row only if the freed columns could load it beyond what is left of it: each can carry
        // no more than its group holds or its request takes.
        double[] mostLoad = new double[left.link.length];
        for (int j : columns) {
            Column col = m.columns.get(j);
            double most = Math.min(m.groups.get(col.group()).quantity(),
                    m.instance.requests().get(col.request()).quantity()) * m.weightOf(col);
            for (int e : col.links()) {
                mostLoad[e] += most;
            }
        }
        boolean[] mayOverload = new boolean[mostLoad.length];
        for (int e = 0; e < mostLoad.length; e++) {
            mayOverload[e] = mostLoad[e] > left.link[e];
        }
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            Map<Integer, MPConstraint> stockRows = new LinkedHashMap<>();
            Map<Integer, MPConstraint> requestRows = new LinkedHashMap<>();
            Map<Integer, MPConstraint> linkRows = new LinkedHashMap<>();
            Map<Integer, MPConstraint> fillRows = new LinkedHashMap<>();
            MPVariable floor = solver.makeNumVar(floorNow, cap, "floor");
            double coverageScale = Arrays.stream(m.coverageCoefficient).max().orElse(1);
            double covered = 0;
            for (int j : columns) {
                covered += m.coverageCoefficient[m.columns.get(j).request()] / coverageScale * v[j];
            }
            MPConstraint coverage = solver.makeConstraint(covered - 1e-9 * Math.max(1, covered),
                    Double.POSITIVE_INFINITY, "coverage");
            MPVariable[] x = new MPVariable[columns.size()];
            for (int i = 0; i < x.length; i++) {
                int j = columns.get(i);
                Column col = m.columns.get(j);
                x[i] = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                double w = m.weightOf(col);
                stockRows.computeIfAbsent(col.group(),
                        g -> solver.makeConstraint(Double.NEGATIVE_INFINITY, Math.max(0, left.stock[g]), ""))
                        .setCoefficient(x[i], 1);
                int r = col.request();
                requestRows.computeIfAbsent(r,
                        k -> solver.makeConstraint(Double.NEGATIVE_INFINITY, Math.max(0, left.request[k]), ""))
                        .setCoefficient(x[i], 1);
                for (int e : col.links()) {
                    if (mayOverload[e]) {
                        linkRows.computeIfAbsent(e,
                                k -> solver.makeConstraint(Double.NEGATIVE_INFINITY, Math.max(0, left.link[k]), ""))
                                .setCoefficient(x[i], w);
                    }
                }
                coverage.setCoefficient(x[i], m.coverageCoefficient[r] / coverageScale);
                Priority priority = m.instance.requests().get(r).priority();
                if (priority == p || held.containsKey(priority)) {
                    double quantity = m.instance.requests().get(r).quantity();
                    MPConstraint fillRow = fillRows.computeIfAbsent(r, k -> {
                        // What it receives ≥ quantity × the floor (this priority's, or one already raised).
                        double fixedShare = (quantity - left.request[k]) / quantity;
                        MPConstraint c = priority == p
                                ? solver.makeConstraint(-fixedShare, Double.POSITIVE_INFINITY, "")
                                : solver.makeConstraint(held.get(priority) - fixedShare, Double.POSITIVE_INFINITY, "");
                        if (priority == p) {
                            c.setCoefficient(floor, -1);
                        }
                        return c;
                    });
                    fillRow.setCoefficient(x[i], 1 / quantity);
                }
            }
            MPObjective objective = solver.objective();
            objective.setCoefficient(floor, 1);
            objective.setMaximization();
            solver.setTimeLimit(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            MPSolver.ResultStatus status = solver.solve();
            if (profile) {
                Profile.log("    %d low, %d freed columns, %d link rows: %s (%d iterations), floor %.4f%n",
                        low.size(), columns.size(), linkRows.size(), status, solver.iterations(),
                        status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE
                                ? floor.solutionValue() : Double.NaN);
            }
            // A solve its time stopped still holds a valid point, which may raise the floor some of the way.
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE
                    || floor.solutionValue() <= floorNow + 1e-6) {
                return null;
            }
            double[] next = v.clone();
            for (int i = 0; i < x.length; i++) {
                next[columns.get(i)] = Math.max(0, x[i].solutionValue());
            }
            // The simplex keeps its rows within 10⁻⁸ or so; scaled down, the plan keeps them exactly.
            List<Integer> used = new ArrayList<>();
            for (int j = 0; j < next.length; j++) {
                if (next[j] > 0) {
                    used.add(j);
                }
            }
            next = new FlowRepair(m).scaledDown(next, used);
            return Results.coverage(m, m.delivered(next)) >= Results.coverage(m, delivered) * (1 - 1e-9) ? next : null;
        } finally {
            solver.delete();
        }
    }

    private double weight(Column col) {
        return m.weightOf(col);
    }
}
