package org.entente.compact;

import java.time.LocalDate;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/** A party's own baseline and target for one indicator of a module it adheres to. */
@Table("indicator_target")
public record IndicatorTarget(String moduleCode, String indicatorCode, Double baseline, Integer baselineYear,
        Double target, LocalDate targetDate) {

    public IndicatorTarget {
        if (moduleCode == null || indicatorCode == null) {
            throw new InvalidInput("indicatorCode", "is required with its module");
        }
        if (baseline == null || !Double.isFinite(baseline)) {
            throw InvalidInput.required("baseline");
        }
        if (target == null || !Double.isFinite(target)) {
            throw InvalidInput.required("target");
        }
        if (baselineYear != null && (baselineYear < 1990 || baselineYear > 2100)) {
            throw new InvalidInput("baselineYear", "must be a year from 1990 to 2100");
        }
    }
}
