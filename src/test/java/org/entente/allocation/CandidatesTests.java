package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.allocation.Instance.Priority.URGENT;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each pair of stock group and request gets the cheapest route within its time budget and the fastest, in order of
 * request, then of group: what the programmes start from, and what the greedy baseline serves from.
 */
class CandidatesTests {

    // Kits at W (two routes to P: a fast dear road and a slow cheap one through H) and at P itself; water at W only.
    private static Instance corridor() {
        return new Instances().commodity("KIT", 1).commodity("WATER", 5).warehouse("W").warehouse("H").point("P")
                .road("W", "P", 4, 1e9, 3).road("W", "H", 5, 1e9, 0.5).road("H", "P", 5, 1e9, 0.5)
                .stock("W", "KIT", 100).stock("P", "KIT", 10).stock("W", "WATER", 50)
                .request("early", "P", "KIT", 40, URGENT, 6)
                .request("late", "P", "KIT", 40, URGENT, 24)
                .request("none", "P", "KIT", 0, URGENT, 24)
                .request("water", "P", "WATER", 20, URGENT, 24)
                .build();
    }

    @Test
    void aPairGetsTheCheapestRouteOnTimeAndTheFastestInOrderOfGroup() {
        AllocationEngine.Model m = new AllocationEngine.Model(corridor());

        // Too early for the cheap road: only the fast one from W, and the stock already at P.
        assertThat(routes(m, 0)).containsExactly("W>P", "P");
        // Time for both: the cheapest first, then the fastest; then the stock at P.
        assertThat(routes(m, 1)).containsExactly("W>H>P", "W>P", "P");
        // Nothing asked, nothing offered; water only from where water is.
        assertThat(routes(m, 2)).isEmpty();
        assertThat(routes(m, 3)).containsExactly("W>H>P", "W>P");
        // The columns are numbered in order of request.
        int[] all = new int[0];
        for (int r = 0; r < 4; r++) {
            int[] of = m.columnsOf(r);
            int at = all.length;
            all = Arrays.copyOf(all, at + of.length);
            System.arraycopy(of, 0, all, at, of.length);
        }
        assertThat(all).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(m.firstColumns).isEqualTo(7);
    }

    @Test
    void routesCarryTheirHoursAndCostPerKilogram() {
        AllocationEngine.Model m = new AllocationEngine.Model(corridor());
        AllocationEngine.Column cheap = m.columns.get(m.columnsOf(1)[0]);
        AllocationEngine.Column fast = m.columns.get(m.columnsOf(1)[1]);

        assertThat(cheap.hours()).isEqualTo(10);
        assertThat(cheap.costPerKg()).isEqualTo(1.0);
        assertThat(fast.hours()).isEqualTo(4);
        assertThat(fast.costPerKg()).isEqualTo(3.0);
    }

    /** A request's candidates as the nodes they pass, in the model's order. */
    private static List<String> routes(AllocationEngine.Model m, int r) {
        return Arrays.stream(m.columnsOf(r)).mapToObj(j -> {
            AllocationEngine.Column col = m.columns.get(j);
            StringBuilder path = new StringBuilder(m.network.codes[m.groups.get(col.group()).node()]);
            for (int e : col.links()) {
                path.append('>').append(m.network.codes[m.network.to[e]]);
            }
            return path.toString();
        }).toList();
    }
}
