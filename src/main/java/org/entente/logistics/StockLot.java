package org.entente.logistics;

import java.time.LocalDate;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;

/**
 * A lot of one commodity, owned by one party, at one warehouse: how much is on hand and how much of it approved plans
 * reserved. Every change to a lot's balance goes through here, so its rules hold on every path: nothing on hand ever
 * goes below zero, reserved stock is never more than what is on hand, stock a plan reserved is taken only by the
 * shipment that carries it, and a lot keeps the expiry date of its first receipt. The movements that explain each
 * change are written beside it by {@link StockCards}.
 */
public final class StockLot {

    /** Rounding room: quantities are doubles, and a plan's flows add up to a lot only within it. */
    static final double EPSILON = 1e-9;

    /** A lot's identity: where it is, of what, which lot, and whose. */
    public record Key(String warehouse, String commodity, String lot, String owner) implements Comparable<Key> {

        public Key {
            if (warehouse == null || commodity == null || lot == null || owner == null) {
                throw new IllegalArgumentException("a lot is named by warehouse, commodity, lot and owner");
            }
        }

        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }
    }

    private final Key key;
    private final boolean stored;
    private double onHand;
    private double reserved;
    private LocalDate expiresOn;

    private StockLot(Key key, boolean stored, double onHand, double reserved, LocalDate expiresOn) {
        this.key = key;
        this.stored = stored;
        this.onHand = onHand;
        this.reserved = reserved;
        this.expiresOn = expiresOn;
    }

    /** A lot not yet received anywhere: its first receipt sets its expiry. */
    static StockLot none(Key key) {
        return new StockLot(key, false, 0, 0, null);
    }

    /** A lot as the store holds it. */
    static StockLot of(Key key, double onHand, double reserved, LocalDate expiresOn) {
        return new StockLot(key, true, onHand, reserved, expiresOn);
    }

    /**
     * Adds a receipt. A lot has one expiry date: a receipt that names another is refused, and one that names none
     * keeps the lot's.
     */
    void receive(double quantity, LocalDate expiry) {
        requirePositive(quantity);
        if (stored || onHand > 0) {
            if (expiry != null && !expiry.equals(expiresOn)) {
                throw new InvalidInput("expiresOn", "lot " + key.lot() + " expires on "
                        + (expiresOn == null ? "no date" : expiresOn) + "; a lot has one expiry date");
            }
        } else {
            expiresOn = expiry;
        }
        onHand += quantity;
    }

    /**
     * Takes stock that no approved plan holds: an issue, a transfer out, a negative adjustment or a write-off. Stock a
     * plan reserved leaves only with its shipment ({@link #issueReserved}).
     */
    void take(double quantity) {
        requirePositive(quantity);
        if (quantity > free() + EPSILON) {
            throw new InvalidInput("quantity", "only " + StockCards.fmt(free()) + " of lot " + key.lot() + " owned by "
                    + key.owner() + " are on hand and not reserved by an approved plan; stock never goes below zero");
        }
        onHand = Math.max(0, onHand - quantity);
    }

    /** Reserves stock for an approved plan; what is not free is refused, and the plan must be made again. */
    void reserve(double quantity) {
        requirePositive(quantity);
        if (quantity > free() + EPSILON) {
            throw new Conflict("lot " + key.lot() + " at " + key.warehouse() + " no longer has the stock this plan "
                    + "draws on; make a new plan");
        }
        reserved = Math.min(onHand, reserved + quantity);
    }

    /** Issues reserved stock as its shipment leaves: the reservation and the stock go down together. */
    void issueReserved(double quantity) {
        requirePositive(quantity);
        if (quantity > reserved + EPSILON || quantity > onHand + EPSILON) {
            throw new Conflict("lot " + key.lot() + " at " + key.warehouse() + " no longer holds the reserved stock");
        }
        onHand = Math.max(0, onHand - quantity);
        reserved = Math.max(0, Math.min(onHand, reserved - quantity));
    }

    /** Gives back a reservation whose shipment was cancelled; never below zero. */
    void release(double quantity) {
        requirePositive(quantity);
        reserved = Math.max(0, reserved - quantity);
    }

    /** Writes off the whole lot (it expired); a lot a plan still reserves is left for its shipment to decide. */
    double writeOff() {
        if (reserved > EPSILON) {
            throw new Conflict("lot " + key.lot() + " at " + key.warehouse() + " is reserved by an approved plan");
        }
        double all = onHand;
        onHand = 0;
        return all;
    }

    private static void requirePositive(double quantity) {
        if (!(quantity > 0) || !Double.isFinite(quantity)) {
            throw InvalidInput.positive("quantity");
        }
    }

    public Key key() {
        return key;
    }

    public double onHand() {
        return onHand;
    }

    public double reserved() {
        return reserved;
    }

    /** What is on hand and not reserved. */
    public double free() {
        return Math.max(0, onHand - reserved);
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    /** Whether the store holds it yet. */
    boolean isStored() {
        return stored;
    }
}
