package org.entente.party;

import org.entente.shared.Labelled;

/** The secretariat's assessment of how far a party can shape outcomes, for the stakeholder map. */
@Labelled("influence")
public enum Influence {
    LOW, MEDIUM, HIGH
}
