package org.entente.logistics;

import java.time.Instant;

import org.entente.allocation.Instance;
import org.entente.shared.InvalidInput;

/**
 * A directed link between two nodes: its mode, transit and border delay in hours, capacity in kilograms over the
 * planning horizon and cost per kilogram. A closure (a border closing, a bridge down) closes it from a given time.
 */
public record LogisticsLink(Long id, String from, String to, Instance.Mode mode, double transitHours,
        double delayHours, double capacityKg, double costPerKg, Instant closedFrom, String closureReason,
        long version) {

    public LogisticsLink {
        if (from == null || from.isBlank()) {
            throw InvalidInput.required("from");
        }
        if (to == null || to.isBlank() || to.equals(from)) {
            throw new InvalidInput("to", "is required, and differs from the start");
        }
        if (mode == null) {
            throw new InvalidInput("mode", "is required: ROAD, AIR, SEA or RAIL");
        }
        nonNegative("transitHours", transitHours);
        nonNegative("delayHours", delayHours);
        nonNegative("capacityKg", capacityKg);
        nonNegative("costPerKg", costPerKg);
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new InvalidInput(field, "must be a number, zero or more");
        }
    }

    /** Whether the link is open at a time: a closure takes effect from its start. */
    public boolean isOpenAt(Instant at) {
        return closedFrom == null || at.isBefore(closedFrom);
    }
}
