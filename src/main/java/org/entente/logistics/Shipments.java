package org.entente.logistics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments made from an approved plan, one per origin, destination and route ({@link Shipment} keeps each one's
 * rules): the origin's logistics officer dispatches it (the reserved stock is issued) or cancels it while planned
 * (the reservation goes back); either end's logistics officer tracks it; the destination party confirms its delivery
 * (the accepted stock is received at the destination and counted against the request).
 */
@Service
public class Shipments {

    /**
     * A shipment as its reader sees it: its record, and each leg of its route with its progress ({@link Leg}).
     */
    public record Tracked(long id, long plan, long crisis, String origin, String destination, List<String> path,
            Shipment.Status status, double transportCost, Instant createdAt, Instant dispatchedAt, Instant deliveredAt,
            List<Shipment.Item> items, List<Shipment.Event> events, List<Leg> legs, long version) {

        static Tracked of(Shipment s, List<Leg> legs) {
            return new Tracked(s.id(), s.plan(), s.crisis(), s.origin(), s.destination(), s.path(), s.status(),
                    s.transportCost(), s.createdAt(), s.dispatchedAt(), s.deliveredAt(), s.items(), s.events(), legs,
                    s.version());
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

    private final ApplicationEventPublisher events;
    private final ShipmentStore store;
    private final LogisticsNetwork network;
    private final StockCards stock;
    private final AssistanceRequests requests;
    private final CrisisRoom crises;
    private final AuditTrail audit;
    private final Clock clock;
    private final ShipmentLegs legs;
    private final Pledges pledges;

    Shipments(ShipmentStore store, LogisticsNetwork network, StockCards stock, AssistanceRequests requests,
            CrisisRoom crises, AuditTrail audit, Clock clock, ShipmentLegs legs, Pledges pledges,
            ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.legs = legs;
        this.pledges = pledges;
        this.network = network;
        this.stock = stock;
        this.requests = requests;
        this.crises = crises;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans one shipment per origin, destination and route of an approved plan's draws; returns how many. */
    int fromPlan(AllocationPlan approved) {
        Map<String, List<AllocationPlan.Draw>> byRoute = new LinkedHashMap<>();
        // Two nodes may be joined by road and by air: a route is its links where the plan names them.
        approved.draws().forEach(d -> byRoute.computeIfAbsent(d.links() != null ? d.links()
                : d.path() == null ? d.warehouse() + " " + d.destination() : d.path(), k -> new ArrayList<>()).add(d));
        Instant now = clock.instant();
        for (List<AllocationPlan.Draw> route : byRoute.values()) {
            AllocationPlan.Draw first = route.get(0);
            List<String> path = List.of((first.path() == null ? first.warehouse() + " " + first.destination()
                    : first.path()).split(" "));
            List<Shipment.Item> items = route.stream().map(d -> new Shipment.Item(d.commodity(), d.lot(), d.owner(),
                    d.quantity(), d.request(), d.line(), null, null, null)).toList();
            store.save(Shipment.plan(approved.id(), approved.crisis(), path,
                    route.stream().mapToDouble(AllocationPlan.Draw::costOrZero).sum(), items,
                    legs.route(first.links(), path), now));
        }
        return byRoute.size();
    }

    @Transactional
    public Tracked dispatch(Actor actor, long id) {
        Shipment s = locked(actor, id);
        requireOperator(actor, s.origin());
        for (Shipment.Item item : s.items()) {
            pledges.awaited(item.lot()).ifPresent(p -> {
                throw new Conflict("pledge #" + p.id() + " has not been received at " + s.origin() + " yet: "
                        + network.node(s.origin()).party() + "'s logistics officer marks it fulfilled when the goods arrive");
            });
        }
        s.dispatch(actor.username(), clock.instant());
        for (Shipment.Item item : s.items()) {
            stock.issueReserved(s.origin(), item.commodity(), item.lot(), item.owner(), item.quantity(),
                    "dispatched on shipment #" + id + " to " + s.destination(), actor.username());
        }
        store.save(s);
        audit.record(new AuditEvent(actor, network.node(s.origin()).party().value(), "shipment.dispatched", "Shipment",
                String.valueOf(id), "dispatched shipment #" + id + " with " + s.items().size()
                        + " item(s); its transport cost is booked by the crisis's cost-sharing model"));
        events.publishEvent(new ShipmentDispatched(id, s.crisis()));
        return get(actor, id);
    }

    /** A tracking event on the way: in transit or at a border, with where and a note. */
    @Transactional
    public Tracked track(Actor actor, long id, Shipment.Status status, String place, String note) {
        Shipment s = locked(actor, id);
        if (!operates(actor, s.origin()) && !operates(actor, s.destination())) {
            throw new AccessDenied("the origin's or the destination's logistics officer tracks a shipment");
        }
        s.track(status, place, note, actor.username(), clock.instant());
        store.save(s);
        audit.record(new AuditEvent(actor, network.node(s.origin()).party().value(), "shipment.tracked", "Shipment",
                String.valueOf(id), "shipment #" + id + " is " + status));
        return get(actor, id);
    }

    /** Proof of delivery from the destination party: per item, accepted and rejected add up to what was shipped. */
    @Transactional
    public Tracked deliver(Actor actor, long id, List<Shipment.Receipt> receipts) {
        Shipment s = locked(actor, id);
        PartyCode party = network.node(s.destination()).party();
        if (!actor.hasRoleFor(party, Role.LOGISTICS_OFFICER) && !actor.hasRoleFor(party, Role.FOCAL_POINT)) {
            throw new AccessDenied("only " + party + "'s logistics officer or focal point confirms a delivery to "
                    + s.destination());
        }
        for (Shipment.Item item : s.deliver(receipts, actor.username(), clock.instant())) {
            if (item.accepted() > 0) {
                AssistanceRequest request = requests.get(item.request());
                stock.receiveDelivered(s.destination(), item.commodity(), item.lot(), request.requestingParty().value(),
                        item.accepted(), null, "delivered by shipment #" + id, s.origin(), actor.username());
                requests.recordDelivery(item.request(), item.line(), item.accepted());
            }
        }
        store.save(s);
        audit.record(new AuditEvent(actor, party.value(), "shipment.delivered", "Shipment", String.valueOf(id),
                "proof of delivery for shipment #" + id + " with " + s.items().size() + " item(s)"));
        events.publishEvent(new ShipmentDelivered(id, s.crisis()));
        return get(actor, id);
    }

    /** A planned shipment is cancelled with a reason; its reservation goes back to the stock. */
    @Transactional
    public Tracked cancel(Actor actor, long id, String reason) {
        Shipment s = locked(actor, id);
        requireOperator(actor, s.origin());
        s.cancel(reason, actor.username(), clock.instant());
        for (Shipment.Item item : s.items()) {
            if (!stock.release(s.origin(), item.commodity(), item.lot(), item.owner(), item.quantity())) {
                pledges.release(item.lot(), item.quantity());
            }
        }
        store.save(s);
        audit.record(new AuditEvent(actor, network.node(s.origin()).party().value(), "shipment.cancelled", "Shipment",
                String.valueOf(id), "cancelled shipment #" + id + " and released its reservation"));
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public List<Tracked> ofCrisis(Actor actor, long crisisId) {
        actor.requireAuthenticated();
        crises.get(actor, crisisId);
        return ofCrisis(actor, crisisId, readableRequests(actor, crisisId));
    }

    /**
     * The same, for a caller that has just read the crisis's requests through the red lines (a page showing them all):
     * the disclosures were logged then, once.
     */
    @Transactional(readOnly = true)
    public List<Tracked> ofCrisis(Actor actor, long crisisId, Set<Long> readable) {
        actor.requireAuthenticated();
        return store.findByCrisisOrderByCreatedAtDescIdDesc(crisisId).stream().filter(s -> mayRead(actor, s, readable))
                .map(s -> Tracked.of(s, legs.of(s))).toList();
    }

    /** A shipment, for a reader who may see it (see {@link #mayRead}); for anyone else it does not exist. */
    @Transactional(readOnly = true)
    public Tracked get(Actor actor, long id) {
        Shipment s = readable(actor, store.findById(id), id);
        return Tracked.of(s, legs.of(s));
    }

    /** The shipment about to change, locked, for a reader who may see it. */
    private Shipment locked(Actor actor, long id) {
        return readable(actor, store.findLockedById(id), id);
    }

    private Shipment readable(Actor actor, java.util.Optional<Shipment> found, long id) {
        actor.requireAuthenticated();
        Shipment s = found.orElseThrow(() -> new NotFound("shipment", id));
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
        return store.findById(id).orElseThrow(() -> new NotFound("shipment", id));
    }

    private boolean operates(Actor actor, String node) {
        return actor.hasRoleFor(network.node(node).party(), Role.LOGISTICS_OFFICER);
    }

    private void requireOperator(Actor actor, String node) {
        if (!operates(actor, node)) {
            throw new AccessDenied("only " + network.node(node).party() + "'s logistics officer acts for " + node);
        }
    }
}
