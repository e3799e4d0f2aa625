package org.entente.monitoring;

/** A monitor verified or disputed a party's submission: the revision triggers are evaluated for that party. */
public record ValuesVerified(String compact, String party, long submission, String verdict) {
}
