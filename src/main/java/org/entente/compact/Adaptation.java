package org.entente.compact;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A country-specific adaptation of one provision: what the party will do differently, where (sectors, regions),
 * and its effect on the provision.
 */
@Table("adaptation")
public record Adaptation(String moduleCode, String provisionNumber, AdaptationEffect effect, String scope, String text) {

    public Adaptation {
        if (moduleCode == null || moduleCode.isBlank()) {
            throw new InvalidInput("moduleCode", "is required");
        }
        if (provisionNumber == null || provisionNumber.isBlank()) {
            throw new InvalidInput("provisionNumber", "is required");
        }
        if (effect == null) {
            throw new InvalidInput("effect", "is required (NARROWS_SCOPE, DEFERS, STRENGTHENS or OTHER)");
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidInput("text", "is required, at most 2000 characters");
        }
        if (scope != null && scope.length() > 500) {
            throw new InvalidInput("scope", "must be at most 500 characters");
        }
        text = text.strip();
        scope = scope == null || scope.isBlank() ? null : scope.strip();
    }
}
