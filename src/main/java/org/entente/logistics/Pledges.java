package org.entente.logistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutual-aid pledges for a crisis: a party offers a quantity of a commodity, either FROM_STOCK it already holds at a
 * warehouse, or TO_PROCURE and deliver by a date. The pledging party's focal point or logistics officer makes,
 * fulfils or withdraws it (see {@link #mayFulfil} for goods received at a warehouse); logged-in users who see the
 * crisis read them.
 * <p>
 * A pledge to procure that names the warehouse the goods will arrive at is offered to the crisis's allocation plans as
 * stock available from its date, in a lot named {@link #lotOf(long) PLEDGE-id} owned by the pledging party. An
 * approved plan reserves on the pledge what it draws on; fulfilling the pledge, which the warehouse's operator does
 * as for any receipt, posts the receipt of that lot at the warehouse and carries the reservation over to it, so that the plan's shipments can then be dispatched. A pledge
 * that approved plans hold cannot be withdrawn.
 */
@Service
public class Pledges {

    public enum Kind { FROM_STOCK, TO_PROCURE }

    public enum Status { PLEDGED, FULFILLED, WITHDRAWN }

    /** A pledge; {@code reserved} is what approved plans hold of a pledge to procure not yet received. */
    public record Pledge(long id, long crisis, String party, String commodity, double quantity, Kind kind,
            String warehouse, LocalDate availableBy, Status status, String note, Instant createdAt, String createdBy,
            long version, double reserved) {
    }

    /** What an open pledge to procure offers plans: its free quantity at the warehouse, from the start of its date. */
    record Offered(String warehouse, String commodity, String lot, String party, double quantity,
            LocalDate availableBy) {
    }

    /** The lot a pledge to procure is planned and received as. */
    static String lotOf(long pledge) {
        return "PLEDGE-" + pledge;
    }

    /** The pledge a lot stands for, if it is one's. */
    static OptionalLong pledgeOf(String lot) {
        if (lot != null && lot.matches("PLEDGE-\\d{1,18}")) {
            return OptionalLong.of(Long.parseLong(lot.substring("PLEDGE-".length())));
        }
        return OptionalLong.empty();
    }

    public record Offer(String party, String commodity, Double quantity, Kind kind, String warehouse,
            LocalDate availableBy, String note) {
    }

    private final JdbcClient jdbc;
    private final CrisisRoom crises;
    private final Catalogue catalogue;
    private final LogisticsNetwork network;
    private final AuditTrail audit;
    private final Clock clock;
    private final StockCards stock;

    Pledges(JdbcClient jdbc, CrisisRoom crises, Catalogue catalogue, LogisticsNetwork network, AuditTrail audit,
            Clock clock, StockCards stock) {
        this.stock = stock;
        this.jdbc = jdbc;
        this.crises = crises;
        this.catalogue = catalogue;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Pledge pledge(Actor actor, long crisisId, Offer o) {
        var crisis = crises.get(actor, crisisId);
        if (o == null || o.party() == null) {
            throw new InvalidInput("party", "is required: the party that pledges");
        }
        PartyCode party = PartyCode.of(o.party());
        requireKeeper(actor, party);
        if (!crisis.isActive()) {
            throw new Conflict("crisis " + crisis.code() + " is closed");
        }
        Commodity c = catalogue.find(o.commodity() == null ? "" : o.commodity())
                .orElseThrow(() -> new InvalidInput("commodity", "no commodity with code " + o.commodity()));
        if (o.quantity() == null || !(o.quantity() > 0) || !Double.isFinite(o.quantity())
                || (!c.divisible() && o.quantity() != Math.rint(o.quantity()))) {
            throw new InvalidInput("quantity", "a positive number" + (c.divisible() ? "" : " of whole " + c.unit() + "s"));
        }
        if (o.kind() == null) {
            throw new InvalidInput("kind", "FROM_STOCK or TO_PROCURE");
        }
        if (o.kind() == Kind.FROM_STOCK || o.warehouse() != null) {
            // From stock, the warehouse that holds it; to procure, optionally the one the goods will arrive at.
            requireHolder(o.warehouse(), o.kind());
        }
        if (o.kind() == Kind.TO_PROCURE
                && (o.availableBy() == null || o.availableBy().isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)))) {
            throw new InvalidInput("availableBy", "a stock to procure needs the date it will be available, not in the past");
        }
        if (o.note() != null && o.note().length() > 500) {
            throw new InvalidInput("note", "must be at most 500 characters");
        }
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into pledge (crisis, party, commodity, quantity, kind, warehouse, available_by, status, note,
                    created_at, created_by, version) values (?, ?, ?, ?, ?, ?, ?, 'PLEDGED', ?, ?, ?, 0)""")
                .params(crisisId, party.value(), c.code(), o.quantity(), o.kind().name(),
                        o.warehouse(), o.kind() == Kind.TO_PROCURE ? o.availableBy() : null,
                        o.note() == null || o.note().isBlank() ? null : o.note().strip(), Timestamp.from(clock.instant()),
                        actor.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, party.value(), "pledge.made", "Pledge", String.valueOf(id),
                party + " pledged " + StockCards.fmt(o.quantity()) + " " + c.unit() + "(s), " + o.kind()
                        + ", for crisis #" + crisisId));
        return get(id);
    }

    /** The pledging party marks its pledge fulfilled (delivered) or withdraws it. */
    @Transactional
    public Pledge close(Actor actor, long id, Status to) {
        return close(actor, id, to, null);
    }

    /**
     * The same; fulfilling a pledge to procure that names a warehouse receives the goods there, as lot
     * {@link #lotOf(long) PLEDGE-id} (expiring on the date given, if any), and carries over what approved plans
     * reserved of it. A pledge that approved plans hold is not withdrawn.
     */
    @Transactional
    public Pledge close(Actor actor, long id, Status to, LocalDate expiresOn) {
        Pledge p = get(id);
        crises.get(actor, p.crisis());
        if (to != Status.FULFILLED && to != Status.WITHDRAWN) {
            throw new InvalidInput("status", "FULFILLED or WITHDRAWN");
        }
        if (to == Status.FULFILLED && !mayFulfil(actor, p)) {
            throw new AccessDenied(receivedAtWarehouse(p)
                    ? "only " + network.node(p.warehouse()).party() + "'s logistics officer receives goods at "
                            + p.warehouse() + " and so marks this pledge fulfilled"
                    : "only " + p.party() + "'s focal point or logistics officer marks its pledge fulfilled");
        }
        if (to == Status.WITHDRAWN && !mayWithdraw(actor, p)) {
            throw new AccessDenied("only " + p.party() + "'s focal point or logistics officer withdraws its pledge");
        }
        // The row is locked from here: an approval reserving on the pledge waits, then finds it closed.
        int changed = jdbc.sql("update pledge set status = ?, version = version + 1 where id = ? and status = 'PLEDGED'"
                + (to == Status.WITHDRAWN ? " and reserved <= 0.000001" : "")).params(to.name(), id).update();
        if (changed == 0) {
            Pledge now = get(id);
            throw new Conflict(now.status() == Status.PLEDGED
                    ? "pledge #" + id + " is held by an approved allocation plan: it can be fulfilled, not withdrawn"
                    : "pledge #" + id + " is " + now.status());
        }
        boolean received = to == Status.FULFILLED && receivedAtWarehouse(p);
        if (received) {
            double reserved = jdbc.sql("select reserved from pledge where id = ?").param(id).query(Double.class).single();
            stock.receiveReserved(p.warehouse(), p.commodity(), lotOf(id), p.party(), p.quantity(), reserved, expiresOn,
                    "pledge #" + id + " fulfilled", actor.username());
            jdbc.sql("update pledge set reserved = 0 where id = ?").param(id).update();
        }
        audit.record(new AuditEvent(actor, p.party(), "pledge." + to.name().toLowerCase(java.util.Locale.ROOT), "Pledge",
                String.valueOf(id), "pledge #" + id + " " + to.name().toLowerCase(java.util.Locale.ROOT)
                        + (received ? ", its goods received at " + p.warehouse() + " as lot " + lotOf(id) : "")));
        return get(id);
    }

    /**
     * The pledging party names (or, while no approved plan holds the pledge, changes) the warehouse the goods of a pledge
     * to procure will arrive at: from then on the crisis's plans count them there. A plan proposed before the change
     * no longer matches the pledge, and its approval is refused as for any stock that has moved.
     */
    @Transactional
    public Pledge destine(Actor actor, long id, String warehouse) {
        Pledge p = get(id);
        var crisis = crises.get(actor, p.crisis());
        if (!mayWithdraw(actor, p)) {
            throw new AccessDenied("only " + p.party() + "'s focal point or logistics officer names where its goods arrive");
        }
        if (!crisis.isActive()) {
            throw new Conflict("crisis " + crisis.code() + " is closed");
        }
        if (p.kind() != Kind.TO_PROCURE) {
            throw new Conflict("pledge #" + id + " is of stock held at " + p.warehouse() + ": it arrives nowhere");
        }
        String code = requireHolder(warehouse, Kind.TO_PROCURE).code();
        // The row is locked from here: an approval reserving on the pledge waits, then finds the new warehouse.
        int changed = jdbc.sql("""
                update pledge set warehouse = ?, version = version + 1
                where id = ? and status = 'PLEDGED' and reserved <= 0.000001""").params(code, id).update();
        if (changed == 0) {
            Pledge now = get(id);
            throw new Conflict(now.status() == Status.PLEDGED
                    ? "pledge #" + id + " is held by an approved allocation plan: its goods are planned to arrive at "
                            + now.warehouse()
                    : "pledge #" + id + " is " + now.status());
        }
        audit.record(new AuditEvent(actor, p.party(), "pledge.destined", "Pledge", String.valueOf(id),
                "pledge #" + id + " to arrive at " + code + (p.warehouse() == null ? "" : " instead of " + p.warehouse())));
        return get(id);
    }

    /** A node that holds stock, by its code: where pledged stock is, or where procured goods arrive. */
    private LogisticsNode requireHolder(String code, Kind kind) {
        LogisticsNode at = network.findNode(code == null ? "" : code)
                .orElseThrow(() -> new InvalidInput("warehouse", kind == Kind.FROM_STOCK
                        ? "name the warehouse that holds the pledged stock"
                        : code == null || code.isBlank() ? "name the warehouse the goods will arrive at"
                                : "no warehouse with code " + code + " for the goods to arrive at"));
        if (at.kind() == org.entente.allocation.Instance.NodeKind.DELIVERY_POINT
                || at.kind() == org.entente.allocation.Instance.NodeKind.BORDER_CROSSING) {
            throw new InvalidInput("warehouse", code + " does not hold stock");
        }
        return at;
    }

    @Transactional(readOnly = true)
    public List<Pledge> ofCrisis(Actor actor, long crisisId) {
        actor.requireAuthenticated();
        crises.get(actor, crisisId);
        return jdbc.sql("select * from pledge where crisis = ? order by created_at desc, id desc").param(crisisId)
                .query((rs, n) -> map(rs)).list();
    }

    Pledge get(long id) {
        return jdbc.sql("select * from pledge where id = ?").param(id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFound("pledge", id));
    }

    /** Goods to procure that arrive at a named warehouse: fulfilling the pledge receives them on its stock card. */
    private static boolean receivedAtWarehouse(Pledge p) {
        return p.kind() == Kind.TO_PROCURE && p.warehouse() != null;
    }

    /**
     * Who marks a pledge fulfilled: the pledging party's focal point or logistics officer; but goods procured for a
     * named warehouse go on its stock card, so there only the logistics officer of the party that operates it, who
     * counts them in, as for any receipt.
     */
    boolean mayFulfil(Actor actor, Pledge p) {
        if (receivedAtWarehouse(p)) {
            return actor.hasRoleFor(network.node(p.warehouse()).party(), Role.LOGISTICS_OFFICER);
        }
        return isKeeper(actor, new PartyCode(p.party()));
    }

    /** The pledging party withdraws a pledge (while it is open and no approved plan holds it). */
    boolean mayWithdraw(Actor actor, Pledge p) {
        return isKeeper(actor, new PartyCode(p.party()));
    }

    /** What the page offers: a pledge still open, to those who may close it so. */
    public boolean offersFulfilment(Actor actor, Pledge p) {
        return p.status() == Status.PLEDGED && mayFulfil(actor, p);
    }

    /** A pledge to procure still open and not held by a plan, to its party: it may name where the goods arrive. */
    public boolean offersDestination(Actor actor, Pledge p) {
        return p.kind() == Kind.TO_PROCURE && p.status() == Status.PLEDGED && p.reserved() <= 0.000001
                && mayWithdraw(actor, p);
    }

    public boolean offersWithdrawal(Actor actor, Pledge p) {
        return p.status() == Status.PLEDGED && p.reserved() <= 0.000001 && mayWithdraw(actor, p);
    }

    /** The open pledges to procure of a crisis that name a warehouse, with what approved plans have not yet taken. */
    List<Offered> offeredTo(long crisisId) {
        return jdbc.sql("""
                select id, warehouse, commodity, party, quantity - reserved, available_by from pledge
                where crisis = ? and kind = 'TO_PROCURE' and status = 'PLEDGED' and warehouse is not null
                    and quantity - reserved > 0.000001 order by id""").param(crisisId)
                .query((rs, n) -> new Offered(rs.getString(2), rs.getString(3), lotOf(rs.getLong(1)), rs.getString(4),
                        rs.getDouble(5), rs.getObject(6, LocalDate.class))).list();
    }

    /**
     * Reserves, for an approved plan, a quantity of the pledge a lot stands for, while its goods are not yet received;
     * false if the lot is no open pledge's. A pledge without enough left free is a conflict: the caller's transaction
     * rolls back every reservation it made.
     */
    boolean reserve(String lot, String warehouse, String commodity, String owner, double quantity) {
        OptionalLong pledge = pledgeOf(lot);
        if (pledge.isEmpty() || awaited(lot).isEmpty()) {
            return false;
        }
        int reserved = jdbc.sql("""
                update pledge set reserved = reserved + ?, version = version + 1
                where id = ? and status = 'PLEDGED' and warehouse = ? and commodity = ? and party = ?
                    and quantity - reserved >= ?""")
                .params(quantity, pledge.getAsLong(), warehouse, commodity, owner, quantity - 1e-9).update();
        if (reserved == 0) {
            throw new Conflict("pledge #" + pledge.getAsLong() + " no longer has what this plan draws on free; "
                    + "make a new plan");
        }
        return true;
    }

    /** Gives back what a cancelled shipment had reserved of a pledge whose goods are not yet received. */
    void release(String lot, double quantity) {
        awaited(lot).ifPresent(p -> jdbc.sql("update pledge set reserved = greatest(reserved - ?, 0) where id = ?")
                .params(quantity, p.id()).update());
    }

    /** The open pledge a lot stands for, whose goods are still awaited, if it is one's. */
    Optional<Pledge> awaited(String lot) {
        OptionalLong pledge = pledgeOf(lot);
        if (pledge.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from pledge where id = ? and status = 'PLEDGED'").param(pledge.getAsLong())
                .query((rs, n) -> map(rs)).optional();
    }

    private static boolean isKeeper(Actor actor, PartyCode party) {
        return actor.hasRoleFor(party, Role.FOCAL_POINT) || actor.hasRoleFor(party, Role.LOGISTICS_OFFICER);
    }

    private static void requireKeeper(Actor actor, PartyCode party) {
        if (!isKeeper(actor, party)) {
            throw new AccessDenied("only " + party + "'s focal point or logistics officer pledges for it");
        }
    }

    private static Pledge map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Pledge(rs.getLong("id"), rs.getLong("crisis"), rs.getString("party"), rs.getString("commodity"),
                rs.getDouble("quantity"), Kind.valueOf(rs.getString("kind")), rs.getString("warehouse"),
                rs.getObject("available_by", LocalDate.class), Status.valueOf(rs.getString("status")), rs.getString("note"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getLong("version"),
                rs.getDouble("reserved"));
    }
}
