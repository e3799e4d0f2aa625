package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The route search on small random networks, against every simple path enumerated by hand: for each node and time
 * budget it finds the cheapest path that arrives within the budget, and its labels read as a Pareto front.
 */
class NetworkTests {

    @Property(tries = 200)
    void findsTheCheapestRouteWithinEveryBudget(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 8) int nodes, @ForAll @IntRange(min = 1, max = 24) int links,
            @ForAll @IntRange(min = 0, max = 30) int limit) {
        Random random = new Random(seed);
        List<Instance.Node> n = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            n.add(new Instance.Node("N" + i, Instance.NodeKind.WAREHOUSE));
        }
        List<Instance.Link> l = new ArrayList<>();
        for (int e = 0; e < links; e++) {
            // Few distinct hours and costs, so that ties (and the tolerance that settles them) are common.
            l.add(new Instance.Link("N" + random.nextInt(nodes), "N" + random.nextInt(nodes), Instance.Mode.ROAD,
                    random.nextInt(8), random.nextInt(3), 1e6, random.nextInt(6) / 2.0, random.nextInt(6) > 0));
        }
        Network network = new Network(new Instance(List.of(), n, l, List.of(), List.of(), null));
        Routes routes = network.routesFrom(0, limit);

        assertThat(routes.truncated).isFalse();
        List<double[]> paths = new ArrayList<>();
        enumerate(network, 0, 0, 0, new boolean[nodes], limit, paths);
        for (int v = 1; v < nodes; v++) {
            for (int i = 1; i < routes.labelCount(v); i++) {
                assertThat(routes.time[routes.label(v, i)]).isGreaterThan(routes.time[routes.label(v, i - 1)]);
                assertThat(routes.cost[routes.label(v, i)]).isLessThan(routes.cost[routes.label(v, i - 1)]);
            }
            for (int budget = 0; budget <= limit; budget++) {
                double cheapest = Double.POSITIVE_INFINITY;
                for (double[] p : paths) {
                    if (p[0] == v && p[1] <= budget) {
                        cheapest = Math.min(cheapest, p[2]);
                    }
                }
                int found = routes.shortestWithin(v, budget + 1e-9);
                if (cheapest == Double.POSITIVE_INFINITY) {
                    assertThat(found).isEqualTo(-1);
                    continue;
                }
                assertThat(found).isNotNegative();
                assertThat(routes.cost[found]).isCloseTo(cheapest, within(1e-9));
                // The label's path is a real one: open links from the source, adding up to its time and cost.
                double hours = 0;
                double cost = 0;
                int at = 0;
                for (int e : routes.links(found)) {
                    assertThat(network.from[e]).isEqualTo(at);
                    assertThat(network.open[e]).isTrue();
                    hours += network.hours[e];
                    cost += network.costPerKg[e];
                    at = network.to[e];
                }
                assertThat(at).isEqualTo(v);
                assertThat(hours).isCloseTo(routes.time[found], within(1e-9)).isLessThanOrEqualTo(budget + 1e-9);
                assertThat(cost).isCloseTo(routes.cost[found], within(1e-9));
            }
        }
    }

    /** Every simple path from a node over open links within the limit, as (end node, hours, cost). */
    private static void enumerate(Network network, int node, double hours, double cost, boolean[] visited, double limit,
            List<double[]> paths) {
        visited[node] = true;
        for (int e : network.out[node]) {
            int next = network.to[e];
            if (network.open[e] && !visited[next] && hours + network.hours[e] <= limit) {
                paths.add(new double[] {next, hours + network.hours[e], cost + network.costPerKg[e]});
                enumerate(network, next, hours + network.hours[e], cost + network.costPerKg[e], visited, limit, paths);
            }
        }
        visited[node] = false;
    }
}
