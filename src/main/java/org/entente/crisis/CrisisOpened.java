package org.entente.crisis;

/** A crisis was opened: its id, code and lead party. */
public record CrisisOpened(long crisis, String code, String leadParty) {
}
