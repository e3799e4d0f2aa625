package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.allocation.Instance.Priority.LIFE_SAVING;
import static org.entente.allocation.Instance.Priority.ROUTINE;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The transportation bound: level 1 without link capacities, one minimum-cost flow per commodity. It is what the
 * exact engine finds once capacities cannot bind, and never less than the optimum when they do.
 */
class TransportBoundTests {

    final AllocationEngine engine = new AllocationEngine();

    @Example
    void theScarceStockGoesToTheRequestThatCountsMost() {
        // 100 kits for two requests of 100 each: weight 100 per unit of the 200 requested beats weight 1. Coverage
        // 100 x 100 / 200 = 50, whatever the single narrow road would allow.
        Instance instance = new Instances().commodity("KIT", 1).warehouse("W").point("P").point("Q")
                .road("W", "P", 5, 10, 1).road("W", "Q", 5, 10, 1).stock("W", "KIT", 100)
                .request("LS", "P", "KIT", 100, LIFE_SAVING, 30).request("RO", "Q", "KIT", 100, ROUTINE, 30).build();

        assertThat(capacityFreeBound(instance)).isCloseTo(50, within(1e-6));
    }

    @Example
    void aPairThatCannotArriveInTimeEarnsNothing() {
        Instance instance = new Instances().commodity("KIT", 1).warehouse("W").point("P")
                .road("W", "P", 50, 1e9, 1).stock("W", "KIT", 100)
                .request("R", "P", "KIT", 100, LIFE_SAVING, 30).build();

        assertThat(capacityFreeBound(instance)).isZero();
    }

    @Property(tries = 30)
    void equalsTheOptimumWithoutCapacitiesAndBoundsItWithThem(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 60) int requests, @ForAll @IntRange(min = 1, max = 6) int warehouses,
            @ForAll @IntRange(min = 1, max = 4) int commodities, @ForAll @IntRange(min = 6, max = 40) int nodes) {
        Instance generated = InstanceGenerator.generate(new InstanceGenerator.Shape(requests, warehouses, commodities,
                Math.max(nodes, warehouses + 4), Math.max(nodes, warehouses + 4) * 4), seed).validate();
        Instance uncapacitated = new Instance(generated.commodities(), generated.nodes(),
                generated.links().stream().map(l -> new Instance.Link(l.from(), l.to(), l.mode(), l.transitHours(),
                        l.delayHours(), 1e12, l.costPerKg(), l.open())).toList(),
                generated.stock(), generated.requests(), generated.options()).validate();
        double bound = capacityFreeBound(generated);
        Plan free = engine.solve(uncapacitated);
        Plan capped = engine.solve(generated);

        double tolerance = 1e-6 * Math.max(1, bound);
        assertThat(bound).isCloseTo(free.levels().coverage(), within(tolerance));
        assertThat(bound).isGreaterThanOrEqualTo(capped.levels().coverage() - tolerance);
        // The engine reports the lower of its own bound and this one.
        assertThat(capped.coverageUpperBound()).isLessThanOrEqualTo(bound + tolerance);
    }

    private static double capacityFreeBound(Instance instance) {
        AllocationEngine.loadSolver();
        return new AllocationEngine.Model(instance).capacityFreeBound();
    }
}
