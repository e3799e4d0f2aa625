package org.entente.allocation;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;

import org.entente.allocation.Instance.Priority;

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
    /** Overloaded links that get their capacity row in one round, the most overloaded first. */
    static final int MAX_ROWS_PER_ROUND = 25;
    /** Instances with more candidate routes than this are solved by {@link FirstOrderProgramme}. */
    static final int FIRST_ORDER_COLUMNS = 200_000;
    private static volatile boolean loaded;

    private final int firstOrderColumns;

    public AllocationEngine() {
        this(FIRST_ORDER_COLUMNS);
    }

    /** An engine that solves instances with more candidate routes than given by {@link FirstOrderProgramme}. */
    AllocationEngine(int firstOrderColumns) {
        this.firstOrderColumns = firstOrderColumns;
    }

    /**
     * A way to end a solve early, from another thread: the engine stops at its next check, as when its time limit is
     * reached (between linear programmes, and within the search for cheaper routes), and answers what it found by
     * then, not proven optimal. A linear or first-order solve under way runs to its own end first.
     */
    public static final class Stop {

        private volatile boolean requested;
        private volatile Model model;

        /** Asks the solve to end at its next check. */
        public void request() {
            requested = true;
            Model m = model;
            if (m != null) {
                m.deadline = System.nanoTime();
            }
        }

        public boolean requested() {
            return requested;
        }

        private void watch(Model m) {
            model = m;
            if (requested) {
                m.deadline = System.nanoTime();
            }
        }
    }

    /** The answer for an instance that {@link Instance#validate()} accepted. */
    public Plan solve(Instance instance) {
        return solve(instance, new Stop());
    }

    /** The same, ending early when {@code stop} is requested. */
    public Plan solve(Instance instance, Stop stop) {
        long started = System.nanoTime();
        long gc0 = gcMillis();
        loadSolver();
        Model model = new Model(instance);
        long gc1 = gcMillis();
        model.firstOrderColumns = firstOrderColumns;
        model.deadline = started + (long) (instance.options().timeLimit() * 1e9);
        stop.watch(model);
        long t1 = System.nanoTime();
        Solution solution = model.solve();
        long t2 = System.nanoTime();
        long gc2 = gcMillis();
        Plan plan = new PlanAssembly(model).plan(solution, (System.nanoTime() - started) / 1_000_000);
        if (Boolean.getBoolean("allocation.profile")) {
            Profile.log("model %d ms (%d columns), solve %d ms, plan %d ms; collector %d ms in the model, %d ms"
                    + " in the solve%n", (t1 - started) / 1_000_000, model.columns.size(), (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000, gc1 - gc0, gc2 - gc1);
        }
        return plan;
    }

    /** The time the garbage collectors have taken so far in this JVM (for the profile). */
    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    static void loadSolver() {
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

    /** The instance indexed for solving and its candidate routes; {@link Programme} holds the linear programme. */
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
        final ArrayList<Column> columns = new ArrayList<>();
        /** Per request, the indices of its columns in the order they were added (plain arrays: on L, a million). */
        private int[][] columnsOfRequest;
        /** The columns before pricing found more: the greedy baseline uses only these, whatever the programme did. */
        int firstColumns;
        boolean truncated;
        /**
         * When the search for better columns stops ({@link System#nanoTime()}); the plan found so far stands. Brought
         * forward from another thread when the solve is stopped ({@link Stop}).
         */
        volatile long deadline = Long.MAX_VALUE;
        int firstOrderColumns = FIRST_ORDER_COLUMNS;
        /** The leximin steps the simplex programme took to refine equity (when the options ask for it). */
        int leximinSteps;
        /** Whether the leximin steps were cut short by their time or number (not when there was nothing to refine). */
        boolean leximinCutShort;
        private Greedy.Outcome greedy;
        private double capacityFreeBound = Double.NaN;

        /** The greedy baseline, over the first candidates only; worked out once. */
        Greedy.Outcome greedy() {
            if (greedy == null) {
                greedy = new Greedy(this).run();
            }
            return greedy;
        }

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
            firstColumns = columns.size();
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

        /** The candidates ({@link Candidates}), indexed in order of request. */
        private void buildColumns() {
            Candidates.Found found = Candidates.of(this);
            truncated = found.truncated();
            Column[][] ofRequest = found.ofRequest();
            columnsOfRequest = new int[ofRequest.length][];
            columns.ensureCapacity(Arrays.stream(ofRequest).mapToInt(c -> c.length).sum());
            for (int r = 0; r < ofRequest.length; r++) {
                columnsOfRequest[r] = new int[ofRequest[r].length];
                for (int i = 0; i < ofRequest[r].length; i++) {
                    columnsOfRequest[r][i] = columns.size();
                    columns.add(ofRequest[r][i]);
                }
            }
        }

        /** The pair's column along exactly these links, or -1. */
        int columnOf(int g, int r, int[] links) {
            for (int j : columnsOfRequest[r]) {
                Column col = columns.get(j);
                if (col.group() == g && Arrays.equals(col.links(), links)) {
                    return j;
                }
            }
            return -1;
        }

        /** Adds a column that pricing found outside the first candidates; answers its index. */
        int addColumn(Column col) {
            int[] of = columnsOfRequest[col.request()];
            of = Arrays.copyOf(of, of.length + 1);
            of[of.length - 1] = columns.size();
            columnsOfRequest[col.request()] = of;
            columns.add(col);
            return columns.size() - 1;
        }

        /** What a unit along a column weighs: its commodity's unit weight. */
        double weightOf(Column col) {
            return weight[groups.get(col.group()).commodity()];
        }

        /** What a unit along a column costs. */
        double costOf(Column col) {
            return col.costPerKg() * weightOf(col);
        }

        /** What each request receives from flows given per model column. */
        double[] delivered(double[] v) {
            double[] d = new double[requestNode.length];
            for (int j = 0; j < v.length; j++) {
                if (v[j] > 0) {
                    d[columns.get(j).request()] += v[j];
                }
            }
            return d;
        }

        /** The indices of a request's columns, in the order they were added; callers must not change the array. */
        int[] columnsOf(int r) {
            return columnsOfRequest[r];
        }

        /** Whether a request can be reached at all: some stock of its commodity can arrive in time, capacity aside. */
        boolean reachable(int r) {
            return columnsOfRequest[r].length > 0;
        }

        Solution solve() {
            if (columns.isEmpty()) {
                return new Solution(Plan.Status.OPTIMAL, new double[0], new Plan.Levels(0, Map.of(), 0), 0, !truncated, 0);
            }
            if (firstOrder()) {
                FirstOrderProgramme large = new FirstOrderProgramme(this);
                try {
                    Solution solution = large.solveLevels();
                    if (solution.status() == Plan.Status.NOT_SOLVED) {
                        // PDLP found nothing it could vouch for (it can fail where the simplex does not): the exact
                        // programme answers instead, within the same time limit.
                        firstOrderColumns = Integer.MAX_VALUE;
                        return solve();
                    }
                    // The bound its prices proved, or level 1 without link capacities if that is lower.
                    return withCapacityFreeBound(solution);
                } finally {
                    large.delete();
                }
            }
            Programme full = new Programme(this);
            try {
                Solution solution = full.solveLevels();
                double coverage = solution.levels().coverage();
                if (solution.status() == Plan.Status.NOT_SOLVED
                        || solution.coverageUpperBound() <= coverage + Programme.tolerance(coverage)) {
                    return solution.status() == Plan.Status.NOT_SOLVED ? solution : withBound(solution, coverage);
                }
                // Level 1 is not proven optimal over all routes (time ran out, or a route search approximated):
                // the programme's own bound, or level 1 without link capacities if that is lower.
                return withCapacityFreeBound(solution);
            } finally {
                full.delete();
            }
        }

        /** Whether the instance is large enough for the first-order programme (see {@link FirstOrderProgramme}). */
        boolean firstOrder() {
            return columns.size() > firstOrderColumns;
        }

        /** The solution with the lower of its own bound and level 1 solved without link capacities. */
        private Solution withCapacityFreeBound(Solution solution) {
            return withBound(solution, Math.min(capacityFreeBound(), solution.coverageUpperBound()));
        }

        /**
         * Level 1 without link capacities: then every pair of stock group and request with an on-time route earns the
         * request's coverage per unit, whatever the route, and the optimum is that of one transportation problem per
         * commodity. The candidates hold an on-time route of every such pair, unless a route search dropped labels:
         * then there is no bound (infinite). Worked out once.
         */
        double capacityFreeBound() {
            if (truncated) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(capacityFreeBound)) {
                TransportBound.Earnings pairs = new TransportBound.Earnings();
                // Each pair once: a group is marked with the last request it was paired with.
                int[] pairedWith = new int[groups.size()];
                Arrays.fill(pairedWith, -1);
                for (int r = 0; r < requestNode.length; r++) {
                    for (int j : columnsOfRequest[r]) {
                        int g = columns.get(j).group();
                        if (pairedWith[g] != r) {
                            pairedWith[g] = r;
                            pairs.add(g, r, coverageCoefficient[r]);
                        }
                    }
                }
                capacityFreeBound = new TransportBound(this).of(pairs);
            }
            return capacityFreeBound;
        }

        private static Solution withBound(Solution s, double bound) {
            return new Solution(s.status(), s.x(), s.levels(), Math.max(bound, s.levels().coverage()), s.exact(),
                    s.bindingLinks());
        }

        Solution notSolved(int k) {
            return new Solution(Plan.Status.NOT_SOLVED, new double[k], new Plan.Levels(0, Map.of(), 0), 0, false, 0);
        }
    }

    /** Requests in the order the greedy baseline serves them: priority, then needed-by time, then id. */
    static Comparator<Integer> byPriorityThenNeed(Instance instance) {
        return Comparator.<Integer, Priority>comparing(r -> instance.requests().get(r).priority())
                .thenComparingDouble(r -> instance.requests().get(r).neededByHour())
                .thenComparing(r -> instance.requests().get(r).id());
    }
}
