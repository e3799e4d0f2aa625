package org.entente.logistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.crisis.CrisisRoom;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments made from an approved plan, one per origin, destination and route. PLANNED → DISPATCHED (the origin's
 * logistics officer; the reserved stock is issued) → IN_TRANSIT / AT_BORDER (tracking events with time, place and
 * note) → DELIVERED (the destination party, with proof of delivery: accepted and rejected quantities adding up to
 * what was shipped, a reason for any rejection; the accepted stock is received at the destination and counted
 * against the request). A PLANNED shipment can be cancelled, which gives its reservation back.
 */
@Service
public class Shipments {

    public enum Status { PLANNED, DISPATCHED, IN_TRANSIT, AT_BORDER, DELIVERED, CANCELLED }

    public record Item(String commodity, String lot, String owner, double quantity, long request, int line,
            Double accepted, Double rejected, String rejectionReason) {
    }

    public record Event(Status status, Instant occurredAt, String place, String note, String recordedBy) {
    }

    public record Shipment(long id, long plan, long crisis, String origin, String destination, List<String> path,
            Status status, double transportCost, Instant createdAt, Instant dispatchedAt, Instant deliveredAt,
            List<Item> items, List<Event> events, List<Leg> legs, long version) {

        Shipment withLegs(List<Leg> legs) {
            return new Shipment(id, plan, crisis, origin, destination, path, status, transportCost, createdAt,
                    dispatchedAt, deliveredAt, items, events, legs, version);
        }
    }

    /**
     * One leg of the route, by one link (see {@link ShipmentLegs}): its mode and hours; when it was planned to end,
     * {@code arrivesAfterHours} from dispatch; when it is expected to end now, counted from the last node a tracking
     * event named; whether it was reached; whether it is late (not reached, and expected before now).
     */
    public record Leg(String from, String to, org.entente.allocation.Instance.Mode mode, double transitHours,
            double delayHours, double arrivesAfterHours, Instant plannedArrival, Instant expectedArrival, boolean reached,
            boolean late) {
    }

    /** What the destination says it received of one item. */
    public record Receipt(Double accepted, Double rejected, String reason) {
    }

    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final LogisticsNetwork network;
    private final StockCards stock;
    private final AssistanceRequests requests;
    private final CrisisRoom crises;
    private final AuditTrail audit;
    private final Clock clock;

    private final ShipmentLegs legs;
    private final Pledges pledges;

    Shipments(JdbcClient jdbc, LogisticsNetwork network, StockCards stock, AssistanceRequests requests,
            CrisisRoom crises, AuditTrail audit, Clock clock, ShipmentLegs legs, Pledges pledges,
            ApplicationEventPublisher events) {
        this.events = events;
        this.legs = legs;
        this.pledges = pledges;
        this.jdbc = jdbc;
        this.network = network;
        this.stock = stock;
        this.requests = requests;
        this.crises = crises;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans one shipment per origin, destination and route of an approved plan's draws; returns how many. */
    int fromPlan(AllocationPlan approved) {
        long crisis = approved.crisis();
        long plan = approved.id();
        List<AllocationPlan.Draw> draws = approved.draws();
        Map<String, List<AllocationPlan.Draw>> byRoute = new LinkedHashMap<>();
        // Two nodes may be joined by road and by air: a route is its links where the plan names them.
        draws.forEach(d -> byRoute.computeIfAbsent(d.links() != null ? d.links()
                : d.path() == null ? d.warehouse() + " " + d.destination() : d.path(), k -> new ArrayList<>()).add(d));
        Instant now = clock.instant();
        for (Map.Entry<String, List<AllocationPlan.Draw>> route : byRoute.entrySet()) {
            AllocationPlan.Draw first = route.getValue().get(0);
            String path = first.path() == null ? first.warehouse() + " " + first.destination() : first.path();
            double cost = route.getValue().stream().mapToDouble(AllocationPlan.Draw::costOrZero).sum();
            org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into shipment (plan, crisis, origin, destination, path, status, transport_cost, created_at,
                        version) values (?, ?, ?, ?, ?, 'PLANNED', ?, ?, 0)""")
                    .params(plan, crisis, first.warehouse(), first.destination(), path, cost, Timestamp.from(now))
                    .update(keys, "id");
            long id = keys.getKeyAs(Number.class).longValue();
            legs.keep(id, first.links(), Arrays.asList(path.split(" ")));
            int index = 0;
            for (AllocationPlan.Draw d : route.getValue()) {
                jdbc.sql("""
                        insert into shipment_item (shipment, list_index, commodity, lot, owner_party, quantity, request, line)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, index++, d.commodity(), d.lot(), d.owner(), d.quantity(), d.request(), d.line()).update();
            }
            event(id, Status.PLANNED, now, first.warehouse(), "planned from allocation plan #" + plan, "system");
        }
        return byRoute.size();
    }

    @Transactional
    public Shipment dispatch(Actor actor, long id) {
        Shipment s = get(actor, id);
        requireOperator(actor, s.origin());
        for (Item item : s.items()) {
            pledges.awaited(item.lot()).ifPresent(p -> {
                throw new Conflict("pledge #" + p.id() + " has not been received at " + s.origin() + " yet: "
                        + network.node(s.origin()).party() + "'s logistics officer marks it fulfilled when the goods arrive");
            });
        }
        move(s, List.of(Status.PLANNED), Status.DISPATCHED, "dispatched_at");
        for (Item item : s.items()) {
            stock.issueReserved(s.origin(), item.commodity(), item.lot(), item.owner(), item.quantity(),
                    "dispatched on shipment #" + id + " to " + s.destination(), actor.username());
        }
        event(id, Status.DISPATCHED, clock.instant(), s.origin(), null, actor.username());
        audit.record(new AuditEvent(actor, network.node(s.origin()).party().value(), "shipment.dispatched", "Shipment",
                String.valueOf(id), "dispatched shipment #" + id + " with " + s.items().size()
                        + " item(s); its transport cost is booked by the crisis's cost-sharing model"));
        events.publishEvent(new ShipmentDispatched(id, s.crisis()));
        return get(actor, id);
    }

    /** A tracking event on the way: in transit or at a border, with where and a note. */
    @Transactional
    public Shipment track(Actor actor, long id, Status status, String place, String note) {
        Shipment s = get(actor, id);
        if (!operates(actor, s.origin()) && !operates(actor, s.destination())) {
            throw new AccessDenied("the origin's or the destination's logistics officer tracks a shipment");
        }
        if (status != Status.IN_TRANSIT && status != Status.AT_BORDER) {
            throw new InvalidInput("status", "IN_TRANSIT or AT_BORDER");
        }
        if (place != null && place.length() > 200 || note != null && note.length() > 500) {
            throw new InvalidInput(place != null && place.length() > 200 ? "place" : "note", "is too long");
        }
        move(s, List.of(Status.DISPATCHED, Status.IN_TRANSIT, Status.AT_BORDER), status, null);
        event(id, status, clock.instant(), blankToNull(place), blankToNull(note), actor.username());
        audit.record(new AuditEvent(actor, network.node(s.origin()).party().value(), "shipment.tracked", "Shipment",
                String.valueOf(id), "shipment #" + id + " is " + status));
        return get(actor, id);
    }

    /** Proof of delivery from the destination party: per item, accepted and rejected add up to what was shipped. */
    @Transactional
    public Shipment deliver(Actor actor, long id, List<Receipt> receipts) {
        Shipment s = get(actor, id);
        PartyCode party = network.node(s.destination()).party();
        if (!actor.hasRoleFor(party, Role.LOGISTICS_OFFICER) && !actor.hasRoleFor(party, Role.FOCAL_POINT)) {
            throw new AccessDenied("only " + party + "'s logistics officer or focal point confirms a delivery to "
                    + s.destination());
        }
        if (receipts == null || receipts.size() != s.items().size()) {
            throw new InvalidInput("items", "give accepted and rejected quantities for each of the " + s.items().size()
                    + " item(s)");
        }
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            Item item = s.items().get(i);
            String at = "items[" + i + "]";
            double accepted = r == null || r.accepted() == null ? -1 : r.accepted();
            double rejected = r == null || r.rejected() == null ? 0 : r.rejected();
            if (accepted < 0 || rejected < 0 || Math.abs(accepted + rejected - item.quantity()) > 1e-6) {
                throw new InvalidInput(at + ".accepted", "accepted and rejected must add up to the "
                        + StockCards.fmt(item.quantity()) + " shipped");
            }
            if (rejected > 0 && (r.reason() == null || r.reason().isBlank() || r.reason().length() > 500)) {
                throw new InvalidInput(at + ".reason", "say why part of the item was rejected");
            }
        }
        move(s, List.of(Status.DISPATCHED, Status.IN_TRANSIT, Status.AT_BORDER), Status.DELIVERED, "delivered_at");
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            Item item = s.items().get(i);
            double rejected = r.rejected() == null ? 0 : r.rejected();
            jdbc.sql("""
                    update shipment_item set accepted = ?, rejected = ?, rejection_reason = ?
                    where shipment = ? and list_index = ?""")
                    .params(r.accepted(), rejected, rejected > 0 ? r.reason().strip() : null, id, i).update();
            if (r.accepted() > 0) {
                AssistanceRequest request = requests.get(item.request());
                stock.receiveDelivered(s.destination(), item.commodity(), item.lot(), request.requestingParty().value(),
                        r.accepted(), null, "delivered by shipment #" + id, s.origin(), actor.username());
                requests.recordDelivery(item.request(), item.line(), r.accepted());
            }
        }
        event(id, Status.DELIVERED, clock.instant(), s.destination(), null, actor.username());
        audit.record(new AuditEvent(actor, party.value(), "shipment.delivered", "Shipment", String.valueOf(id),
                "proof of delivery for shipment #" + id + " with " + receipts.size() + " item(s)"));
        events.publishEvent(new ShipmentDelivered(id, s.crisis()));
        return get(actor, id);
    }

    /** A planned shipment is cancelled with a reason; its reservation goes back to the stock. */
    @Transactional
    public Shipment cancel(Actor actor, long id, String reason) {
        Shipment s = get(actor, id);
        requireOperator(actor, s.origin());
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("reason", "say why the shipment is cancelled, at most 500 characters");
        }
        move(s, List.of(Status.PLANNED), Status.CANCELLED, null);
        for (Item item : s.items()) {
            if (!stock.release(s.origin(), item.commodity(), item.lot(), item.owner(), item.quantity())) {
                pledges.release(item.lot(), item.quantity());
            }
        }
        event(id, Status.CANCELLED, clock.instant(), s.origin(), reason.strip(), actor.username());
        audit.record(new AuditEvent(actor, network.node(s.origin()).party().value(), "shipment.cancelled", "Shipment",
                String.valueOf(id), "cancelled shipment #" + id + " and released its reservation"));
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public List<Shipment> ofCrisis(Actor actor, long crisisId) {
        actor.requireAuthenticated();
        crises.get(actor, crisisId);
        return ofCrisis(actor, crisisId, readableRequests(actor, crisisId));
    }

    /**
     * The same, for a caller that has just read the crisis's requests through the red lines (a page showing them all):
     * the disclosures were logged then, once.
     */
    @Transactional(readOnly = true)
    public List<Shipment> ofCrisis(Actor actor, long crisisId, Set<Long> readable) {
        actor.requireAuthenticated();
        return jdbc.sql("select id from shipment where crisis = ? order by created_at desc, id desc").param(crisisId)
                .query(Long.class).list().stream().map(this::load).filter(s -> mayRead(actor, s, readable)).toList();
    }

    /** A shipment, for a reader who may see it (see {@link #mayRead}); for anyone else it does not exist. */
    @Transactional(readOnly = true)
    public Shipment get(Actor actor, long id) {
        actor.requireAuthenticated();
        Shipment s = load(id);
        crises.get(actor, s.crisis());
        if (!mayRead(actor, s, readableRequests(actor, s.crisis()))) {
            throw new NotFound("shipment", id);
        }
        return s;
    }

    private Set<Long> readableRequests(Actor actor, long crisisId) {
        return requests.ofCrisis(actor, crisisId).stream().map(AssistanceRequest::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * A shipment's destination and contents tell of the requests it serves, so it is shown with them: to readers of
     * every request it serves, and to the parties that operate its origin and destination, who handle the convoy.
     */
    private boolean mayRead(Actor actor, Shipment s, Set<Long> readable) {
        return s.items().stream().allMatch(i -> readable.contains(i.request()))
                || actor.isMemberOf(network.node(s.origin()).party())
                || actor.isMemberOf(network.node(s.destination()).party());
    }

    /** A shipment without the reader's checks, for the module's own reactions (cost sharing). */
    Shipment find(long id) {
        return load(id);
    }

    private Shipment load(long id) {
        List<Item> items = jdbc.sql("select * from shipment_item where shipment = ? order by list_index").param(id)
                .query((rs, n) -> new Item(rs.getString("commodity"), rs.getString("lot"), rs.getString("owner_party"),
                        rs.getDouble("quantity"), rs.getLong("request"), rs.getInt("line"),
                        (Double) rs.getObject("accepted", Double.class), (Double) rs.getObject("rejected", Double.class),
                        rs.getString("rejection_reason"))).list();
        List<Event> events = jdbc.sql("select * from shipment_event where shipment = ? order by list_index").param(id)
                .query((rs, n) -> new Event(Status.valueOf(rs.getString("status")), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("place"), rs.getString("note"), rs.getString("recorded_by"))).list();
        Shipment s = jdbc.sql("select * from shipment where id = ?").param(id)
                .query((rs, n) -> new Shipment(rs.getLong("id"), rs.getLong("plan"), rs.getLong("crisis"),
                        rs.getString("origin"), rs.getString("destination"),
                        Arrays.asList(rs.getString("path").split(" ")), Status.valueOf(rs.getString("status")),
                        rs.getDouble("transport_cost"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("dispatched_at")), instant(rs.getTimestamp("delivered_at")), items, events,
                        List.of(), rs.getLong("version")))
                .optional().orElseThrow(() -> new NotFound("shipment", id));
        return s.withLegs(legs.of(id, s.path(), s.status(), s.dispatchedAt(), events));
    }

    private void move(Shipment s, List<Status> from, Status to, String stamp) {
        if (!from.contains(s.status())) {
            throw new Conflict("shipment #" + s.id() + " is " + s.status());
        }
        String set = stamp == null ? "" : ", " + stamp + " = :at";
        int changed = jdbc.sql("update shipment set status = :to" + set + ", version = version + 1 where id = :id and version = :v")
                .param("to", to.name()).param("at", Timestamp.from(clock.instant())).param("id", s.id())
                .param("v", s.version()).update();
        if (changed == 0) {
            throw new Conflict("shipment #" + s.id() + " was changed at the same time; reload it");
        }
    }

    private void event(long shipment, Status status, Instant at, String place, String note, String by) {
        int index = jdbc.sql("select count(*) from shipment_event where shipment = ?").param(shipment).query(Integer.class)
                .single();
        jdbc.sql("""
                insert into shipment_event (shipment, list_index, status, occurred_at, place, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(shipment, index, status.name(), Timestamp.from(at), place, note, by).update();
    }

    private boolean operates(Actor actor, String node) {
        return actor.hasRoleFor(network.node(node).party(), Role.LOGISTICS_OFFICER);
    }

    private void requireOperator(Actor actor, String node) {
        if (!operates(actor, node)) {
            throw new AccessDenied("only " + network.node(node).party() + "'s logistics officer acts for " + node);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
