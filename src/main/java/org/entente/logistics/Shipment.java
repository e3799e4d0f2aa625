package org.entente.logistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.entente.allocation.Instance;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A shipment planned from an approved plan: one origin, one destination, one route, the items it carries (each for a
 * request line) and its legs as the network stood on approval. Its lifecycle: PLANNED → DISPATCHED → IN_TRANSIT /
 * AT_BORDER (tracking events with time, place and note) → DELIVERED, with proof of delivery: per item, accepted and
 * rejected add up to what was shipped, and a rejection says why. Only a PLANNED shipment is cancelled, with a reason.
 * Every change is an event on its record, by whom and when.
 */
@Table("shipment")
public final class Shipment {

    @Labelled("shipment.status")
    public enum Status { PLANNED, DISPATCHED, IN_TRANSIT, AT_BORDER, DELIVERED, CANCELLED }

    private static final Set<Status> UNDER_WAY = Set.of(Status.DISPATCHED, Status.IN_TRANSIT, Status.AT_BORDER);

    /** What it carries for one request line, and, once delivered, what the destination accepted and rejected. */
    @Table("shipment_item")
    public record Item(String commodity, String lot, @Column("owner_party") String owner, double quantity, long request,
            int line, Double accepted, Double rejected, String rejectionReason) {

        public RequestLine requestLine() {
            return new RequestLine(request, line);
        }

        Item received(double accepted, double rejected, String reason) {
            return new Item(commodity, lot, owner, quantity, request, line, accepted, rejected, reason);
        }
    }

    /** A step of its record: the status it reached, when, where, a note, and who recorded it. */
    @Table("shipment_event")
    public record Event(Status status, Instant occurredAt, String place, String note, String recordedBy) {
    }

    /** One leg of its route, by one link, as the network stood when its plan was approved. */
    @Table("shipment_leg")
    public record PlannedLeg(Long link, @Column("from_node") String from, @Column("to_node") String to,
            Instance.Mode mode, double transitHours, double delayHours) {

        double hours() {
            return transitHours + delayHours;
        }
    }

    /** What the destination says it received of one item. */
    public record Receipt(Double accepted, Double rejected, String reason) {
    }

    @Id
    private Long id;
    private Long plan;
    private Long crisis;
    private String origin;
    private String destination;
    private String path;
    private Status status;
    private double transportCost;
    private Instant createdAt;
    private Instant dispatchedAt;
    private Instant deliveredAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "shipment", keyColumn = "list_index")
    private List<Item> items = new ArrayList<>();
    @MappedCollection(idColumn = "shipment", keyColumn = "list_index")
    private List<Event> events = new ArrayList<>();
    @MappedCollection(idColumn = "shipment", keyColumn = "list_index")
    private List<PlannedLeg> legs = new ArrayList<>();

    @PersistenceCreator
    Shipment() {
    }

    /** A shipment of an approved plan, along a path of node codes, by the legs given. */
    static Shipment plan(long plan, long crisis, List<String> path, double transportCost, List<Item> items,
            List<PlannedLeg> legs, Instant now) {
        if (path.size() < 2 || items.isEmpty()) {
            throw new IllegalArgumentException("a shipment goes from one node to another with something to carry");
        }
        Shipment s = new Shipment();
        s.plan = plan;
        s.crisis = crisis;
        s.origin = path.get(0);
        s.destination = path.get(path.size() - 1);
        s.path = String.join(" ", path);
        s.status = Status.PLANNED;
        s.transportCost = transportCost;
        s.createdAt = now;
        s.items = new ArrayList<>(items);
        s.legs = new ArrayList<>(legs);
        s.events.add(new Event(Status.PLANNED, now, s.origin, "planned from allocation plan #" + plan, "system"));
        return s;
    }

    /** It leaves its origin. */
    void dispatch(String by, Instant at) {
        move(Set.of(Status.PLANNED), Status.DISPATCHED);
        dispatchedAt = at;
        events.add(new Event(Status.DISPATCHED, at, origin, null, by));
    }

    /** A tracking event on the way: in transit or at a border, with where and a note. */
    void track(Status reached, String place, String note, String by, Instant at) {
        if (reached != Status.IN_TRANSIT && reached != Status.AT_BORDER) {
            throw new InvalidInput("status", "IN_TRANSIT or AT_BORDER");
        }
        if (place != null && place.length() > 200) {
            throw new InvalidInput("place", "is too long");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInput("note", "is too long");
        }
        move(UNDER_WAY, reached);
        events.add(new Event(reached, at, blankToNull(place), blankToNull(note), by));
    }

    /**
     * Proof of delivery: per item, accepted and rejected add up to what was shipped, and a rejection says why. Answers
     * the items with what was accepted of each, for the caller to receive at the destination and count.
     */
    List<Item> deliver(List<Receipt> receipts, String by, Instant at) {
        if (receipts == null || receipts.size() != items.size()) {
            throw new InvalidInput("items", "give accepted and rejected quantities for each of the " + items.size()
                    + " item(s)");
        }
        List<Item> received = new ArrayList<>();
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            Item item = items.get(i);
            String field = "items[" + i + "]";
            double accepted = r == null || r.accepted() == null ? -1 : r.accepted();
            double rejected = r == null || r.rejected() == null ? 0 : r.rejected();
            if (!(accepted >= 0) || !(rejected >= 0) || Math.abs(accepted + rejected - item.quantity()) > 1e-6) {
                throw new InvalidInput(field + ".accepted", "accepted and rejected must add up to the "
                        + StockCards.fmt(item.quantity()) + " shipped");
            }
            if (rejected > 0 && (r.reason() == null || r.reason().isBlank() || r.reason().length() > 500)) {
                throw new InvalidInput(field + ".reason", "say why part of the item was rejected");
            }
            received.add(item.received(accepted, rejected, rejected > 0 ? r.reason().strip() : null));
        }
        move(UNDER_WAY, Status.DELIVERED);
        items = received;
        deliveredAt = at;
        events.add(new Event(Status.DELIVERED, at, destination, null, by));
        return List.copyOf(received);
    }

    /** A planned shipment is cancelled with a reason; the caller gives its reservation back. */
    void cancel(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("reason", "say why the shipment is cancelled, at most 500 characters");
        }
        move(Set.of(Status.PLANNED), Status.CANCELLED);
        events.add(new Event(Status.CANCELLED, at, origin, reason.strip(), by));
    }

    private void move(Set<Status> from, Status to) {
        if (!from.contains(status)) {
            throw new Conflict("shipment #" + id + " is " + status);
        }
        status = to;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long id() {
        return id;
    }

    public long plan() {
        return plan;
    }

    public long crisis() {
        return crisis;
    }

    public String origin() {
        return origin;
    }

    public String destination() {
        return destination;
    }

    public List<String> path() {
        return Arrays.asList(path.split(" "));
    }

    public Status status() {
        return status;
    }

    public boolean isUnderWay() {
        return UNDER_WAY.contains(status);
    }

    public double transportCost() {
        return transportCost;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The legs kept on approval; none for a shipment planned before legs were kept. */
    public List<PlannedLeg> plannedLegs() {
        return List.copyOf(legs);
    }
}
