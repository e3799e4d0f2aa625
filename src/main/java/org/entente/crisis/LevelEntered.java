package org.entente.crisis;

/** A crisis moved to another level of its escalation protocol (up or down), by decision of the level's holder. */
public record LevelEntered(long crisis, String from, String level) {
}
