package org.entente.crisis;

import org.springframework.data.relational.core.mapping.Table;

/** A party affected by a crisis. */
@Table("crisis_party")
record AffectedParty(String partyCode) {
}
