package org.entente.allocation;

import java.util.function.IntPredicate;

import org.entente.allocation.AllocationEngine.Column;

/**
 * What flows leave of every limit of a model: the stock of each group, the quantity of each request and the capacity
 * of each link (in kilograms). The greedy baseline, the first-order method's top-up, cost's moves and the equity
 * neighbourhoods all work within it.
 */
final class Room {

    final double[] stock;
    final double[] request;
    final double[] link;
    private final AllocationEngine.Model m;

    /** The whole of every limit. */
    Room(AllocationEngine.Model m) {
        this.m = m;
        stock = m.groups.stream().mapToDouble(AllocationEngine.Group::quantity).toArray();
        request = m.instance.requests().stream().mapToDouble(Instance.Request::quantity).toArray();
        link = m.network.capacityKg.clone();
    }

    /** What the positive flows (per model column) of the columns that pass the test leave. */
    static Room leftBy(AllocationEngine.Model m, double[] v, IntPredicate counted) {
        Room room = new Room(m);
        for (int j = 0; j < v.length; j++) {
            if (v[j] > 0 && counted.test(j)) {
                room.take(j, v[j]);
            }
        }
        return room;
    }

    /** Takes a quantity along a column (a negative one gives it back). */
    void take(int j, double quantity) {
        Column col = m.columns.get(j);
        stock[col.group()] -= quantity;
        request[col.request()] -= quantity;
        double w = m.weightOf(col);
        for (int e : col.links()) {
            link[e] -= quantity * w;
        }
    }

    /** The most a column can still carry: what its group, its request and every link on its route have left. */
    double most(int j) {
        Column col = m.columns.get(j);
        double most = Math.min(stock[col.group()], request[col.request()]);
        double w = m.weightOf(col);
        for (int e : col.links()) {
            most = Math.min(most, link[e] / w);
        }
        return most;
    }
}
