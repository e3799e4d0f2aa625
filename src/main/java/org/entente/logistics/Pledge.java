package org.entente.logistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.entente.shared.PartyCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A party's mutual-aid pledge for a crisis: a quantity of a commodity, FROM_STOCK it holds at a warehouse, or
 * TO_PROCURE and deliver by a date. An open pledge to procure that names the warehouse its goods arrive at is offered
 * to plans as lot {@link #lotOf PLEDGE-id}; approved plans reserve on it what they draw until the goods are received.
 * Its rules: it is fulfilled or withdrawn once; a pledge that plans hold is not withdrawn and its warehouse does not
 * change; nothing is reserved past what was pledged.
 */
@Table("pledge")
public final class Pledge {

    @Labelled("pledge.kind")
    public enum Kind { FROM_STOCK, TO_PROCURE }

    @Labelled("pledge.status")
    public enum Status { PLEDGED, FULFILLED, WITHDRAWN }

    private static final String LOT_PREFIX = "PLEDGE-";

    @Id
    private Long id;
    private Long crisis;
    private String party;
    private String commodity;
    private double quantity;
    private Kind kind;
    private String warehouse;
    private LocalDate availableBy;
    private Status status;
    private String note;
    private Instant createdAt;
    private String createdBy;
    @Version
    private Long version;
    private double reserved;

    @PersistenceCreator
    Pledge() {
    }

    /** What a party offers. */
    public record Offer(String party, String commodity, Double quantity, Kind kind, String warehouse,
            LocalDate availableBy, String note) {
    }

    /**
     * A new pledge of the commodity, whose code and divisibility the caller looked up; {@code warehouse} has been
     * checked to hold stock when the offer names one.
     */
    static Pledge make(long crisis, PartyCode party, Commodity commodity, Offer offer, LocalDate today, Instant now,
            String by) {
        if (offer.quantity() == null || !(offer.quantity() > 0) || !Double.isFinite(offer.quantity())
                || (!commodity.divisible() && offer.quantity() != Math.rint(offer.quantity()))) {
            throw new InvalidInput("quantity", "a positive number"
                    + (commodity.divisible() ? "" : " of whole " + commodity.unit() + "s"));
        }
        if (offer.kind() == null) {
            throw new InvalidInput("kind", "FROM_STOCK or TO_PROCURE");
        }
        if (offer.kind() == Kind.FROM_STOCK && (offer.warehouse() == null || offer.warehouse().isBlank())) {
            throw new InvalidInput("warehouse", "name the warehouse that holds the pledged stock");
        }
        if (offer.kind() == Kind.TO_PROCURE && (offer.availableBy() == null || offer.availableBy().isBefore(today))) {
            throw new InvalidInput("availableBy", "a stock to procure needs the date it will be available, not in the past");
        }
        if (offer.note() != null && offer.note().length() > 500) {
            throw InvalidInput.tooLong("note", 500);
        }
        Pledge p = new Pledge();
        p.crisis = crisis;
        p.party = party.value();
        p.commodity = commodity.code();
        p.quantity = offer.quantity();
        p.kind = offer.kind();
        p.warehouse = offer.warehouse();
        p.availableBy = offer.kind() == Kind.TO_PROCURE ? offer.availableBy() : null;
        p.status = Status.PLEDGED;
        p.note = offer.note() == null || offer.note().isBlank() ? null : offer.note().strip();
        p.createdAt = now;
        p.createdBy = by;
        return p;
    }

    /** The lot a pledge to procure is planned and received as. */
    static String lotOf(long pledge) {
        return LOT_PREFIX + pledge;
    }

    /** The pledge a lot stands for, if it is one's. */
    static OptionalLong pledgeOf(String lot) {
        if (lot != null && lot.matches(LOT_PREFIX + "\\d{1,18}")) {
            return OptionalLong.of(Long.parseLong(lot.substring(LOT_PREFIX.length())));
        }
        return OptionalLong.empty();
    }

    /** Goods to procure that arrive at a named warehouse: fulfilling the pledge receives them on its stock card. */
    boolean isReceivedAtWarehouse() {
        return kind == Kind.TO_PROCURE && warehouse != null;
    }

    /** Whether approved plans hold part of it. */
    boolean isHeld() {
        return reserved > StockLot.EPSILON;
    }

    /**
     * Reserves, for an approved plan, part of what the pledge's goods will bring to its warehouse. A pledge closed,
     * moved to another warehouse or without enough free is a conflict: the plan must be made again.
     */
    void reserve(double amount, String atWarehouse, String ofCommodity, String owner) {
        if (status != Status.PLEDGED || !atWarehouse.equals(warehouse) || !ofCommodity.equals(commodity)
                || !owner.equals(party) || amount > quantity - reserved + StockLot.EPSILON) {
            throw new Conflict("pledge #" + id + " no longer has what this plan draws on free; make a new plan");
        }
        reserved = Math.min(quantity, reserved + amount);
    }

    /** Gives back what a cancelled shipment had reserved; never below zero. */
    void release(double amount) {
        reserved = Math.max(0, reserved - amount);
    }

    /**
     * Marks it fulfilled; answers what plans had reserved of it, which goes over to the lot received (the caller
     * posts the receipt), and holds nothing more itself.
     */
    double fulfil() {
        requireOpen();
        status = Status.FULFILLED;
        double carried = isReceivedAtWarehouse() ? reserved : 0;
        reserved = 0;
        return carried;
    }

    /** Withdraws it, unless approved plans hold part of it. */
    void withdraw() {
        requireOpen();
        if (isHeld()) {
            throw new Conflict("pledge #" + id + " is held by an approved allocation plan: it can be fulfilled, not withdrawn");
        }
        status = Status.WITHDRAWN;
    }

    /** Names (or changes) the warehouse a pledge to procure's goods arrive at, while no approved plan holds it. */
    void destine(String to) {
        if (kind != Kind.TO_PROCURE) {
            throw new Conflict("pledge #" + id + " is of stock held at " + warehouse + ": it arrives nowhere");
        }
        requireOpen();
        if (isHeld()) {
            throw new Conflict("pledge #" + id + " is held by an approved allocation plan: its goods are planned to "
                    + "arrive at " + warehouse);
        }
        warehouse = to;
    }

    private void requireOpen() {
        if (status != Status.PLEDGED) {
            throw new Conflict("pledge #" + id + " is " + status);
        }
    }

    public long id() {
        return id;
    }

    public long crisis() {
        return crisis;
    }

    public String party() {
        return party;
    }

    public String commodity() {
        return commodity;
    }

    public double quantity() {
        return quantity;
    }

    public Kind kind() {
        return kind;
    }

    public String warehouse() {
        return warehouse;
    }

    public LocalDate availableBy() {
        return availableBy;
    }

    public Status status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /** What approved plans hold of a pledge to procure not yet received. */
    public double reserved() {
        return reserved;
    }

    /** What plans may still draw on it. */
    public double free() {
        return Math.max(0, quantity - reserved);
    }
}
