package org.entente.sharing;

import org.springframework.data.relational.core.mapping.Table;

/** One party named on a sharing rule. */
@Table("sharing_rule_party")
record SharedWith(String partyCode) {
}
