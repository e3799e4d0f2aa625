package org.entente.compact;

import java.time.LocalDate;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/** The date a party sets itself for one implementation phase of a module. */
@Table("phase_date")
public record PhaseDate(String moduleCode, String phaseName, LocalDate dueOn) {

    public PhaseDate {
        if (moduleCode == null || phaseName == null) {
            throw new InvalidInput("phaseName", "is required with its module");
        }
        if (dueOn == null) {
            throw InvalidInput.required("dueOn");
        }
    }
}
