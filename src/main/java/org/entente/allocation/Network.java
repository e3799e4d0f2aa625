package org.entente.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The instance's network as arrays, and the routes from one source node: every path over open links that no other
 * path beats on both time and cost per kilogram (the Pareto set), up to a time limit. The cheapest route within any
 * time budget and the fastest route are both in that set.
 */
final class Network {

    /** Labels per node beyond which a search keeps only the fastest and the cheapest; reported as inexact. */
    static final int MAX_LABELS_PER_NODE = 64;
    private static final double EPS = 1e-9;

    final String[] codes;
    final Map<String, Integer> index = new HashMap<>();
    final int[] from;
    final int[] to;
    final double[] hours;
    final double[] costPerKg;
    final double[] capacityKg;
    final boolean[] open;
    final int[][] out;

    Network(Instance instance) {
        int n = instance.nodes().size();
        codes = new String[n];
        for (int i = 0; i < n; i++) {
            codes[i] = instance.nodes().get(i).code();
            index.put(codes[i], i);
        }
        int m = instance.links().size();
        from = new int[m];
        to = new int[m];
        hours = new double[m];
        costPerKg = new double[m];
        capacityKg = new double[m];
        open = new boolean[m];
        int[] degree = new int[n];
        for (int e = 0; e < m; e++) {
            Instance.Link l = instance.links().get(e);
            from[e] = index.get(l.from());
            to[e] = index.get(l.to());
            hours[e] = l.hours();
            costPerKg[e] = l.costPerKg();
            capacityKg[e] = l.capacityKg();
            open[e] = l.isOpen();
            degree[from[e]]++;
        }
        out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[degree[i]];
        }
        int[] fill = new int[n];
        for (int e = 0; e < m; e++) {
            out[from[e]][fill[from[e]]++] = e;
        }
    }

    int size() {
        return codes.length;
    }

    /** A multi-criteria label-setting search over open links by hours and cost per kg, up to the time limit. */
    Routes routesFrom(int source, double limitHours) {
        return routesFrom(source, limitHours, new double[][] {costPerKg}, new double[] {EPS});
    }

    /** Compares two vectors of lengths lexicographically, each component equal within its tolerance. */
    static int compareLengths(double[] a, double[] b, double[] tolerance) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] < b[k] - tolerance[k]) {
                return -1;
            }
            if (a[k] > b[k] + tolerance[k]) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * A multi-criteria label-setting search over open links, in order of time, up to the time limit: a label survives
     * unless another at the same node is no slower and no longer (lexicographically over the given per-link lengths,
     * which must not be negative). For any time budget, the lexicographically shortest route within it is kept.
     */
    Routes routesFrom(int source, double limitHours, double[][] linkLengths, double[] tolerance) {
        if (linkLengths.length == 1) {
            return routesFrom(source, limitHours, linkLengths[0], tolerance);
        }
        int n = size();
        int d = linkLengths.length;
        // With a negative length a detour could look shorter: routes then never pass a node twice.
        boolean negative = Arrays.stream(linkLengths).flatMapToDouble(Arrays::stream).anyMatch(l -> l < 0);
        Routes r = new Routes(source, n, tolerance, true);
        int[][] at = new int[n][];
        int[] atCount = new int[n];
        boolean[] deleted = new boolean[64];
        r.add(0, new double[d], -1, -1);
        at[source] = new int[] {0};
        atCount[source] = 1;
        LabelHeap queue = new LabelHeap(r);
        queue.push(0);
        while (!queue.isEmpty()) {
            int label = queue.pop();
            if (deleted[label]) {
                continue;
            }
            int u = label == 0 ? source : to[r.link[label]];
            double t0 = r.time[label];
            double[] c0 = r.lengths[label];
            for (int e : out[u]) {
                if (!open[e]) {
                    continue;
                }
                double t = t0 + hours[e];
                double[] c = new double[d];
                for (int k = 0; k < d; k++) {
                    c[k] = c0[k] + linkLengths[k][e];
                }
                int v = to[e];
                if (t > limitHours + EPS || v == source || (negative && visits(r, label, v))) {
                    continue;
                }
                int[] here = at[v];
                int k = atCount[v];
                boolean dominated = false;
                for (int i = 0; i < k; i++) {
                    int other = here[i];
                    if (r.time[other] <= t + EPS && compareLengths(r.lengths[other], c, tolerance) <= 0) {
                        dominated = true;
                        break;
                    }
                }
                if (dominated) {
                    continue;
                }
                for (int i = k - 1; i >= 0; i--) {
                    int other = here[i];
                    if (t <= r.time[other] + EPS && compareLengths(c, r.lengths[other], tolerance) <= 0) {
                        deleted[other] = true;
                        here[i] = here[--k];
                    }
                }
                atCount[v] = k;
                if (k >= MAX_LABELS_PER_NODE) {
                    r.truncated = true;
                    continue;
                }
                int id = r.add(t, c, e, label);
                if (id >= deleted.length) {
                    deleted = Arrays.copyOf(deleted, deleted.length * 2);
                }
                if (here == null) {
                    here = new int[2];
                    at[v] = here;
                } else if (k == here.length) {
                    here = Arrays.copyOf(here, k * 2);
                    at[v] = here;
                }
                here[k] = id;
                atCount[v] = k + 1;
                queue.push(id);
            }
        }
        r.keepLabels(at, atCount);
        return r;
    }

    /**
     * The same search over a single length per link, on plain numbers: the model's candidates and the bound's margins
     * search this way, a million times on L, and a vector per label made them several times slower.
     */
    private Routes routesFrom(int source, double limitHours, double[] linkLength, double[] tolerance) {
        int n = size();
        double tol = tolerance[0];
        boolean negative = Arrays.stream(linkLength).anyMatch(l -> l < 0);
        Routes r = new Routes(source, n, tolerance, false);
        r.sorted = true;
        // The per-node lists, the deleted marks and the queue are this thread's own and serve search after search:
        // on L, the searches of a round made some 300 MB of them, which the collector had to deal with.
        Scratch scratch = Scratch.of(n);
        int[][] at = scratch.at;
        int[] atCount = scratch.atCount;
        boolean[] deleted = scratch.deleted;
        r.add(0, 0.0, -1, -1);
        at[source][0] = 0;
        atCount[source] = 1;
        ScalarHeap queue = scratch.queue;
        queue.reset(tol);
        queue.push(0, 0, 0);
        while (!queue.isEmpty()) {
            int label = queue.pop();
            if (deleted[label]) {
                continue;
            }
            int u = label == 0 ? source : to[r.link[label]];
            double t0 = r.time[label];
            double c0 = r.cost[label];
            for (int e : out[u]) {
                if (!open[e]) {
                    continue;
                }
                double t = t0 + hours[e];
                double c = c0 + linkLength[e];
                int v = to[e];
                if (t > limitHours + EPS || v == source || (negative && visits(r, label, v))) {
                    continue;
                }
                // The labels at a node are kept in order of time, their lengths then strictly falling (any other
                // would be dominated): the label that could dominate this one is the last no slower, and those it
                // dominates are the ones next after it.
                int[] here = at[v];
                int k = atCount[v];
                int lo = 0;
                int hi = k;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (r.time[here[mid]] <= t + EPS) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                if (lo > 0 && r.cost[here[lo - 1]] <= c + tol) {
                    continue;
                }
                int first = lo;
                while (first > 0 && r.time[here[first - 1]] >= t - EPS) {
                    first--;
                }
                int last = first;
                while (last < k && r.cost[here[last]] >= c - tol) {
                    deleted[here[last]] = true;
                    last++;
                }
                if (k - (last - first) >= MAX_LABELS_PER_NODE) {
                    // Too many labels: this one is dropped (those it dominates already are), and the search is no
                    // longer exact.
                    System.arraycopy(here, last, here, first, k - last);
                    atCount[v] = k - (last - first);
                    r.truncated = true;
                    continue;
                }
                int id = r.add(t, c, e, label);
                if (id >= deleted.length) {
                    deleted = Arrays.copyOf(deleted, deleted.length * 2);
                    scratch.deleted = deleted;
                }
                int size = k - (last - first) + 1;
                if (size > here.length) {
                    here = Arrays.copyOf(here, Math.max(size, k * 2));
                    at[v] = here;
                }
                if (last != first + 1) {
                    System.arraycopy(here, last, here, first + 1, k - last);
                }
                here[first] = id;
                atCount[v] = size;
                queue.push(id, t, c);
            }
        }
        r.keepLabels(at, atCount);
        return r;
    }

    /** A thread's working space for the searches over a single length, kept from search to search. */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> OWN = new ThreadLocal<>();

        final int[][] at;
        final int[] atCount;
        boolean[] deleted = new boolean[1024];
        final ScalarHeap queue = new ScalarHeap();

        private Scratch(int nodes) {
            at = new int[nodes][];
            for (int v = 0; v < nodes; v++) {
                at[v] = new int[4];
            }
            atCount = new int[nodes];
        }

        /**
         * This thread's working space for a network of the given size, cleared here rather than after a search, so
         * that a search that failed half-way leaves nothing behind for the next.
         */
        static Scratch of(int nodes) {
            Scratch s = OWN.get();
            if (s == null || s.at.length != nodes) {
                s = new Scratch(nodes);
                OWN.set(s);
            }
            Arrays.fill(s.atCount, 0);
            Arrays.fill(s.deleted, false);
            return s;
        }
    }

    /** Whether a label's route already passes through a node. */
    private boolean visits(Routes r, int label, int node) {
        for (int l = label; l >= 0 && r.link[l] >= 0; l = r.previous[l]) {
            if (to[r.link[l]] == node) {
                return true;
            }
        }
        return false;
    }

    /** The fastest time from every node to a target over open links, or over all links (a reverse Dijkstra). */
    double[] fastestTo(int target, boolean openOnly) {
        int n = size();
        List<List<Integer>> in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            in.add(new ArrayList<>());
        }
        for (int e = 0; e < from.length; e++) {
            if (open[e] || !openOnly) {
                in.get(to[e]).add(e);
            }
        }
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[target] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, target});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int v = (int) top[1];
            if (top[0] > dist[v]) {
                continue;
            }
            for (int e : in.get(v)) {
                double d = dist[v] + hours[e];
                if (d < dist[from[e]]) {
                    dist[from[e]] = d;
                    queue.add(new double[] {d, from[e]});
                }
            }
        }
        return dist;
    }
}
