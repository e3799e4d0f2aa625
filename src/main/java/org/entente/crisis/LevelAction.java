package org.entente.crisis;

import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

/** An action a level mandates: what to do, which role of the lead party owns it, and how many hours it has. */
@Table("level_action")
public record LevelAction(String level, String title, Role ownerRole, int deadlineHours) {

    public LevelAction {
        java.util.List<InvalidInput> found = new java.util.ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 300) {
            found.add(InvalidInput.requiredAtMost("title", 300));
        }
        if (ownerRole == null) {
            found.add(InvalidInput.coded("ownerRole", "is required", "invalid.choose"));
        }
        if (deadlineHours < 1 || deadlineHours > 24 * 90) {
            found.add(InvalidInput.between("deadlineHours", 1, 24 * 90));
        }
        InvalidInput.throwIfAny(found);
    }
}
