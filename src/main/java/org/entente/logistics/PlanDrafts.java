package org.entente.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.allocation.Instance;
import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a plan is made from, read from live data: the open lines of a crisis's approved requests (less what was
 * delivered and what is on its way), the stock free now at warehouses, hubs and ports, the pledges that count as
 * stock, and the network as it stands, as an instance for the engine, with the way back from its lines and stock to
 * request lines and lots.
 */
@Component
class PlanDrafts {

    private final JdbcClient jdbc;
    private final CrisisRoom crises;
    private final AssistanceRequests requests;
    private final Catalogue catalogue;
    private final LogisticsNetwork network;
    private final Pledges pledges;
    private final Clock clock;

    PlanDrafts(JdbcClient jdbc, CrisisRoom crises, AssistanceRequests requests, Catalogue catalogue,
            LogisticsNetwork network, Pledges pledges, Clock clock) {
        this.jdbc = jdbc;
        this.crises = crises;
        this.requests = requests;
        this.catalogue = catalogue;
        this.network = network;
        this.pledges = pledges;
        this.clock = clock;
    }

    /** What a plan is made from: the instance, and how its lines and stock map back to requests and lots. */
    record Draft(Crisis crisis, Instance instance, List<RequestLine> lines, List<StockLot.Key> lots,
            List<LogisticsLink> networkLinks) {
    }

    Draft draft(Actor actor, long crisisId) {
        Crisis crisis = crises.get(actor, crisisId);
        requirePlanner(actor, crisis);
        Instant now = clock.instant();
        List<RequestLine> lineKeys = new ArrayList<>();
        List<Instance.Request> lines = new ArrayList<>();
        Map<RequestLine, Double> onTheirWay = onTheirWay(crisisId);
        double horizon = 0;
        for (AssistanceRequest r : requests.allOf(crisisId)) {
            if (r.status() != AssistanceRequest.Status.APPROVED && r.status() != AssistanceRequest.Status.PARTIALLY_FULFILLED) {
                continue;
            }
            for (int i = 0; i < r.lines().size(); i++) {
                AssistanceRequest.Line l = r.lines().get(i);
                RequestLine line = new RequestLine(r.id(), i);
                double open = l.quantity() - l.delivered() - onTheirWay.getOrDefault(line, 0.0);
                double hours = Duration.between(now, l.neededBy()).toMinutes() / 60.0;
                if (open <= 1e-9 || hours < 0) {
                    continue;
                }
                horizon = Math.max(horizon, hours);
                lines.add(new Instance.Request(line.toString(), r.deliveryPoint(), l.commodity(), open, l.priority(),
                        hours));
                lineKeys.add(line);
            }
        }
        if (lines.isEmpty()) {
            throw new Conflict("crisis " + crisis.code() + " has no approved request with an open line to plan for");
        }
        Instant end = now.plus(Duration.ofMinutes((long) Math.ceil(horizon * 60)));
        List<LogisticsLink> networkLinks = network.links(actor);
        List<Instance.Link> links = networkLinks.stream().map(l -> new Instance.Link(l.from(), l.to(), l.mode(),
                l.transitHours(), l.delayHours(), l.capacityKg(), l.costPerKg(),
                // A link counts as open only if no closure starts before the last delivery is due.
                l.closedFrom() == null || l.closedFrom().isAfter(end))).toList();
        record Free(StockLot.Key lot, double quantity, LocalDate expiresOn) {
        }
        // Stock received at a delivery point has reached the people it was sent for: plans draw on what warehouses,
        // hubs and ports hold.
        List<Free> free = jdbc.sql("""
                select b.warehouse, b.commodity, b.lot, b.owner_party, b.on_hand - b.reserved, b.expires_on
                from stock_balance b join logistics_node n on n.code = b.warehouse
                where b.on_hand - b.reserved > 0.000001 and n.kind <> 'DELIVERY_POINT'
                order by b.warehouse, b.commodity, b.expires_on, b.lot""")
                .query((rs, n) -> new Free(new StockLot.Key(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), rs.getDouble(5), rs.getObject(6, LocalDate.class))).list();
        List<StockLot.Key> lots = new ArrayList<>();
        List<Instance.Stock> stock = new ArrayList<>();
        for (Free lot : free) {
            LocalDate expires = lot.expiresOn();
            Double expiresAt = expires == null ? null
                    : Math.max(0, Duration.between(now, expires.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)).toMinutes() / 60.0);
            stock.add(new Instance.Stock(lot.lot().warehouse(), lot.lot().commodity(), lot.quantity(), 0, expiresAt));
            lots.add(lot.lot());
        }
        for (Pledges.Offered pledge : pledges.offeredTo(crisisId)) {
            // Available from the start of the day it is pledged by, or now if that has come.
            double availableAt = Math.max(0, Duration.between(now,
                    pledge.availableBy().atStartOfDay().toInstant(ZoneOffset.UTC)).toMinutes() / 60.0);
            stock.add(new Instance.Stock(pledge.warehouse(), pledge.commodity(), pledge.quantity(), availableAt, null));
            lots.add(new StockLot.Key(pledge.warehouse(), pledge.commodity(), pledge.lot(), pledge.party()));
        }
        Instance instance = new Instance(
                catalogue.all().stream().map(c -> new Instance.Commodity(c.code(), c.unitWeightKg(), c.divisible())).toList(),
                network.nodes(actor).stream().map(n -> new Instance.Node(n.code(), n.kind())).toList(), links, stock,
                // Shares between countries are the point of a crisis's plan: equity is refined leximin.
                lines, new Instance.Options(null, null, true)).validate();
        return new Draft(crisis, instance, lineKeys, lots, networkLinks);
    }

    static void requirePlanner(Actor actor, Crisis crisis) {
        if (!actor.hasAnyRole(Role.LOGISTICS_OFFICER, Role.SECRETARIAT)
                && !actor.hasRoleFor(crisis.leadParty(), Role.FOCAL_POINT)
                && crisis.affectedParties().stream().noneMatch(p -> actor.hasRoleFor(p, Role.FOCAL_POINT))) {
            throw new AccessDenied("plans are made by logistics officers, the secretariat, or the crisis's focal points");
        }
    }

    /**
     * What is on its way to each line of a crisis: the shipments of approved plans that are planned or travelling.
     * What was delivered is counted by the line itself, and a cancelled shipment's quantity is open again.
     */
    Map<RequestLine, Double> onTheirWay(long crisisId) {
        Map<RequestLine, Double> onTheirWay = new HashMap<>();
        jdbc.sql("""
                select i.request, i.line, sum(i.quantity) from shipment_item i join shipment s on s.id = i.shipment
                where s.crisis = ? and s.status in ('PLANNED', 'DISPATCHED', 'IN_TRANSIT', 'AT_BORDER')
                group by i.request, i.line""").param(crisisId)
                .query((rs, n) -> Map.entry(new RequestLine(rs.getLong(1), rs.getInt(2)), rs.getDouble(3))).list()
                .forEach(e -> onTheirWay.put(e.getKey(), e.getValue()));
        return onTheirWay;
    }
}
