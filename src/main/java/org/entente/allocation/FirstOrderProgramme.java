package org.entente.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.entente.allocation.AllocationEngine.Column;
import org.entente.allocation.AllocationEngine.Solution;
import org.entente.allocation.Instance.Priority;

/**
 * The programme for large instances, solved by PDLP, OR-Tools' first-order primal-dual method, instead of the simplex:
 * on L the simplex needs some 30,000 iterations to settle level 1, while PDLP comes within a relative 10⁻⁴ of it in
 * about a second. Its answers are within a tolerance, not exact, so this programme proves how far from optimal its plan
 * can be instead:
 * <ul>
 * <li>A link has its capacity row as soon as the columns in the programme could together load it beyond its capacity
 * (by what the requests they serve take, and by what the stock groups they draw on hold): a row that could never bind
 * would only slow PDLP down. Every row is divided by its limit ({@link #linkScale}).</li>
 * <li>Its flows can break a row by the tolerance: they are scaled down, row by row, until none does ({@link #repair}).
 * Every row is an upper limit with non-negative coefficients, so scaling down never breaks another.</li>
 * <li>Its duals, clipped at zero, prove an upper bound on level 1 over all routes, and point at the routes that would
 * improve the programme ({@link RouteMargins}); those join it, round after round, until the plan is within
 * {@link #TARGET_GAP} of the bound, or level 1's share of the time runs out.</li>
 * </ul>
 * The equity floors are then sought by PDLP, holding coverage within the tolerance, once level 1 has settled and when
 * they are expected to settle in time; {@link FairerFloors} raises those not found, and cost is lowered by
 * {@link CheaperRoutes}. The plan's status is FEASIBLE and {@code exact} false; its gap is the answer's.
 */
final class FirstOrderProgramme {

    /** Column generation for level 1 stops once the plan is this close to the bound (relative). */
    static final double TARGET_GAP = 5e-4;
    /** The relative tolerance PDLP solves each level to. */
    static final double TOLERANCE = 1e-4;
    /** The tolerance for the equity floors, which are fill ratios: PDLP settles them ten times sooner than at 1e-4. */
    static final double EQUITY_TOLERANCE = 1e-3;
    /**
     * An equity floor's solve is expected to take this many times level 1's last solve, and is started only if it
     * can end in time: on L, the LIFE_SAVING floor had not settled after 19.9 s (at 10⁻², 4,977 iterations), where
     * level 1's last solve takes about 10 s. Started within the default limit, it was cut short each time after
     * 8–9 s, which gave nothing and delayed the answer by as much.
     */
    private static final double FLOOR_SOLVES = 2;
    /** Routes that join the programme per request and round, the most improving first. */
    private static final int ENTERING_PER_REQUEST = 2;
    /** The share of the time limit by which every PDLP solve must end, leaving the rest to cost. */
    private static final double EQUITY_SHARE = 0.9;
    /** The share by which cost must be lowered, leaving the rest for the plan's assembly (0.4–0.7 s on L). */
    private static final double COST_SHARE = 0.97;

    private final AllocationEngine.Model m;
    private final PdlpModel solver = new PdlpModel();
    /** Per model column, its variable in the programme, or -1. */
    private int[] x;
    private final List<Integer> inProgramme = new ArrayList<>();
    /** Rows by index in the programme; -1 where there is none. */
    private final int[] stockRow;
    private final int[] requestRow;
    private final int[] linkRow;
    /** PDLP's parameters for the next solve ({@link #tolerance}). */
    private String parameters;
    private final double coverageScale;
    private final double costScale;
    private final RouteMargins margins;
    private final FlowRepair repair;
    /** The links whose row could not bind yet, and so is left out. */
    private final UnboundLinks unbound;
    private final boolean profile = Boolean.getBoolean("allocation.profile");

    FirstOrderProgramme(AllocationEngine.Model m) {
        this.m = m;
        x = none(m.columns.size());
        stockRow = none(m.groups.size());
        requestRow = none(m.instance.requests().size());
        linkRow = none(m.network.from.length);
        coverageScale = Arrays.stream(m.coverageCoefficient).max().orElse(1);
        costScale = Math.max(1e-12, m.columns.stream().mapToDouble(m::costOf).max().orElse(1));
        unbound = new UnboundLinks(m);
        margins = new RouteMargins(m, coverageScale);
        repair = new FlowRepair(m);
        // The greedy baseline's columns join after each request's first columns. Greedy (0.4 s on L) is worked out
        // on another core meanwhile; nothing here changes the model.
        CompletableFuture<Greedy.Outcome> greedy = CompletableFuture.supplyAsync(m::greedy);
        tolerance(TOLERANCE);
        for (int g = 0; g < m.groups.size(); g++) {
            stockRow[g] = solver.row(Double.NEGATIVE_INFINITY, 1);
        }
        for (int r = 0; r < requestRow.length; r++) {
            if (m.reachable(r)) {
                requestRow[r] = solver.row(Double.NEGATIVE_INFINITY, 1);
            }
        }
        for (int r = 0; r < requestRow.length; r++) {
            FirstColumns.of(m, r).forEach(this::add);
        }
        greedy.join().used().forEach(this::add);
        for (int j : inProgramme) {
            solver.objective(x[j], levelOne(j));
        }
        solver.maximize();
    }

    private static int[] none(int n) {
        int[] indices = new int[n];
        Arrays.fill(indices, -1);
        return indices;
    }

    /** A column's coefficient in level 1: its coverage, scaled. */
    private double levelOne(int j) {
        return m.coverageCoefficient[m.columns.get(j).request()] / coverageScale;
    }

    private void tolerance(double eps) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        parameters = "num_threads: " + threads
                + " termination_criteria { simple_optimality_criteria { eps_optimal_relative: " + eps
                + " eps_optimal_absolute: " + eps + " } }";
    }

    void delete() {
        solver.delete();
    }

    private double quantity(int r) {
        return m.instance.requests().get(r).quantity();
    }

    /**
     * Every row is divided by its limit (a link's capacity, a group's or a request's quantity), so that each has a
     * limit of 1: PDLP's tolerances are relative to the size of the limits, and a link of 200,000 kg would otherwise
     * let a row be broken by tens of kilograms, which the repair then takes out of the plan.
     */
    private double linkScale(int e) {
        return m.network.capacityKg[e] > 0 ? 1 / m.network.capacityKg[e] : 1;
    }

    private boolean inProgramme(int j) {
        return j < x.length && x[j] >= 0;
    }

    private void add(int j) {
        if (inProgramme(j)) {
            return;
        }
        if (j >= x.length) {
            int old = x.length;
            x = Arrays.copyOf(x, Math.max(j + 1, x.length * 2));
            Arrays.fill(x, old, x.length, -1);
        }
        Column col = m.columns.get(j);
        int v = solver.variable(0, Double.POSITIVE_INFINITY);
        x[j] = v;
        inProgramme.add(j);
        solver.term(stockRow[col.group()], v, 1 / m.groups.get(col.group()).quantity());
        solver.term(requestRow[col.request()], v, 1 / quantity(col.request()));
        double w = m.weightOf(col);
        for (int e : col.links()) {
            if (linkRow[e] >= 0) {
                solver.term(linkRow[e], v, w * linkScale(e));
                continue;
            }
            List<Integer> bound = unbound.add(e, j);
            if (bound != null) {
                linkRow[e] = solver.row(Double.NEGATIVE_INFINITY, m.network.capacityKg[e] > 0 ? 1 : 0);
                for (int i : bound) {
                    Column on = m.columns.get(i);
                    solver.term(linkRow[e], x[i], m.weightOf(on) * linkScale(e));
                }
            }
        }
    }

    /**
     * Solves the programme with PDLP until the given time. A solve that the time stops still leaves the point PDLP
     * reached ({@link PdlpModel}).
     */
    private PdlpModel.Outcome solve(String what, long until) {
        long remaining = (until - System.nanoTime()) / 1_000_000;
        long t = System.nanoTime();
        if (profile) {
            Profile.log("  %d link rows, %d columns%n", Arrays.stream(linkRow).filter(r -> r >= 0).count(),
                    inProgramme.size());
        }
        PdlpModel.Outcome outcome = solver.solve(parameters, Math.max(1000, remaining) / 1000.0);
        if (profile) {
            Profile.log("  %s (PDLP): %s in %d ms%n", what, outcome, (System.nanoTime() - t) / 1_000_000);
        }
        return outcome;
    }

    /** The current values, per model column, scaled down until every stock, request and link row holds. */
    private double[] repair() {
        double[] v = new double[m.columns.size()];
        for (int j : inProgramme) {
            v[j] = Math.max(0, solver.value(x[j]));
        }
        return repair.scaledDown(v, inProgramme);
    }

    private double coverage(double[] v) {
        return Results.coverage(m, m.delivered(v));
    }

    /**
     * The solver's row duals as prices: non-negative, in the sense that a column's reduced cost for level 1 is its
     * coverage coefficient less the prices of the rows it uses. The sign convention is learnt from the reported
     * reduced costs.
     */
    private double sign() {
        for (int j : inProgramme) {
            double reported = solver.reducedCost(x[j]);
            if (Math.abs(reported) > 1e-6) {
                double plus = levelOne(j) - rowSum(j, 1);
                double minus = levelOne(j) - rowSum(j, -1);
                return Math.abs(plus - reported) <= Math.abs(minus - reported) ? 1 : -1;
            }
        }
        return 1;
    }

    private double rowSum(int j, double sign) {
        Column col = m.columns.get(j);
        double w = m.weightOf(col);
        double sum = solver.dual(stockRow[col.group()]) / m.groups.get(col.group()).quantity()
                + solver.dual(requestRow[col.request()]) / quantity(col.request());
        for (int e : col.links()) {
            if (linkRow[e] >= 0) {
                sum += w * solver.dual(linkRow[e]) * linkScale(e);
            }
        }
        return sign * sum;
    }

    /**
     * The solver's duals as prices in the rows' own units (per unit of stock or request, per kilogram of capacity),
     * clipped at zero, and what {@link RouteMargins} makes of them: the bound they prove and the routes that would
     * improve the programme.
     */
    private RouteMargins.Priced price(int perRequest) {
        double sign = sign();
        double[] stockPrice = new double[stockRow.length];
        double[] requestPrice = new double[requestRow.length];
        double[] linkPrice = new double[linkRow.length];
        for (int g = 0; g < stockRow.length; g++) {
            stockPrice[g] = Math.max(0, sign * solver.dual(stockRow[g]) / m.groups.get(g).quantity());
        }
        for (int r = 0; r < requestRow.length; r++) {
            requestPrice[r] = requestRow[r] < 0 ? 0 : Math.max(0, sign * solver.dual(requestRow[r]) / quantity(r));
        }
        for (int e = 0; e < linkRow.length; e++) {
            double p = linkRow[e] < 0 ? 0 : sign * solver.dual(linkRow[e]) * linkScale(e);
            // Any non-negative prices prove a bound. (Leaving out the small prices PDLP puts on links with room to
            // spare was tried: both the bound and the routes that entered got worse, by 4% on L.)
            linkPrice[e] = p > 1e-12 ? p : 0;
        }
        return margins.price(stockPrice, requestPrice, linkPrice, this::inProgramme, perRequest);
    }

    Solution solveLevels() {
        int k = m.columns.size();
        // Level 1 gets most of the time, the levels after it the rest.
        long started = System.nanoTime();
        long equityUntil = started + (long) ((m.deadline - started) * EQUITY_SHARE);
        long costUntil = started + (long) ((m.deadline - started) * COST_SHARE);
        // Level 1 without link capacities bounds it from the start; the rounds' prices then tighten that. Round 1 does
        // not need it yet: it is worked out beside round 1's solve (0.4 s on L), and joined before anything is added
        // to the model.
        CompletableFuture<Double> capacityFree = CompletableFuture.supplyAsync(m::capacityFreeBound);
        double bound = Double.POSITIVE_INFINITY;
        double[] best = null;
        double bestCoverage = -1;
        RoundSchedule schedule = new RoundSchedule(equityUntil);
        long lastSolve = 0;
        for (int round = 0; ; round++) {
            long roundStarted = System.nanoTime();
            tolerance(schedule.tolerance());
            PdlpModel.Outcome outcome = solve("coverage", schedule.solveUntil());
            if (outcome == PdlpModel.Outcome.FAILED) {
                if (best == null) {
                    // The simplex programme answers instead, and adds to the model: the bound must be done first.
                    capacityFree.join();
                    return m.notSolved(k);
                }
                // The best plan of the rounds before stands, and cost is still lowered in the time left.
                break;
            }
            long solved = System.nanoTime();
            lastSolve = solved - roundStarted;
            double[] v = repair();
            double repaired = coverage(v);
            v = repair.toppedUp(v, inProgramme);
            double coverage = coverage(v);
            if (profile) {
                Profile.log("    PDLP's objective %.6f, repaired %.6f, topped up %.6f%n",
                        solver.objectiveValue() * coverageScale, repaired, coverage);
            }
            if (coverage > bestCoverage) {
                best = v;
                bestCoverage = coverage;
            }
            long t = System.nanoTime();
            long gcBefore = AllocationEngine.gcMillis();
            // After a solve that the limit stopped, no round follows: only the bound is wanted.
            RouteMargins.Priced priced = price(outcome == PdlpModel.Outcome.CUT_SHORT ? 0 : ENTERING_PER_REQUEST);
            if (round == 0) {
                bound = capacityFree.join();
            }
            if (priced.exact()) {
                // A search that had to drop labels may have missed the best margin of some request: no bound then.
                bound = Math.min(bound, priced.bound());
            }
            if (profile) {
                Profile.log("    plan %.6f, bound %.6f%s (gap %.4f%%), %d route(s) offered, priced in %d ms"
                        + " (collector %d ms), at %d ms%n", coverage, priced.bound(),
                        priced.exact() ? "" : " (search truncated)", 100 * (bound - bestCoverage) / bound,
                        priced.entering().size(), (System.nanoTime() - t) / 1_000_000,
                        AllocationEngine.gcMillis() - gcBefore, (System.nanoTime() - started) / 1_000_000);
            }
            // A round that the limit stopped ends the rounds; its plan and its bound count like any other. When no
            // route would improve the programme, yet the plan is short of the bound, the solve was not fine enough:
            // the next is ten times finer, down to 10⁻⁶.
            long now = System.nanoTime();
            if (!schedule.another(solved - roundStarted, now - t, priced.boundNanos(), bound, bestCoverage,
                    outcome == PdlpModel.Outcome.CUT_SHORT, priced.entering().isEmpty(), now)) {
                break;
            }
            for (RoutePricing.Entering e : priced.entering()) {
                int j = e.known() >= 0 ? e.known() : m.addColumn(e.column());
                add(j);
                solver.objective(x[j], levelOne(j));
            }
        }
        Map<Priority, Double> equity = new EnumMap<>(Priority.class);
        // The floors are sought only once level 1 is within its target: until then, the time is better spent there
        // (on L, PDLP does not settle a floor in the time left).
        double[] current = RoundSchedule.settled(bound, bestCoverage)
                ? floorsByPdlp(best, bestCoverage, equity, equityUntil, lastSolve) : best;
        if (System.nanoTime() <= costUntil) {
            long now = System.nanoTime();
            // The floors not sought, or not settled, are raised where few requests hold them down (FairerFloors).
            current = new FairerFloors(m, this::inProgramme).raise(current, equity, now + (costUntil - now) / 2);
            // A floor PDLP reported, to its tolerance, that the neighbourhood raised is reported as raised (on L with
            // 60 s, PDLP's LIFE_SAVING floor converged to 0, and the neighbourhood then reached 0.019).
            Map<Priority, Double> reached = Results.equity(m, m.delivered(current));
            equity.replaceAll((p, floor) -> Math.max(floor, reached.getOrDefault(p, floor)));
        }
        if (System.nanoTime() <= costUntil) {
            long t = System.nanoTime();
            double[] v = new CheaperRoutes(m).lower(current, costUntil);
            if (profile) {
                Profile.log("  cheaper routes: %.0f -> %.0f in %d ms%n", cost(current), cost(v),
                        (System.nanoTime() - t) / 1_000_000);
            }
            current = v;
        }
        return finish(current, bound, equity);
    }

    /**
     * Level 2 by PDLP: each priority's floor in turn, holding coverage and the floors before it, each solve started only
     * if it is expected to end by the given time. Answers the plan with the floors found; puts them in {@code equity}.
     */
    private double[] floorsByPdlp(double[] plan, double bestCoverage, Map<Priority, Double> equity, long until,
            long lastSolve) {
        tolerance(TOLERANCE);
        // The floors hold coverage at the plan found, within the tolerance they are solved to.
        int coverageRow = solver.row(bestCoverage / coverageScale * (1 - 2 * TOLERANCE), Double.POSITIVE_INFINITY);
        for (int j : inProgramme) {
            solver.term(coverageRow, x[j], m.coverageCoefficient[m.columns.get(j).request()] / coverageScale);
        }
        double[] current = plan;
        for (Priority priority : Priority.values()) {
            // A floor's solve that the limit stops yields no floor: it is only started when it is expected to end.
            if (until - System.nanoTime() < FLOOR_SOLVES * lastSolve) {
                break;
            }
            List<Integer> reachable = new ArrayList<>();
            for (int r = 0; r < requestRow.length; r++) {
                if (m.instance.requests().get(r).priority() == priority && requestRow[r] >= 0
                        && m.instance.requests().get(r).quantity() > 0) {
                    reachable.add(r);
                }
            }
            if (reachable.isEmpty()) {
                continue;
            }
            double[] d = m.delivered(current);
            double floorNow = reachable.stream().mapToDouble(r -> d[r] / m.instance.requests().get(r).quantity())
                    .min().orElse(1);
            int floor = solver.variable(0, 1);
            for (int r : reachable) {
                int fillRow = solver.row(0, Double.POSITIVE_INFINITY);
                for (int j : m.columnsOf(r)) {
                    if (inProgramme(j)) {
                        solver.term(fillRow, x[j], 1 / quantity(r));
                    }
                }
                solver.term(fillRow, floor, -1);
            }
            if (floorNow >= 1 - 10 * TOLERANCE) {
                // Every one of them is filled: the floor's optimum is 1, its bound; hold it without solving.
                solver.lowerBound(floor, 1 - TOLERANCE);
                equity.put(priority, 1.0);
                continue;
            }
            solver.clearObjective();
            solver.objective(floor, 1);
            solver.maximize();
            tolerance(EQUITY_TOLERANCE);
            PdlpModel.Outcome outcome = solve("equity " + priority, until);
            if (outcome == PdlpModel.Outcome.FAILED) {
                break;
            }
            double[] v = repair();
            double[] dv = m.delivered(v);
            double value = reachable.stream().mapToDouble(r -> dv[r] / m.instance.requests().get(r).quantity())
                    .min().orElse(1);
            // Taken only if it raises the floor: otherwise the plan at hand serves as well, and its cost is known.
            if (value > floorNow + EQUITY_TOLERANCE && holds(v, bestCoverage, equity)) {
                current = v;
                floorNow = value;
            }
            if (outcome == PdlpModel.Outcome.CUT_SHORT) {
                // The floor is not settled: the plan keeps what the point gave, and no level is reported for it.
                break;
            }
            equity.put(priority, floorNow);
            solver.lowerBound(floor, Math.max(0, floorNow - TOLERANCE));
            tolerance(TOLERANCE);
        }
        return current;
    }

    /** Whether a repaired solution keeps coverage and the equity floors found, within the tolerance. */
    private boolean holds(double[] v, double coverage, Map<Priority, Double> floors) {
        if (coverage(v) < coverage * (1 - 4 * TOLERANCE)) {
            return false;
        }
        Map<Priority, Double> fills = Results.equity(m, m.delivered(v));
        return floors.entrySet().stream()
                .allMatch(f -> fills.getOrDefault(f.getKey(), 1.0) >= f.getValue() - 4 * TOLERANCE);
    }

    private double cost(double[] v) {
        double sum = 0;
        for (int j = 0; j < v.length; j++) {
            if (v[j] > 0) {
                sum += v[j] * m.costOf(m.columns.get(j));
            }
        }
        return sum;
    }

    private Solution finish(double[] v, double bound, Map<Priority, Double> equity) {
        double coverage = coverage(v);
        // Without exact prices, the links that bind are those the plan fills.
        double[] left = Room.leftBy(m, v, j -> true).link;
        int full = 0;
        for (int e = 0; e < left.length; e++) {
            double capacity = m.network.capacityKg[e];
            if (left[e] < capacity && left[e] <= capacity * 1e-6) {
                full++;
            }
        }
        return new Solution(Plan.Status.FEASIBLE, v, new Plan.Levels(coverage, equity, cost(v)),
                Math.max(bound, coverage), false, full);
    }
}
