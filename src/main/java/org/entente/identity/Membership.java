package org.entente.identity;

import org.entente.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

/** One role a user holds for one party; a user's memberships are the set of these. */
@Table("membership")
record Membership(String partyCode, Role role) {
}
