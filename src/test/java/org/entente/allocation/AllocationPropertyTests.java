package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the engine on generated instances of many shapes: every plan obeys the rules of a valid plan (the
 * validator knows nothing of how plans are made); the optimum never does worse than the greedy baseline on coverage
 * nor better than its own upper bound; the equity and cost levels keep the coverage optimum; stock never goes
 * negative.
 */
class AllocationPropertyTests {

    final AllocationEngine engine = new AllocationEngine();

    Instance instance(long seed, int requests, int warehouses, int commodities, int nodes) {
        return InstanceGenerator.generate(new InstanceGenerator.Shape(requests, warehouses, commodities,
                Math.max(nodes, warehouses + 4), Math.max(nodes, warehouses + 4) * 4), seed).validate();
    }

    @net.jqwik.api.Example
    void roundingToTheReportedPrecisionNeverDeliversMoreThanWasAskedFor() {
        // Found by the property below: flows rounded to 1e-5 each once added up to 113.00001 of 113 requested.
        everyPlanIsValidAndAtLeastAsGoodAsGreedy(120, 20, 5, 1, 6);
    }

    @Property(tries = 40)
    void everyPlanIsValidAndAtLeastAsGoodAsGreedy(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 40) int requests, @ForAll @IntRange(min = 1, max = 6) int warehouses,
            @ForAll @IntRange(min = 1, max = 4) int commodities, @ForAll @IntRange(min = 6, max = 40) int nodes) {
        Instance instance = instance(seed, requests, warehouses, commodities, nodes);
        Plan plan = engine.solve(instance);

        assertThat(plan.status()).isEqualTo(Plan.Status.OPTIMAL);
        assertThat(PlanValidator.violations(instance, plan)).isEmpty();
        // Whole units for indivisible commodities may cost the plan a little coverage against the programme's optimum.
        assertThat(plan.levels().coverage()).isGreaterThanOrEqualTo(plan.baseline().coverage() - 1e-6);
        assertThat(plan.levels().coverage()).isLessThanOrEqualTo(plan.coverageUpperBound() + 1e-6);
        for (Plan.RequestResult r : plan.requests()) {
            assertThat(r.delivered()).isBetween(-1e-9, r.requested() + 1e-6);
            if (r.fillRatio() < 1 - 1e-9) {
                assertThat(r.shortfallReason()).isNotNull();
            }
        }
    }

    @Property(tries = 40)
    void equityAndCostKeepTheCoverageOptimumOnDivisibleStock(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 40) int requests, @ForAll @IntRange(min = 1, max = 6) int warehouses,
            @ForAll @IntRange(min = 1, max = 4) int commodities, @ForAll @IntRange(min = 6, max = 40) int nodes) {
        Instance generated = instance(seed, requests, warehouses, commodities, nodes);
        Instance instance = new Instance(generated.commodities().stream()
                .map(c -> new Instance.Commodity(c.code(), c.unitWeightKg(), true)).toList(), generated.nodes(),
                generated.links(), generated.stock(), generated.requests(), generated.options()).validate();
        Plan plan = engine.solve(instance);

        // Flows are reported to a hundred-thousandth of a unit, so the figures may differ from the programme's by that.
        double coverage = plan.levels().coverage();
        assertThat(plan.coverage()).isCloseTo(coverage, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, coverage)));
        plan.levels().equity().forEach((priority, floor) ->
                assertThat(plan.equity().get(priority)).isGreaterThanOrEqualTo(floor - 1e-4));
    }

    @net.jqwik.api.Example
    void anEquityFloorIsNotBoughtWithCoverageTheLevelAboveHolds() {
        // Found by the property below: held only within 1e-7, the reference's coverage bought an URGENT floor of 1e-4
        // that is 0 with coverage held exactly, as the engine holds it.
        anExactPlanMatchesTheProgrammeOverEverySimplePathWhenCapacitiesBind(5766, 10, 1, 2, 5, 6);
    }

    @Property(tries = 60)
    void anExactPlanMatchesTheProgrammeOverEverySimplePathWhenCapacitiesBind(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 10) int requests,
            @ForAll @IntRange(min = 1, max = 3) int warehouses, @ForAll @IntRange(min = 1, max = 2) int commodities,
            @ForAll @IntRange(min = 5, max = 8) int nodes, @ForAll @IntRange(min = 1, max = 30) int capacityPercent) {
        Instance generated = instance(seed, requests, warehouses, commodities, nodes);
        Instance instance = divisibleWithCapacitiesCut(generated, capacityPercent, generated.options());
        Plan plan = engine.solve(instance);
        AllRoutesProgramme.Levels reference = AllRoutesProgramme.solve(instance);
        net.jqwik.api.statistics.Statistics.label("exact, with binding links")
                .collect(plan.exact(), plan.bindingLinks() > 0);

        assertThat(plan.levels().coverage()).isLessThanOrEqualTo(reference.coverage() + 1e-6 * Math.max(1, reference.coverage()));
        if (plan.exact()) {
            assertThat(plan.levels().coverage())
                    .isCloseTo(reference.coverage(), org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, reference.coverage())));
            assertThat(plan.levels().equity().keySet()).isEqualTo(reference.equity().keySet());
            reference.equity().forEach((priority, floor) -> assertThat(plan.levels().equity().get(priority))
                    .isCloseTo(floor, org.assertj.core.data.Offset.offset(1e-4)));
            // The reference holds earlier levels exactly where GLOP finds that feasible (else within up to 1e-7), the
            // engine within 1e-9, so the engine may pay a hair more; a route it missed would cost far more than this.
            assertThat(plan.levels().cost())
                    .isCloseTo(reference.cost(), org.assertj.core.data.Offset.offset(1e-4 * Math.max(1, reference.cost())));
        }
    }

    @Property(tries = 200)
    void leximinKeepsTheLevelsAndNeverLeavesTheFirstPriorityLessEven(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 10) int requests,
            @ForAll @IntRange(min = 1, max = 3) int warehouses, @ForAll @IntRange(min = 1, max = 2) int commodities,
            @ForAll @IntRange(min = 5, max = 8) int nodes, @ForAll @IntRange(min = 1, max = 30) int capacityPercent) {
        Instance generated = instance(seed, requests, warehouses, commodities, nodes);
        Instance plainInstance = divisibleWithCapacitiesCut(generated, capacityPercent, generated.options());
        Instance leximinInstance = divisibleWithCapacitiesCut(generated, capacityPercent,
                new Instance.Options(generated.options().priorityWeights(), null, true));
        Plan plain = engine.solve(plainInstance);
        Plan fair = engine.solve(leximinInstance);

        assertThat(PlanValidator.violations(leximinInstance, fair)).isEmpty();
        if (plain.exact() && fair.exact()) {
            double coverage = plain.levels().coverage();
            assertThat(fair.levels().coverage())
                    .isCloseTo(coverage, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, coverage)));
            plain.levels().equity().forEach((priority, floor) -> assertThat(fair.levels().equity().get(priority))
                    .isCloseTo(floor, org.assertj.core.data.Offset.offset(1e-4)));
            // Both plans hold coverage and the floors, so the plain one is among those leximin chose from: the
            // life-saving fills, smallest first, are never lexicographically behind it.
            double[] evened = fills(fair, Instance.Priority.LIFE_SAVING);
            double[] before = fills(plain, Instance.Priority.LIFE_SAVING);
            boolean changed = false;
            for (int i = 0; i < evened.length && !changed; i++) {
                if (Math.abs(evened[i] - before[i]) > 1e-4) {
                    assertThat(evened[i]).as("fill %d, smallest first", i).isGreaterThan(before[i]);
                    changed = true;
                }
            }
            net.jqwik.api.statistics.Statistics.label("life-saving fills changed by leximin").collect(changed);
        }
    }

    /** The instance with every commodity divisible and capacities cut to a few per cent, so that they bind. */
    private static Instance divisibleWithCapacitiesCut(Instance generated, int capacityPercent, Instance.Options options) {
        return new Instance(generated.commodities().stream()
                .map(c -> new Instance.Commodity(c.code(), c.unitWeightKg(), true)).toList(), generated.nodes(),
                generated.links().stream().map(l -> new Instance.Link(l.from(), l.to(), l.mode(), l.transitHours(),
                        l.delayHours(), l.capacityKg() * capacityPercent / 100.0, l.costPerKg(), l.open())).toList(),
                generated.stock(), generated.requests(), options).validate();
    }

    private static double[] fills(Plan plan, Instance.Priority priority) {
        return plan.requests().stream().filter(r -> r.priority() == priority).mapToDouble(Plan.RequestResult::fillRatio)
                .sorted().toArray();
    }
}
