package org.entente.logistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.allocation.Instance;
import org.entente.party.PartyDirectory;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock kept like a stock card: every receipt, issue, transfer, adjustment and write-off is a movement with a reason,
 * per warehouse × commodity × lot × owner, never changed once written. What is on hand is derived from the movements
 * and kept beside them in the same transaction; the database refuses a balance below zero, so two officers issuing
 * the last units at once cannot both succeed. Pooled stock stays its contributor's: the owner is part of every line.
 * What a reader sees of it follows the owner's red line for STOCK_LEVEL ({@link StockVisibility}): lots and movements
 * of stock the reader may not see are left out and counted.
 */
@Service
public class StockCards {

    /** Days before expiry from which a lot is flagged. */
    public static final int EXPIRY_WARNING_DAYS = 30;
    private static final Set<Instance.NodeKind> HOLDS_STOCK = Set.of(Instance.NodeKind.WAREHOUSE,
            Instance.NodeKind.AIRLIFT_HUB, Instance.NodeKind.PORT, Instance.NodeKind.DELIVERY_POINT);

    @Labelled("stock.kind")
    public enum Kind { RECEIPT, ISSUE, TRANSFER_OUT, TRANSFER_IN, ADJUSTMENT, WRITE_OFF }

    /** What an officer records: for a TRANSFER, the warehouse it goes to; an ADJUSTMENT may be negative. */
    public record Entry(String kind, String commodity, String lot, String owner, Double quantity, LocalDate expiresOn,
            String reason, String toWarehouse) {
    }

    public record Movement(long id, String warehouse, String commodity, String lot, String owner, Kind kind,
            double quantity, int direction, LocalDate expiresOn, String reason, String counterpart, Instant recordedAt,
            String recordedBy) {
    }

    /** A lot at a warehouse: what is on hand, and how much of it an approved plan has reserved. */
    public record Lot(String commodity, String lot, String owner, double onHand, double reserved, LocalDate expiresOn,
            boolean expiringSoon, boolean expired) {
    }

    /**
     * A commodity at a warehouse: the total on hand over the lots the reader may see, and its minimum level if one is
     * set. Whether it is below its minimum is said only when no lot of it was withheld from the reader.
     */
    public record Position(String commodity, double onHand, Double minimum, boolean belowMinimum, List<Lot> lots) {
    }

    /** What a reader sees of a warehouse: its positions and how many lots the owners' red lines withheld. */
    public record Holding(List<Position> positions, int lotsWithheld) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StockCards.class);
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final LogisticsNetwork network;
    private final Catalogue catalogue;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final Clock clock;
    private final StockVisibility visibility;
    private final StockLots lots;

    StockCards(JdbcClient jdbc, LogisticsNetwork network, Catalogue catalogue, PartyDirectory parties, AuditTrail audit,
            Clock clock, StockVisibility visibility,
            org.springframework.transaction.support.TransactionTemplate transactions, StockLots lots) {
        this.lots = lots;
        this.transactions = transactions;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.network = network;
        this.catalogue = catalogue;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records one movement (two for a transfer) and moves the balances, all or nothing. */
    @Transactional
    public List<Movement> record(Actor actor, String warehouse, Entry e) {
        LogisticsNode at = stockNode(warehouse, "warehouse");
        requireOperator(actor, at);
        Kind kind = kind(e.kind());
        Commodity commodity = catalogue.find(e.commodity() == null ? "" : e.commodity())
                .orElseThrow(() -> InvalidInput.unknown("commodity", e.commodity()));
        if (e.lot() == null || !e.lot().strip().matches("[A-Za-z0-9_./-]{1,40}")) {
            throw InvalidInput.coded("lot", "is required: 1 to 40 letters, digits, or . / - _", "stock.invalid.lot");
        }
        String lot = e.lot().strip();
        if (e.owner() == null || !parties.exists(PartyCode.of(e.owner()))) {
            throw InvalidInput.coded("owner", "name the party that owns the stock", "invalid.choose");
        }
        String owner = PartyCode.of(e.owner()).value();
        if (e.quantity() == null || !Double.isFinite(e.quantity()) || e.quantity() == 0
                || (kind != Kind.ADJUSTMENT && e.quantity() < 0)) {
            throw kind == Kind.ADJUSTMENT ? InvalidInput.coded("quantity", "a non-zero number, negative to reduce",
                    "stock.invalid.adjustment") : InvalidInput.positive("quantity");
        }
        double quantity = Math.abs(e.quantity());
        if (!commodity.divisible() && quantity != Math.rint(quantity)) {
            throw InvalidInput.coded("quantity", commodity.code() + " is counted in whole " + commodity.unit() + "s",
                    "request.invalid.whole", commodity.name(), commodity.unit());
        }
        if (e.reason() == null || e.reason().isBlank() || e.reason().length() > 500) {
            throw InvalidInput.reasonRequired("reason", 500);
        }
        String reason = e.reason().strip();
        if (Pledge.pledgeOf(lot).isPresent() && (kind == Kind.RECEIPT || (kind == Kind.ADJUSTMENT && e.quantity() > 0))
                && !exists(warehouse, commodity.code(), lot, owner)) {
            throw InvalidInput.coded("lot", "lot " + lot + " is received by fulfilling pledge #"
                    + Pledge.pledgeOf(lot).getAsLong() + "; name another lot", "stock.invalid.pledgedLot", lot,
                    Pledge.pledgeOf(lot).getAsLong());
        }
        Instant now = clock.instant();
        List<Movement> written = new ArrayList<>();
        switch (kind) {
            case RECEIPT -> {
                receive(warehouse, commodity.code(), lot, owner, quantity, e.expiresOn());
                written.add(write(warehouse, commodity.code(), lot, owner, kind, quantity, 1, e.expiresOn(), reason, null,
                        now, actor.username()));
            }
            case ADJUSTMENT -> {
                int direction = e.quantity() > 0 ? 1 : -1;
                LocalDate expiry = direction > 0 ? receive(warehouse, commodity.code(), lot, owner, quantity, e.expiresOn())
                        : take(warehouse, commodity.code(), lot, owner, quantity);
                written.add(write(warehouse, commodity.code(), lot, owner, kind, quantity, direction, expiry, reason, null,
                        now, actor.username()));
            }
            case ISSUE, WRITE_OFF -> {
                LocalDate expiry = take(warehouse, commodity.code(), lot, owner, quantity);
                written.add(write(warehouse, commodity.code(), lot, owner, kind, quantity, -1, expiry, reason, null, now,
                        actor.username()));
            }
            case TRANSFER_OUT, TRANSFER_IN -> {
                if (e.toWarehouse() == null || e.toWarehouse().equals(warehouse)) {
                    throw InvalidInput.coded("toWarehouse", "name the warehouse the stock goes to", "invalid.choose");
                }
                stockNode(e.toWarehouse(), "toWarehouse");
                LocalDate expiry = take(warehouse, commodity.code(), lot, owner, quantity);
                receive(e.toWarehouse(), commodity.code(), lot, owner, quantity, expiry);
                written.add(write(warehouse, commodity.code(), lot, owner, Kind.TRANSFER_OUT, quantity, -1, expiry, reason,
                        e.toWarehouse(), now, actor.username()));
                written.add(write(e.toWarehouse(), commodity.code(), lot, owner, Kind.TRANSFER_IN, quantity, 1, expiry,
                        reason, warehouse, now, actor.username()));
            }
        }
        // Codes and lots are named by the movement the entry points at; the summary keeps to what cannot identify anyone.
        audit.record(new AuditEvent(actor, at.party().value(), "stock." + kind.name().toLowerCase(java.util.Locale.ROOT),
                "StockMovement", String.valueOf(written.get(0).id()), kind + " of " + fmt(quantity) + " "
                        + commodity.unit() + "(s) recorded on the stock card"
                        + (written.size() > 1 ? ", with its receipt at the other warehouse" : "")));
        return written;
    }

    private static Kind kind(String text) {
        if ("TRANSFER".equals(text)) {
            return Kind.TRANSFER_OUT;
        }
        try {
            Kind kind = Kind.valueOf(text == null ? "" : text);
            if (kind != Kind.TRANSFER_IN) {
                return kind;
            }
        } catch (IllegalArgumentException ignored) {
            // named below
        }
        throw InvalidInput.coded("kind", "RECEIPT, ISSUE, TRANSFER, ADJUSTMENT or WRITE_OFF", "invalid.choose");
    }

    private boolean exists(String warehouse, String commodity, String lot, String owner) {
        return jdbc.sql("""
                select count(*) from stock_balance where warehouse = ? and commodity = ? and lot = ? and owner_party = ?""")
                .params(warehouse, commodity, lot, owner).query(Long.class).single() > 0;
    }

    /** Adds to a lot's balance (see {@link StockLot#receive}). Returns the lot's expiry. */
    private LocalDate receive(String warehouse, String commodity, String lot, String owner, double quantity,
            LocalDate expiresOn) {
        StockLot held = lots.lockOrNone(new StockLot.Key(warehouse, commodity, lot, owner));
        held.receive(quantity, expiresOn);
        lots.save(held);
        return held.expiresOn();
    }

    /** Takes free stock from a lot (see {@link StockLot#take}). Returns the lot's expiry. */
    private LocalDate take(String warehouse, String commodity, String lot, String owner, double quantity) {
        StockLot held = lots.lockOrNone(new StockLot.Key(warehouse, commodity, lot, owner));
        held.take(quantity);
        lots.save(held);
        return held.expiresOn();
    }

    private Movement write(String warehouse, String commodity, String lot, String owner, Kind kind, double quantity,
            int direction, LocalDate expiresOn, String reason, String counterpart, Instant now, String by) {
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into stock_movement (warehouse, commodity, lot, owner_party, kind, quantity, direction, expires_on,
                    reason, counterpart, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(warehouse, commodity, lot, owner, kind.name(), quantity, direction, expiresOn, reason, counterpart,
                        java.sql.Timestamp.from(now), by)
                .update(keys, "id");
        return new Movement(keys.getKeyAs(Number.class).longValue(), warehouse, commodity, lot, owner, kind, quantity,
                direction, expiresOn, reason, counterpart, now, by);
    }

    /**
     * Issues stock that an approved plan reserved, as a shipment leaves: the reservation and the stock go down
     * together. Called by {@link Shipments}, which checks who may dispatch.
     */
    Movement issueReserved(String warehouse, String commodity, String lot, String owner, double quantity, String reason,
            String by) {
        StockLot held = lots.lock(new StockLot.Key(warehouse, commodity, lot, owner)).orElseThrow(
                () -> new org.entente.shared.Conflict("lot " + lot + " at " + warehouse + " no longer holds the reserved stock"));
        held.issueReserved(quantity);
        lots.save(held);
        return write(warehouse, commodity, lot, owner, Kind.ISSUE, quantity, -1, held.expiresOn(), reason, null,
                clock.instant(), by);
    }

    /** Receives delivered stock at its destination, for its new owner. Called by {@link Shipments}. */
    Movement receiveDelivered(String destination, String commodity, String lot, String owner, double quantity,
            LocalDate expiresOn, String reason, String counterpart, String by) {
        LocalDate expiry = receive(destination, commodity, lot, owner, quantity, expiresOn);
        return write(destination, commodity, lot, owner, Kind.RECEIPT, quantity, 1, expiry, reason, counterpart,
                clock.instant(), by);
    }

    /**
     * Reserves stock of a lot for an approved plan; false if no lot holds it (the goods of a pledge not yet received),
     * a conflict if the lot has not enough free. Called by {@link AllocationPlans}, which checks who may approve.
     */
    boolean reserve(StockLot.Key key, double quantity) {
        return lots.lock(key).map(held -> {
            held.reserve(quantity);
            lots.save(held);
            return true;
        }).orElse(false);
    }

    /**
     * Gives back stock that a cancelled shipment had reserved; false if no lot holds it (the goods of a pledge not yet
     * received). Called by {@link Shipments}.
     */
    boolean release(String warehouse, String commodity, String lot, String owner, double quantity) {
        return lots.lock(new StockLot.Key(warehouse, commodity, lot, owner)).map(held -> {
            held.release(quantity);
            lots.save(held);
            return true;
        }).orElse(false);
    }

    /**
     * A receipt that arrives already spoken for: the goods of a fulfilled pledge, with what approved plans had reserved
     * of the pledge reserved on the lot. Called by {@link Pledges}, which checks who may receive them.
     */
    Movement receiveReserved(String warehouse, String commodity, String lot, String owner, double quantity,
            double reserved, LocalDate expiresOn, String reason, String by) {
        StockLot held = lots.lockOrNone(new StockLot.Key(warehouse, commodity, lot, owner));
        held.receive(quantity, expiresOn);
        if (reserved > 0) {
            held.reserve(reserved);
        }
        lots.save(held);
        LocalDate expiry = held.expiresOn();
        return write(warehouse, commodity, lot, owner, Kind.RECEIPT, quantity, 1, expiry, reason, null, clock.instant(),
                by);
    }

    /** The movements of a warehouse, newest first, optionally of one commodity; logged-in users. */
    @Transactional(readOnly = true)
    public List<Movement> card(Actor actor, String warehouse, String commodity, int limit) {
        actor.requireAuthenticated();
        LogisticsNode at = stockNode(warehouse, "warehouse");
        var query = commodity == null
                ? jdbc.sql("select * from stock_movement where warehouse = ? order by recorded_at desc, id desc")
                        .param(warehouse)
                : jdbc.sql("select * from stock_movement where warehouse = ? and commodity = ? order by recorded_at desc, id desc")
                        .params(warehouse, commodity);
        List<Movement> all = query.query(StockCards::movement).list();
        Set<String> admitted = visibility.admittedOwners(actor, at, all.stream().map(Movement::owner).toList());
        return all.stream().filter(m -> admitted.contains(m.owner())).limit(Math.max(1, Math.min(limit, 1000))).toList();
    }

    /** What a warehouse holds that the reader may see, by commodity and lot, with minimums and expiry flags. */
    @Transactional(readOnly = true)
    public List<Position> positions(Actor actor, String warehouse) {
        return holding(actor, warehouse).positions();
    }

    /** What a warehouse holds that the reader may see, and how many lots were withheld; logged-in users. */
    @Transactional(readOnly = true)
    public Holding holding(Actor actor, String warehouse) {
        actor.requireAuthenticated();
        LogisticsNode at = stockNode(warehouse, "warehouse");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, List<Lot>> lots = new LinkedHashMap<>();
        jdbc.sql("select * from stock_balance where warehouse = ? and on_hand > 0 order by commodity, expires_on, lot")
                .param(warehouse).query((rs, n) -> {
                    LocalDate expires = rs.getObject("expires_on", LocalDate.class);
                    return new Lot(rs.getString("commodity"), rs.getString("lot"), rs.getString("owner_party"),
                            rs.getDouble("on_hand"), rs.getDouble("reserved"), expires,
                            expires != null && !expires.isBefore(today) && !expires.isAfter(today.plusDays(EXPIRY_WARNING_DAYS)),
                            expires != null && expires.isBefore(today));
                }).list().forEach(l -> lots.computeIfAbsent(l.commodity(), c -> new ArrayList<>()).add(l));
        Set<String> admitted = visibility.admittedOwners(actor, at, lots.values().stream().flatMap(List::stream).map(Lot::owner)
                .toList());
        Set<String> partlyWithheld = new java.util.HashSet<>();
        int withheld = 0;
        for (Map.Entry<String, List<Lot>> e : lots.entrySet()) {
            int before = e.getValue().size();
            e.getValue().removeIf(l -> !admitted.contains(l.owner()));
            if (e.getValue().size() < before) {
                withheld += before - e.getValue().size();
                partlyWithheld.add(e.getKey());
            }
        }
        lots.values().removeIf(List::isEmpty);
        Map<String, Double> minimums = new LinkedHashMap<>();
        jdbc.sql("select commodity, minimum from stock_minimum where warehouse = ? order by commodity").param(warehouse)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2))).list()
                .forEach(m -> minimums.put(m.getKey(), m.getValue()));
        minimums.keySet().forEach(c -> lots.putIfAbsent(c, List.of()));
        List<Position> positions = new ArrayList<>();
        lots.forEach((commodity, list) -> {
            double total = list.stream().mapToDouble(Lot::onHand).sum();
            Double minimum = minimums.get(commodity);
            positions.add(new Position(commodity, total, minimum,
                    minimum != null && total < minimum && !partlyWithheld.contains(commodity), List.copyOf(list)));
        });
        positions.sort(java.util.Comparator.comparing(Position::commodity));
        return new Holding(positions, withheld);
    }

    /** Sets the level under which a warehouse's stock of a commodity is flagged; the warehouse's operator only. */
    @Transactional
    public void setMinimum(Actor actor, String warehouse, String commodity, Double minimum) {
        LogisticsNode at = stockNode(warehouse, "warehouse");
        requireOperator(actor, at);
        catalogue.find(commodity).orElseThrow(() -> InvalidInput.unknown("commodity", commodity));
        if (minimum == null || !(minimum >= 0) || !Double.isFinite(minimum)) {
            throw InvalidInput.atLeast("minimum", 0);
        }
        int changed = jdbc.sql("update stock_minimum set minimum = ? where warehouse = ? and commodity = ?")
                .params(minimum, warehouse, commodity).update();
        if (changed == 0) {
            jdbc.sql("insert into stock_minimum (warehouse, commodity, minimum) values (?, ?, ?)")
                    .params(warehouse, commodity, minimum).update();
        }
        audit.record(new AuditEvent(actor, at.party().value(), "stock.minimum-set", "StockMinimum",
                warehouse + "/" + commodity, "minimum level set to " + fmt(minimum)));
    }

    /**
     * Every lot on hand whose expiry date has passed is written off, each with its own movement and reason, and each
     * in a transaction of its own: a lot that cannot be written off (a plan still reserves part of it, or it changed
     * meanwhile) is left, logged and counted, and the others are written off all the same. Answers how many were.
     */
    @Scheduled(cron = "${entente.logistics.expiry-cron:0 15 0 * * *}", zone = "UTC")
    public int writeOffExpired() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        record Expired(String warehouse, String commodity, String lot, String owner, double onHand, double reserved,
                LocalDate expiresOn) {
        }
        List<Expired> expired = jdbc.sql("""
                select warehouse, commodity, lot, owner_party, on_hand, reserved, expires_on from stock_balance
                where on_hand > 0 and expires_on < ?""").param(today)
                .query((rs, n) -> new Expired(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getObject(7, LocalDate.class))).list();
        int written = 0;
        int left = 0;
        for (Expired lot : expired) {
            if (lot.reserved() > 1e-9) {
                // A plan reserves it: its shipment decides (dispatch or cancel); the write-off comes after.
                left++;
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> {
                    Instant now = clock.instant();
                    StockLot held = lots.lock(new StockLot.Key(lot.warehouse(), lot.commodity(), lot.lot(), lot.owner()))
                            .orElseThrow();
                    double quantity = held.writeOff();
                    if (quantity <= 0) {
                        return;
                    }
                    lots.save(held);
                    Movement m = write(lot.warehouse(), lot.commodity(), lot.lot(), lot.owner(), Kind.WRITE_OFF,
                            quantity, -1, held.expiresOn(), "expired on " + held.expiresOn(), null, now, "system");
                    audit.record(new AuditEvent(Actor.system(), network.node(lot.warehouse()).party().value(),
                            "stock.write_off", "StockMovement", String.valueOf(m.id()),
                            "wrote off " + fmt(quantity) + " of an expired lot"));
                });
                written++;
            } catch (RuntimeException e) {
                left++;
                log.warn("expired lot not written off at {}: {}", lot.warehouse(), e.getClass().getSimpleName());
            }
        }
        if (left > 0) {
            log.info("{} expired lot(s) written off, {} left for now (reserved or changed meanwhile)", written, left);
        }
        return written;
    }

    private LogisticsNode stockNode(String code, String field) {
        LogisticsNode node = network.findNode(code == null ? "" : code)
                .orElseThrow(() -> new org.entente.shared.NotFound("warehouse", code));
        if (!HOLDS_STOCK.contains(node.kind())) {
            throw InvalidInput.coded(field, code + " is a " + node.kind() + "; stock is kept at warehouses, hubs and ports",
                    "stock.invalid.notAWarehouse", node.name());
        }
        return node;
    }

    private static void requireOperator(Actor actor, LogisticsNode at) {
        if (!actor.hasRoleFor(at.party(), Role.LOGISTICS_OFFICER)) {
            throw new AccessDenied("only " + at.party() + "'s logistics officer records stock at " + at.code());
        }
    }

    /** A quantity with thousands separators, so that no run of digits in a message reads like a phone number. */
    static String fmt(double quantity) {
        return quantity == Math.rint(quantity) ? String.format(java.util.Locale.ROOT, "%,d", (long) quantity)
                : String.format(java.util.Locale.ROOT, "%,.3f", quantity);
    }

    private static Movement movement(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Movement(rs.getLong("id"), rs.getString("warehouse"), rs.getString("commodity"), rs.getString("lot"),
                rs.getString("owner_party"), Kind.valueOf(rs.getString("kind")), rs.getDouble("quantity"),
                rs.getInt("direction"), rs.getObject("expires_on", LocalDate.class), rs.getString("reason"),
                rs.getString("counterpart"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
