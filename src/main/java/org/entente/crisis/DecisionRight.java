package org.entente.crisis;

import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

/** Which party's role decides priorities for one kind of resource in a crisis. */
@Table("decision_right")
public record DecisionRight(ResourceKind resource, String party, Role role) {

    public DecisionRight {
        if (resource == null) {
            throw InvalidInput.required("resource");
        }
        if (party == null || party.isBlank()) {
            throw InvalidInput.required("party");
        }
        if (role == null) {
            throw InvalidInput.required("role");
        }
    }
}
