package org.entente.allocation;

import java.util.ArrayList;
import java.util.List;

import org.entente.allocation.Instance.Mode;
import org.entente.allocation.Instance.NodeKind;
import org.entente.allocation.Instance.Priority;

/** Small hand-made instances, written the way a planner would describe them. */
final class Instances {

    final List<Instance.Commodity> commodities = new ArrayList<>();
    final List<Instance.Node> nodes = new ArrayList<>();
    final List<Instance.Link> links = new ArrayList<>();
    final List<Instance.Stock> stock = new ArrayList<>();
    final List<Instance.Request> requests = new ArrayList<>();

    Instances commodity(String code, double kg) {
        commodities.add(new Instance.Commodity(code, kg, true));
        return this;
    }

    Instances wholeUnits(String code, double kg) {
        commodities.add(new Instance.Commodity(code, kg, false));
        return this;
    }

    Instances warehouse(String code) {
        nodes.add(new Instance.Node(code, NodeKind.WAREHOUSE));
        return this;
    }

    Instances point(String code) {
        nodes.add(new Instance.Node(code, NodeKind.DELIVERY_POINT));
        return this;
    }

    Instances road(String from, String to, double hours, double capacityKg, double costPerKg) {
        links.add(new Instance.Link(from, to, Mode.ROAD, hours, 0, capacityKg, costPerKg, true));
        return this;
    }

    Instances closedRoad(String from, String to, double hours) {
        links.add(new Instance.Link(from, to, Mode.ROAD, hours, 0, 1e9, 0.1, false));
        return this;
    }

    Instances stock(String node, String commodity, double quantity) {
        stock.add(new Instance.Stock(node, commodity, quantity, 0, null));
        return this;
    }

    Instances stock(String node, String commodity, double quantity, double available, Double expires) {
        stock.add(new Instance.Stock(node, commodity, quantity, available, expires));
        return this;
    }

    Instances request(String id, String node, String commodity, double quantity, Priority priority, double by) {
        requests.add(new Instance.Request(id, node, commodity, quantity, priority, by));
        return this;
    }

    Instance build() {
        return new Instance(commodities, nodes, links, stock, requests, null).validate();
    }

    /** The instance, with equity refined leximin within each priority. */
    Instance buildLeximin() {
        return new Instance(commodities, nodes, links, stock, requests, new Instance.Options(null, null, true))
                .validate();
    }

    static Plan.RequestResult result(Plan plan, String id) {
        return plan.requests().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
