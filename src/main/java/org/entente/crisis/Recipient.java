package org.entente.crisis;

import org.springframework.data.relational.core.mapping.Table;

/** A party named on a CONFIDENTIAL situation report. */
@Table("sitrep_recipient")
record Recipient(String partyCode) {
}
