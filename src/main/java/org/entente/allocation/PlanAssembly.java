package org.entente.allocation;

import static org.entente.allocation.AllocationEngine.EPS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.allocation.AllocationEngine.Column;
import org.entente.allocation.AllocationEngine.Group;
import org.entente.allocation.AllocationEngine.Solution;

/**
 * Turns a solution (a quantity per column) into the plan's flows: each group's flow is split back onto its stock
 * entries, whole units are taken for indivisible commodities and topped up where stock and capacity allow, and
 * {@link Results} works out the figures.
 */
final class PlanAssembly {

    private final AllocationEngine.Model m;

    PlanAssembly(AllocationEngine.Model m) {
        this.m = m;
    }

    Plan plan(Solution solution, long millis) {
        List<List<Plan.Flow>> flows = new ArrayList<>();
        for (int r = 0; r < m.instance.requests().size(); r++) {
            flows.add(new ArrayList<>());
        }
        double[] left = new double[m.instance.stock().size()];
        for (int s = 0; s < left.length; s++) {
            left[s] = m.instance.stock().get(s).quantity();
        }
        double[] open = m.instance.requests().stream().mapToDouble(Instance.Request::quantity).toArray();
        for (int j = 0; j < solution.x().length; j++) {
            double q = solution.x()[j];
            if (q <= EPS) {
                continue;
            }
            Column col = m.columns.get(j);
            Group group = m.groups.get(col.group());
            // Split the group's flow back onto its stock entries, whole units for an indivisible commodity.
            for (int s : group.entries()) {
                if (q <= EPS) {
                    break;
                }
                double take = Math.min(q, left[s]);
                q -= take;
                // The solver's tolerances leave traces like 799.9999992; a hundred-thousandth of a unit is the precision.
                take = m.divisible[group.commodity()] ? Math.rint(take * 1e5) / 1e5 : Math.floor(take + 1e-6);
                // Rounding to the precision never takes more than the entry holds or the request asks for.
                take = Math.min(take, Math.min(left[s], open[col.request()]));
                if (take <= EPS) {
                    continue;
                }
                left[s] -= take;
                open[col.request()] -= take;
                flows.get(col.request()).add(flow(group, s, col, take));
            }
        }
        trimOverloads(flows, left);
        topUpWholeUnits(flows, left);
        return Results.plan(m, solution, flows, millis);
    }

    /**
     * Rounding to the precision can raise a flow by half a hundred-thousandth of a unit, and a full link carrying
     * several such flows then carries a hair more than its capacity. Each such link takes the excess off its largest
     * flows, in steps of the precision (whole units for an indivisible commodity), which can only relieve other links.
     */
    private void trimOverloads(List<List<Plan.Flow>> flows, double[] left) {
        double[] load = loads(flows);
        for (int e = 0; e < load.length; e++) {
            if (!(load[e] > m.network.capacityKg[e])) {
                continue;
            }
            List<int[]> through = new ArrayList<>();
            for (int r = 0; r < flows.size(); r++) {
                for (int i = 0; i < flows.get(r).size(); i++) {
                    if (flows.get(r).get(i).links().contains(e)) {
                        through.add(new int[] {r, i});
                    }
                }
            }
            through.sort((a, b) -> Double.compare(flows.get(b[0]).get(b[1]).quantity(),
                    flows.get(a[0]).get(a[1]).quantity()));
            for (int[] at : through) {
                double excess = load[e] - m.network.capacityKg[e];
                if (!(excess > 0)) {
                    break;
                }
                Plan.Flow f = flows.get(at[0]).get(at[1]);
                int c = m.requestCommodity[at[0]];
                double units = excess / m.weight[c];
                double cut = Math.min(f.quantity(), m.divisible[c] ? Math.ceil(units * 1e5) / 1e5 : Math.ceil(units));
                double quantity = f.quantity() - cut;
                flows.get(at[0]).set(at[1], new Plan.Flow(f.from(), f.stock(), quantity, f.path(), f.links(),
                        f.arrivalHour(), f.quantity() > 0 ? f.cost() / f.quantity() * quantity : 0));
                left[f.stock()] += cut;
                for (int l : f.links()) {
                    load[l] -= cut * m.weight[c];
                }
            }
        }
        for (List<Plan.Flow> ofRequest : flows) {
            ofRequest.removeIf(f -> f.quantity() <= EPS);
        }
    }

    private double[] loads(List<List<Plan.Flow>> flows) {
        double[] load = new double[m.network.from.length];
        for (int r = 0; r < flows.size(); r++) {
            double w = m.weight[m.requestCommodity[r]];
            for (Plan.Flow f : flows.get(r)) {
                for (int e : f.links()) {
                    load[e] += f.quantity() * w;
                }
            }
        }
        return load;
    }

    /**
     * Rounding whole-unit flows down can leave a request a few units short while stock and link capacity remain.
     * Requests are taken by priority, then needed-by time; each grows its existing flows by whole units as far as
     * the stock entry, the request and every link on the path allow. Nothing here can break a constraint.
     */
    private void topUpWholeUnits(List<List<Plan.Flow>> flows, double[] left) {
        double[] load = loads(flows);
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < flows.size(); r++) {
            order.add(r);
        }
        order.sort(AllocationEngine.byPriorityThenNeed(m.instance));
        for (int r : order) {
            int c = m.requestCommodity[r];
            if (m.divisible[c]) {
                continue;
            }
            double need = m.instance.requests().get(r).quantity()
                    - flows.get(r).stream().mapToDouble(Plan.Flow::quantity).sum();
            List<Plan.Flow> grown = new ArrayList<>();
            for (Plan.Flow f : flows.get(r)) {
                double extra = Math.floor(Math.min(need, left[f.stock()]) + 1e-9);
                for (int e : f.links()) {
                    extra = Math.min(extra, Math.floor((m.network.capacityKg[e] - load[e]) / m.weight[c] + 1e-9));
                }
                if (extra >= 1) {
                    need -= extra;
                    left[f.stock()] -= extra;
                    for (int e : f.links()) {
                        load[e] += extra * m.weight[c];
                    }
                    double quantity = f.quantity() + extra;
                    grown.add(new Plan.Flow(f.from(), f.stock(), quantity, f.path(), f.links(), f.arrivalHour(),
                            f.cost() / f.quantity() * quantity));
                } else {
                    grown.add(f);
                }
            }
            flows.set(r, grown);
        }
    }

    Plan.Flow flow(Group group, int stock, Column col, double quantity) {
        List<String> path = new ArrayList<>(col.links().length + 1);
        path.add(m.network.codes[group.node()]);
        for (int e : col.links()) {
            path.add(m.network.codes[m.network.to[e]]);
        }
        double kg = quantity * m.weight[group.commodity()];
        return new Plan.Flow(m.network.codes[group.node()], stock, quantity, List.copyOf(path),
                Arrays.stream(col.links()).boxed().toList(), group.available() + col.hours(), kg * col.costPerKg());
    }
}
