package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.allocation.Instance.Priority.URGENT;

import org.junit.jupiter.api.Test;

/** A link's row is left out while the requests and the stock its columns serve could not fill it. */
class UnboundLinksTests {

    @Test
    void aLinkNeedsItsRowOnlyOnceBothItsRequestsAndItsStockExceedItsCapacity() {
        // 100 kits at W and 100 at V (one hop further); two requests of 100 at P; the last road, W to P, takes 150 kg.
        Instance instance = new Instances().commodity("KIT", 1).warehouse("V").warehouse("W").point("P")
                .road("V", "W", 2, 1e9, 1).road("W", "P", 2, 150, 1).stock("W", "KIT", 100).stock("V", "KIT", 100)
                .request("a", "P", "KIT", 100, URGENT, 24).request("b", "P", "KIT", 100, URGENT, 24).build();
        AllocationEngine.Model m = new AllocationEngine.Model(instance);
        int w = m.network.index.get("W");
        int last = -1;
        for (int e = 0; e < m.network.from.length; e++) {
            if (m.network.from[e] == w) {
                last = e;
            }
        }
        UnboundLinks unbound = new UnboundLinks(m);

        // From W alone: 200 kg asked, but only W's 100 kg of stock can cross.
        assertThat(unbound.add(last, column(m, "W", 0))).isNull();
        assertThat(unbound.add(last, column(m, "W", 1))).isNull();
        // V's stock joins: 200 kg asked and 200 kg held, over 150.
        int fromV = column(m, "V", 0);
        assertThat(unbound.add(last, fromV)).containsExactly(column(m, "W", 0), column(m, "W", 1), fromV);
    }

    /** The column from the stock at a node to the request of that index. */
    private static int column(AllocationEngine.Model m, String node, int request) {
        int at = m.network.index.get(node);
        for (int j = 0; j < m.columns.size(); j++) {
            AllocationEngine.Column col = m.columns.get(j);
            if (m.groups.get(col.group()).node() == at && col.request() == request) {
                return j;
            }
        }
        throw new AssertionError("no column from " + node + " to request " + request);
    }
}
