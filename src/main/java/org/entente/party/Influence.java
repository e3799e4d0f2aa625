package org.entente.party;

/** The secretariat's assessment of how far a party can shape outcomes, for the stakeholder map. */
public enum Influence {
    LOW, MEDIUM, HIGH
}
