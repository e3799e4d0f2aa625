package org.entente.allocation;

import java.util.Arrays;

/**
 * The Pareto routes from one source: per node, labels of (hours, lengths) with the link that led there. The
 * lengths are a vector compared lexicographically; {@code cost} is its first component (cost per kg when the
 * search is over cost).
 */
final class Routes {
    final int source;
    double[] time;
    double[] cost;
    /** Each label's vector of lengths; null for a search over a single length, which keeps it in cost. */
    double[][] lengths;
    int[] link;
    int[] previous;
    int count;
    /** The labels at each node, node after node: those of node v from {@code nodeStart[v]} to the next start. */
    private int[] nodeLabels;
    private int[] nodeStart;
    boolean truncated;
    /** Whether each node's labels are in order of time (a search over a single length). */
    boolean sorted;
    /** Each label's path once made ({@link #links}). */
    private int[][] paths;

    final double[] tolerance;

    Routes(int source, int nodes, double[] tolerance, boolean vectors) {
        this.source = source;
        this.tolerance = tolerance;
        // Room for a few labels per node: a search from a stock node of L keeps some ten per node.
        int capacity = Math.max(64, 8 * nodes);
        time = new double[capacity];
        cost = new double[capacity];
        lengths = vectors ? new double[capacity][] : null;
        link = new int[capacity];
        previous = new int[capacity];
    }

    int add(double t, double[] l, int e, int prev) {
        int id = add(t, l[0], e, prev);
        lengths[id] = l;
        return id;
    }

    /** A label of a search over one length, which keeps it in {@code cost} only. */
    int add(double t, double c, int e, int prev) {
        if (count == time.length) {
            time = Arrays.copyOf(time, count * 2);
            cost = Arrays.copyOf(cost, count * 2);
            lengths = lengths == null ? null : Arrays.copyOf(lengths, count * 2);
            link = Arrays.copyOf(link, count * 2);
            previous = Arrays.copyOf(previous, count * 2);
        }
        time[count] = t;
        cost[count] = c;
        link[count] = e;
        previous[count] = prev;
        return count++;
    }

    /** A label's vector of lengths. */
    double[] lengths(int label) {
        return lengths != null ? lengths[label] : new double[] {cost[label]};
    }

    /** How many labels reach a node (none when it cannot be reached in the time limit). */
    int labelCount(int node) {
        return nodeStart[node + 1] - nodeStart[node];
    }

    /**
     * The i-th label reaching a node; in order of time, their lengths falling, when the search was over a single
     * length ({@link #sorted}).
     */
    int label(int node, int i) {
        return nodeLabels[nodeStart[node] + i];
    }

    /** The label at a node with the shortest length among those that arrive within the given hours, or -1. */
    int shortestWithin(int node, double hours) {
        int start = nodeStart[node];
        int end = nodeStart[node + 1];
        if (sorted) {
            int lo = start;
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (time[nodeLabels[mid]] <= hours) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1 >= start ? nodeLabels[lo - 1] : -1;
        }
        int best = -1;
        for (int i = start; i < end; i++) {
            int label = nodeLabels[i];
            if (time[label] <= hours && (best < 0 || cost[label] < cost[best])) {
                best = label;
            }
        }
        return best;
    }

    /** Keeps the labels at each node but the source, from a search's per-node lists, in one flat array. */
    void keepLabels(int[][] at, int[] atCount) {
        int n = atCount.length;
        nodeStart = new int[n + 1];
        int total = 0;
        for (int v = 0; v < n; v++) {
            nodeStart[v] = total;
            if (v != source) {
                total += atCount[v];
            }
        }
        nodeStart[n] = total;
        nodeLabels = new int[total];
        for (int v = 0; v < n; v++) {
            if (v != source && atCount[v] > 0) {
                System.arraycopy(at[v], 0, nodeLabels, nodeStart[v], atCount[v]);
            }
        }
    }

    /**
     * The links of a label's path, in order from the source. Each label's path is made once, from its previous
     * label's, and then shared: callers must not change it. (On L, a million candidates end at some hundred
     * thousand labels; walking each path back from its end took a third of the candidates' time.)
     */
    int[] links(int label) {
        if (paths == null || paths.length < count) {
            paths = paths == null ? new int[count][] : Arrays.copyOf(paths, count);
        }
        if (paths[label] != null) {
            return paths[label];
        }
        int first = label;
        int pending = 0;
        while (link[first] >= 0 && paths[first] == null) {
            first = previous[first];
            pending++;
        }
        if (paths[first] == null) {
            paths[first] = new int[0];
        }
        // The labels from the one with a path back to this one, each path one link longer than the last.
        int[] chain = new int[pending];
        for (int l = label, i = pending - 1; i >= 0; l = previous[l], i--) {
            chain[i] = l;
        }
        int[] path = paths[first];
        for (int l : chain) {
            path = Arrays.copyOf(path, path.length + 1);
            path[path.length - 1] = link[l];
            paths[l] = path;
        }
        return path;
    }
}
