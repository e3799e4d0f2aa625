package org.entente.crisis;

import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.data.relational.core.mapping.Table;

/** An action a level mandates: what to do, which role of the lead party owns it, and how many hours it has. */
@Table("level_action")
public record LevelAction(String level, String title, Role ownerRole, int deadlineHours) {

    public LevelAction {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInput.requiredAtMost("title", 300);
        }
        if (ownerRole == null) {
            throw InvalidInput.required("ownerRole");
        }
        if (deadlineHours < 1 || deadlineHours > 24 * 90) {
            throw new InvalidInput("deadlineHours", "must be from 1 hour to 90 days");
        }
    }
}
