package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.allocation.Instance.Priority.URGENT;
import static org.entente.allocation.Instances.result;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The first-order method, forced on small instances so that the exact engine can judge it: its plans are valid, its
 * bound is never below the true optimum, and its coverage is within the issue's 0.1% of that optimum.
 */
class FirstOrderProgrammeTests {

    /** Every instance has more than no candidate routes, so this engine always takes the first-order method. */
    final AllocationEngine firstOrder = new AllocationEngine(0);
    final AllocationEngine exact = new AllocationEngine();

    @Example
    void whenCapacityBindsItPricesInTheMiddleRouteAndFillsEveryLink() {
        // The three routes of 100 kg each (see AllocationEngineTests): 300 delivered, at 100 x (3 + 2 + 1) = 600.
        Instance instance = AllocationEngineTests.threeRoutes();
        Plan plan = firstOrder.solve(instance);

        assertThat(PlanValidator.violations(instance, plan)).isEmpty();
        assertThat(plan.method()).isEqualTo(Plan.Method.FIRST_ORDER);
        assertThat(plan.status()).isEqualTo(Plan.Status.FEASIBLE);
        assertThat(result(plan, "R").delivered()).isCloseTo(300, within(0.1));
        assertThat(result(plan, "R").flows()).extracting(f -> f.path().get(1)).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(plan.cost()).isCloseTo(600, within(0.5));
        // Coverage is 10 x 300 / 300; the bound its prices prove is at least that, and within 0.1% of it.
        assertThat(plan.coverageUpperBound()).isBetween(10 - 1e-6, 10.01);
        assertThat(plan.bindingLinks()).isEqualTo(3);
    }

    @Example
    void flowsMoveToTheCheapestRouteThatArrivesInTime() {
        // Direct in 5 hours at 3 per kg, or via C in 20 at 1; both arrive by 30 and neither is full. Coverage cannot tell
        // them apart, cost can: all 100 go via C, for 100.
        Instance instance = new Instances().commodity("KIT", 1).warehouse("W").point("C").point("P")
                .road("W", "P", 5, 1e9, 3).road("W", "C", 10, 1e9, 0.5).road("C", "P", 10, 1e9, 0.5)
                .stock("W", "KIT", 1000).request("R", "P", "KIT", 100, URGENT, 30).build();
        Plan plan = firstOrder.solve(instance);

        assertThat(PlanValidator.violations(instance, plan)).isEmpty();
        assertThat(result(plan, "R").delivered()).isCloseTo(100, within(0.01));
        assertThat(result(plan, "R").flows()).singleElement()
                .satisfies(f -> assertThat(f.path()).containsExactly("W", "C", "P"));
        assertThat(plan.cost()).isCloseTo(100, within(0.01));
    }

    @Example
    void aSampleWhereRoutePricingStoppedShort() {
        plansAreValidAndTheBoundNeverFallsBelowTheOptimum(140, 14, 5, 2, 12, 99);
    }

    @Example
    void aSampleWhereRoundingToThePrecisionOverloadedALink() {
        // Four flows rounded up by a few millionths of a unit each put 780.000881 kg on a link of 780.
        plansAreValidAndTheBoundNeverFallsBelowTheOptimum(4, 60, 2, 1, 39, 2);
    }

    @Example
    void aSampleWithCapacitiesCutToFourPerCent() {
        plansAreValidAndTheBoundNeverFallsBelowTheOptimum(7729, 10, 5, 1, 10, 4);
    }

    @Property(tries = 10)
    void plansAreValidAndTheBoundNeverFallsBelowTheOptimum(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 5, max = 60) int requests, @ForAll @IntRange(min = 1, max = 6) int warehouses,
            @ForAll @IntRange(min = 1, max = 4) int commodities, @ForAll @IntRange(min = 8, max = 40) int nodes,
            @ForAll @IntRange(min = 2, max = 100) int capacityPercent) {
        Instance generated = InstanceGenerator.generate(new InstanceGenerator.Shape(requests, warehouses, commodities,
                Math.max(nodes, warehouses + 4), Math.max(nodes, warehouses + 4) * 4), seed);
        // Capacities cut, so that they bind and routes compete for them.
        Instance instance = new Instance(generated.commodities(), generated.nodes(),
                generated.links().stream().map(l -> new Instance.Link(l.from(), l.to(), l.mode(), l.transitHours(),
                        l.delayHours(), l.capacityKg() * capacityPercent / 100.0, l.costPerKg(), l.open())).toList(),
                generated.stock(), generated.requests(), generated.options()).validate();
        Plan approximate = firstOrder.solve(instance);
        Plan optimum = exact.solve(instance);

        assertThat(PlanValidator.violations(instance, approximate)).isEmpty();
        assertThat(approximate.method()).isEqualTo(Plan.Method.FIRST_ORDER);
        double best = optimum.levels().coverage();
        double tolerance = 1e-6 * Math.max(1, best);
        assertThat(approximate.levels().coverage()).isLessThanOrEqualTo(approximate.coverageUpperBound() + tolerance);
        if (optimum.exact()) {
            assertThat(approximate.coverageUpperBound()).isGreaterThanOrEqualTo(best - tolerance);
            assertThat(approximate.levels().coverage()).isLessThanOrEqualTo(best + tolerance);
            assertThat(approximate.levels().coverage()).isGreaterThanOrEqualTo(best * (1 - 1e-3) - tolerance);
        }
        for (Plan.RequestResult r : approximate.requests()) {
            assertThat(r.delivered()).isBetween(-1e-9, r.requested() + 1e-6);
        }
    }
}
