package org.entente.compact;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A milestone of implementation, due a number of days after a party's adherence takes effect. Phases are ordered by
 * their offsets; a party may set its own dates.
 */
@Table("phase")
public record Phase(String name, int dueOffsetDays) {

    public Phase {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidInput.requiredAtMost("name", 200);
        }
        name = name.strip();
        if (dueOffsetDays < 0 || dueOffsetDays > 3650) {
            throw new InvalidInput("dueOffsetDays", "must be between 0 and 3650");
        }
    }
}
