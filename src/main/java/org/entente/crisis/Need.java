package org.entente.crisis;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/** A need in one sector and the gap the reporting party cannot cover. */
@Table("sitrep_need")
public record Need(Sector sector, String need, String gap) {

    public Need {
        if (sector == null) {
            throw new InvalidInput("sector", "is required");
        }
        if (need == null || need.isBlank() || need.length() > 1000) {
            throw new InvalidInput("need", "is required, at most 1000 characters");
        }
        if (gap != null && gap.length() > 1000) {
            throw new InvalidInput("gap", "must be at most 1000 characters");
        }
    }
}
