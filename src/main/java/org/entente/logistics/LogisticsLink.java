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
        java.util.List<InvalidInput> found = new java.util.ArrayList<>();
        if (from == null || from.isBlank()) {
            found.add(InvalidInput.coded("from", "is required", "invalid.choose"));
        }
        if (to == null || to.isBlank() || to.equals(from)) {
            found.add(InvalidInput.coded("to", "is required, and differs from the start", "link.invalid.to"));
        }
        if (mode == null) {
            found.add(InvalidInput.coded("mode", "is required: ROAD, AIR, SEA or RAIL", "invalid.choose"));
        }
        nonNegative("transitHours", transitHours, found);
        nonNegative("delayHours", delayHours, found);
        nonNegative("capacityKg", capacityKg, found);
        nonNegative("costPerKg", costPerKg, found);
        InvalidInput.throwIfAny(found);
    }

    private static void nonNegative(String field, double value, java.util.List<InvalidInput> found) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            found.add(InvalidInput.atLeast(field, 0));
        }
    }

    /** Whether the link is open at a time: a closure takes effect from its start. */
    public boolean isOpenAt(Instant at) {
        return closedFrom == null || at.isBefore(closedFrom);
    }
}
