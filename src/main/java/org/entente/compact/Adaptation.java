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
            throw InvalidInput.required("moduleCode");
        }
        if (provisionNumber == null || provisionNumber.isBlank()) {
            throw InvalidInput.required("provisionNumber");
        }
        if (effect == null) {
            throw new InvalidInput("effect", "is required (NARROWS_SCOPE, DEFERS, STRENGTHENS or OTHER)");
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw InvalidInput.requiredAtMost("text", 2000);
        }
        if (scope != null && scope.length() > 500) {
            throw InvalidInput.tooLong("scope", 500);
        }
        text = text.strip();
        scope = scope == null || scope.isBlank() ? null : scope.strip();
    }
}
