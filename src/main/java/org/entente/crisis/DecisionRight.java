package org.entente.crisis;

import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

/** Which party's role decides priorities for one kind of resource in a crisis. */
@Table("decision_right")
public record DecisionRight(ResourceKind resource, String party, Role role) {

    public DecisionRight {
        if (resource == null) {
            throw new InvalidInput("resource", "is required");
        }
        if (party == null || party.isBlank()) {
            throw new InvalidInput("party", "is required");
        }
        if (role == null) {
            throw new InvalidInput("role", "is required");
        }
    }
}
