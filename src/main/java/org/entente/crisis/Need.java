package org.entente.crisis;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/** A need in one sector and the gap the reporting party cannot cover. */
@Table("sitrep_need")
public record Need(Sector sector, String need, String gap) {

    public Need {
        if (sector == null) {
            throw InvalidInput.required("sector");
        }
        if (need == null || need.isBlank() || need.length() > 1000) {
            throw InvalidInput.requiredAtMost("need", 1000);
        }
        if (gap != null && gap.length() > 1000) {
            throw InvalidInput.tooLong("gap", 1000);
        }
    }
}
