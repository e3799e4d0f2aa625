package org.entente.logistics;

/** A shipment left its origin: its stock was issued. Cost sharing books its transport cost. */
public record ShipmentDispatched(long shipment, long crisis) {
}
