package org.entente.allocation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A reference for small instances, written straight from the rules and sharing no code with the engine: every simple
 * path over open links from every stock entry to every request of its commodity that arrives in time, one variable
 * each, and the three levels solved one after the other, each held by an explicit constraint. Only for a handful of
 * nodes: the number of paths grows fast.
 */
final class AllRoutesProgramme {

    record Levels(double coverage, Map<Instance.Priority, Double> equity, double cost) {
    }

    private AllRoutesProgramme() {
    }

    static Levels solve(Instance instance) {
        Loader.loadNativeLibraries();
        Map<String, Instance.Commodity> commodities = new HashMap<>();
        instance.commodities().forEach(c -> commodities.put(c.code(), c));
        Map<String, Double> requestedOf = new HashMap<>();
        instance.requests().forEach(r -> requestedOf.merge(r.commodity(), r.quantity(), Double::sum));
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            int links = instance.links().size();
            List<MPConstraint> linkRows = new ArrayList<>();
            for (Instance.Link l : instance.links()) {
                linkRows.add(solver.makeConstraint(Double.NEGATIVE_INFINITY, l.capacityKg(), ""));
            }
            List<List<MPVariable>> ofRequest = new ArrayList<>();
            List<double[]> coverageAndCost = new ArrayList<>();
            List<MPVariable> all = new ArrayList<>();
            List<MPConstraint> stockRows = new ArrayList<>();
            for (Instance.Stock s : instance.stock()) {
                stockRows.add(solver.makeConstraint(Double.NEGATIVE_INFINITY, s.quantity(), ""));
            }
            for (int r = 0; r < instance.requests().size(); r++) {
                Instance.Request request = instance.requests().get(r);
                double w = commodities.get(request.commodity()).unitWeightKg();
                MPConstraint demand = solver.makeConstraint(Double.NEGATIVE_INFINITY, request.quantity(), "");
                List<MPVariable> vars = new ArrayList<>();
                for (int s = 0; s < instance.stock().size(); s++) {
                    Instance.Stock stock = instance.stock().get(s);
                    if (!stock.commodity().equals(request.commodity()) || !(stock.quantity() > 0)) {
                        continue;
                    }
                    double until = stock.expiresAtHour() == null ? request.neededByHour()
                            : Math.min(request.neededByHour(), stock.expiresAtHour());
                    for (int[] path : paths(instance, stock.node(), request.node(), until - stock.availableAtHour())) {
                        MPVariable x = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                        stockRows.get(s).setCoefficient(x, 1);
                        demand.setCoefficient(x, 1);
                        double costPerKg = 0;
                        for (int e : path) {
                            linkRows.get(e).setCoefficient(x, w);
                            costPerKg += instance.links().get(e).costPerKg();
                        }
                        vars.add(x);
                        all.add(x);
                        coverageAndCost.add(new double[] {
                                instance.options().weight(request.priority()) / requestedOf.get(request.commodity()),
                                w * costPerKg});
                    }
                }
                ofRequest.add(vars);
            }
            assert links == linkRows.size();
            MPObjective objective = solver.objective();
            for (int i = 0; i < all.size(); i++) {
                objective.setCoefficient(all.get(i), coverageAndCost.get(i)[0]);
            }
            objective.setMaximization();
            require(solver.solve());
            double coverage = objective.value();
            List<Hold> holds = new ArrayList<>();
            MPConstraint holdCoverage = solver.makeConstraint(coverage, Double.POSITIVE_INFINITY, "");
            for (int i = 0; i < all.size(); i++) {
                holdCoverage.setCoefficient(all.get(i), coverageAndCost.get(i)[0]);
            }
            holds.add(new Hold(holdCoverage, coverage));
            Map<Instance.Priority, Double> equity = new EnumMap<>(Instance.Priority.class);
            for (Instance.Priority priority : Instance.Priority.values()) {
                MPVariable floor = solver.makeNumVar(0, 1, "");
                boolean any = false;
                for (int r = 0; r < instance.requests().size(); r++) {
                    Instance.Request request = instance.requests().get(r);
                    if (request.priority() != priority || ofRequest.get(r).isEmpty() || !(request.quantity() > 0)) {
                        continue;
                    }
                    any = true;
                    MPConstraint fill = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "");
                    ofRequest.get(r).forEach(x -> fill.setCoefficient(x, 1));
                    fill.setCoefficient(floor, -request.quantity());
                }
                if (!any) {
                    floor.setUb(0);
                    continue;
                }
                objective.clear();
                objective.setCoefficient(floor, 1);
                objective.setMaximization();
                solveHolding(solver, holds);
                double best = floor.solutionValue();
                equity.put(priority, best);
                MPConstraint holdFloor = solver.makeConstraint(best, Double.POSITIVE_INFINITY, "");
                holdFloor.setCoefficient(floor, 1);
                holds.add(new Hold(holdFloor, best));
            }
            objective.clear();
            for (int i = 0; i < all.size(); i++) {
                objective.setCoefficient(all.get(i), coverageAndCost.get(i)[1]);
            }
            objective.setMinimization();
            solveHolding(solver, holds);
            return new Levels(coverage, equity, objective.value());
        } finally {
            solver.delete();
        }
    }

    /** A level found earlier, held by a row of the programme at its value. */
    private record Hold(MPConstraint row, double value) {
    }

    /**
     * Solves with every earlier level held as tightly as GLOP finds feasible: exactly if it can, else within 1e-10,
     * then 1e-9, ... 1e-7 of each. A looser hold is a relaxation that later levels exploit: a coverage held within
     * 1e-7 buys an equity floor of 1e-4 where, held exactly, the floor is 0.
     */
    private static void solveHolding(MPSolver solver, List<Hold> holds) {
        MPSolver.ResultStatus status = null;
        for (double tolerance : new double[] {0, 1e-10, 1e-9, 1e-8, 1e-7}) {
            for (Hold h : holds) {
                h.row().setLb(h.value() - tolerance * Math.max(1, Math.abs(h.value())));
            }
            status = solver.solve();
            if (status == MPSolver.ResultStatus.OPTIMAL) {
                return;
            }
        }
        require(status);
    }

    private static void require(MPSolver.ResultStatus status) {
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("the reference programme is " + status);
        }
    }

    /** Every simple path over open links from one node to another within the hours given, as link indices. */
    static List<int[]> paths(Instance instance, String from, String to, double hours) {
        List<int[]> found = new ArrayList<>();
        if (hours < -1e-9) {
            return found;
        }
        walk(instance, from, to, hours, new ArrayList<>(), new ArrayList<>(List.of(from)), found);
        return found;
    }

    private static void walk(Instance instance, String at, String to, double hoursLeft, List<Integer> path,
            List<String> visited, List<int[]> found) {
        if (at.equals(to)) {
            found.add(path.stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        for (int e = 0; e < instance.links().size(); e++) {
            Instance.Link l = instance.links().get(e);
            if (!l.from().equals(at) || !l.isOpen() || visited.contains(l.to()) || l.hours() > hoursLeft + 1e-9) {
                continue;
            }
            path.add(e);
            visited.add(l.to());
            walk(instance, l.to(), to, hoursLeft - l.hours(), path, visited, found);
            path.remove(path.size() - 1);
            visited.remove(visited.size() - 1);
        }
    }
}
