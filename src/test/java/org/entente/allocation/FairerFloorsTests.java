package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.allocation.Instance.Priority.LIFE_SAVING;
import static org.entente.allocation.Instance.Priority.URGENT;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan that leaves a life-saving request with nothing, where sharing would cost no coverage, has its floor raised;
 * where raising it would cost coverage, or a floor already found, the plan stays as it was. Every raised plan keeps
 * stock, requests and link capacities within their limits.
 */
class FairerFloorsTests {

    private static final long SOON = Long.MAX_VALUE;

    @BeforeAll
    static void loadSolver() {
        AllocationEngine.loadSolver();
    }

    @Test
    void spentStockIsSharedBetweenRequestsOfTheSameWorth() {
        // 100 kits at W, asked for twice; the plan sends them all to A.
        AllocationEngine.Model m = new AllocationEngine.Model(new Instances().commodity("KIT", 1)
                .warehouse("W").point("A").point("B")
                .road("W", "A", 4, 1e9, 1).road("W", "B", 4, 1e9, 1)
                .stock("W", "KIT", 100)
                .request("a", "A", "KIT", 100, LIFE_SAVING, 24)
                .request("b", "B", "KIT", 100, LIFE_SAVING, 24)
                .build());
        double[] plan = new double[m.columns.size()];
        plan[m.columnsOf(0)[0]] = 100;

        double[] raised = new FairerFloors(m, j -> true).raise(plan, Map.of(), SOON);

        assertThat(fills(m, raised)).containsExactly(0.5, 0.5);
        assertThat(coverage(m, raised)).isCloseTo(coverage(m, plan), within(1e-9));
        assertWithinLimits(m, raised);
        assertThat(plan[m.columnsOf(0)[0]]).as("the plan given is left as it was").isEqualTo(100);
    }

    @Test
    void aFullLinkIsSharedBetweenRequestsOfTheSameWorth() {
        // Kits enough at W, but the road out of it carries 120 kg, all of it to A.
        AllocationEngine.Model m = new AllocationEngine.Model(new Instances().commodity("KIT", 2)
                .warehouse("W").warehouse("H").point("A").point("B")
                .road("W", "H", 4, 120, 1).road("H", "A", 4, 1e9, 1).road("H", "B", 4, 1e9, 1)
                .stock("W", "KIT", 500)
                .request("a", "A", "KIT", 80, LIFE_SAVING, 24)
                .request("b", "B", "KIT", 40, LIFE_SAVING, 24)
                .build());
        double[] plan = new double[m.columns.size()];
        plan[m.columnsOf(0)[0]] = 60;

        double[] raised = new FairerFloors(m, j -> true).raise(plan, Map.of(), SOON);

        // 60 kits between them, 120 asked: each gets half.
        assertThat(fills(m, raised)[0]).isCloseTo(0.5, within(1e-6));
        assertThat(fills(m, raised)[1]).isCloseTo(0.5, within(1e-6));
        assertThat(coverage(m, raised)).isCloseTo(coverage(m, plan), within(1e-9));
        assertWithinLimits(m, raised);
    }

    @Test
    void noFloorIsRaisedAtTheCostOfCoverage() {
        // The road carries 100 kg: kits to A cover their commodity's whole demand, water to B a tenth of its own.
        AllocationEngine.Model m = new AllocationEngine.Model(new Instances().commodity("KIT", 1).commodity("WATER", 1)
                .warehouse("W").warehouse("H").point("A").point("B")
                .road("W", "H", 4, 100, 1).road("H", "A", 4, 1e9, 1).road("H", "B", 4, 1e9, 1)
                .stock("W", "KIT", 100).stock("W", "WATER", 1000)
                .request("a", "A", "KIT", 100, LIFE_SAVING, 24)
                .request("b", "B", "WATER", 1000, LIFE_SAVING, 24)
                .build());
        double[] plan = new double[m.columns.size()];
        plan[m.columnsOf(0)[0]] = 100;

        double[] raised = new FairerFloors(m, j -> true).raise(plan, Map.of(), SOON);

        assertThat(fills(m, raised)).containsExactly(1.0, 0.0);
    }

    @Test
    void theLifeSavingFloorIsHeldWhileTheUrgentOneIsRaised() {
        // The road is full of kits; water would cover as much per kilogram, but only by taking from the kits.
        AllocationEngine.Model m = kitsAndWater(100, 5);
        double[] plan = new double[m.columns.size()];
        plan[m.columnsOf(0)[0]] = 100;

        double[] raised = new FairerFloors(m, j -> true).raise(plan, Map.of(), SOON);

        assertThat(fills(m, raised)).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void urgentRequestsShareWhatTheLifeSavingFloorLeaves() {
        // 10 kg beyond the kits, all gone to b: b and c share them.
        AllocationEngine.Model m = kitsAndWater(110, 10);
        double[] plan = new double[m.columns.size()];
        plan[m.columnsOf(0)[0]] = 100;
        plan[m.columnsOf(1)[0]] = 10;

        double[] raised = new FairerFloors(m, j -> true).raise(plan, Map.of(LIFE_SAVING, 1.0), SOON);

        assertThat(fills(m, raised)[0]).isCloseTo(1.0, within(1e-6));
        assertThat(fills(m, raised)[1]).isCloseTo(0.5, within(1e-6));
        assertThat(fills(m, raised)[2]).isCloseTo(0.5, within(1e-6));
        assertWithinLimits(m, raised);
    }

    /**
     * A road of the given kilograms out of W carries 100 kits for a life-saving request (a) and water for two urgent
     * ones (b, c) of the given quantity each. With 5 each, water covers as much per kilogram as the kits do: a tenth of
     * its demand for a tenth of the weight.
     */
    private static AllocationEngine.Model kitsAndWater(double roadKg, double waterEach) {
        return new AllocationEngine.Model(new Instances().commodity("KIT", 1).commodity("WATER", 1)
                .warehouse("W").warehouse("H").point("A").point("B").point("C")
                .road("W", "H", 4, roadKg, 1).road("H", "A", 4, 1e9, 1).road("H", "B", 4, 1e9, 1)
                .road("H", "C", 4, 1e9, 1)
                .stock("W", "KIT", 1000).stock("W", "WATER", 1000)
                .request("a", "A", "KIT", 100, LIFE_SAVING, 24)
                .request("b", "B", "WATER", waterEach, URGENT, 24)
                .request("c", "C", "WATER", waterEach, URGENT, 24)
                .build());
    }

    private static double[] fills(AllocationEngine.Model m, double[] v) {
        double[] delivered = delivered(m, v);
        double[] fills = new double[delivered.length];
        for (int r = 0; r < fills.length; r++) {
            fills[r] = Math.round(Results.fill(m.instance.requests().get(r).quantity(), delivered[r]) * 1e9) / 1e9;
        }
        return fills;
    }

    private static double[] delivered(AllocationEngine.Model m, double[] v) {
        double[] d = new double[m.instance.requests().size()];
        for (int j = 0; j < v.length; j++) {
            d[m.columns.get(j).request()] += v[j];
        }
        return d;
    }

    private static double coverage(AllocationEngine.Model m, double[] v) {
        return Results.coverage(m, delivered(m, v));
    }

    private static void assertWithinLimits(AllocationEngine.Model m, double[] v) {
        double[] stock = new double[m.groups.size()];
        double[] load = new double[m.network.capacityKg.length];
        for (int j = 0; j < v.length; j++) {
            assertThat(v[j]).isGreaterThanOrEqualTo(0);
            AllocationEngine.Column col = m.columns.get(j);
            stock[col.group()] += v[j];
            for (int e : col.links()) {
                load[e] += v[j] * m.weight[m.groups.get(col.group()).commodity()];
            }
        }
        for (int g = 0; g < stock.length; g++) {
            assertThat(stock[g]).isLessThanOrEqualTo(hair(m.groups.get(g).quantity()));
        }
        double[] delivered = delivered(m, v);
        for (int r = 0; r < delivered.length; r++) {
            assertThat(delivered[r]).isLessThanOrEqualTo(hair(m.instance.requests().get(r).quantity()));
        }
        for (int e = 0; e < load.length; e++) {
            assertThat(load[e]).isLessThanOrEqualTo(hair(m.network.capacityKg[e]));
        }
    }

    /** A limit, give or take the rounding of sums in another order (10⁻¹²). */
    private static double hair(double limit) {
        return limit + 1e-12 * Math.max(1, limit);
    }
}
