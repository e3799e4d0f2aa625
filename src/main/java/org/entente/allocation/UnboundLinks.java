package org.entente.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.allocation.AllocationEngine.Column;

/**
 * The links of a programme that need no capacity row yet, because the columns using them could not fill them. No more
 * can cross a link than the requests its columns serve take, nor more than the stock groups they draw on hold; while
 * the smaller of the two fits the capacity, the row could never bind. {@link FirstOrderProgramme} leaves such rows out
 * (PDLP pays for every coefficient) and gives a link its row once a column that joins tips it over.
 */
final class UnboundLinks {

    private final AllocationEngine.Model m;
    /** Per link still without its row: the columns using it, the requests and groups they serve, and their kilograms. */
    private final List<List<Integer>> columns = new ArrayList<>();
    private final List<Set<Integer>> requests = new ArrayList<>();
    private final List<Set<Integer>> groups = new ArrayList<>();
    private final double[] requestKg;
    private final double[] groupKg;

    UnboundLinks(AllocationEngine.Model m) {
        this.m = m;
        int links = m.network.from.length;
        for (int e = 0; e < links; e++) {
            columns.add(new ArrayList<>());
            requests.add(new HashSet<>());
            groups.add(new HashSet<>());
        }
        requestKg = new double[links];
        groupKg = new double[links];
    }

    /**
     * Counts column j on link e, which has no row yet. Answers null while the link still cannot be filled; otherwise
     * every column counted on it, j included, which its row must now hold, and forgets the link.
     */
    List<Integer> add(int e, int j) {
        Column col = m.columns.get(j);
        double w = m.weightOf(col);
        columns.get(e).add(j);
        if (requests.get(e).add(col.request())) {
            requestKg[e] += m.instance.requests().get(col.request()).quantity() * w;
        }
        if (groups.get(e).add(col.group())) {
            groupKg[e] += m.groups.get(col.group()).quantity() * w;
        }
        if (Math.min(requestKg[e], groupKg[e]) <= m.network.capacityKg[e] * (1 - 1e-9)) {
            return null;
        }
        List<Integer> bound = columns.get(e);
        columns.set(e, null);
        requests.set(e, null);
        groups.set(e, null);
        return bound;
    }
}
