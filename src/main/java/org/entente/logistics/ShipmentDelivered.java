package org.entente.logistics;

/** A shipment was received at its destination, with what was accepted and rejected counted against its requests. */
public record ShipmentDelivered(long shipment, long crisis) {
}
