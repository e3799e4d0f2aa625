package org.entente.compact;

/** The secretariat accepted a party's adherence to a compact. */
public record AdherenceAccepted(String compact, String party) {
}
