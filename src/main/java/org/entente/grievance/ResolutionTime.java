package org.entente.grievance;

import java.time.Duration;

import org.entente.shared.Labelled;

/** How long a closed case took, from filing to closing, in the bands the public statistics use. */
@Labelled("grievance.resolution")
public enum ResolutionTime {
    WITHIN_30_DAYS, WITHIN_90_DAYS, WITHIN_180_DAYS, OVER_180_DAYS;

    static ResolutionTime of(Duration took) {
        long days = took.toDays();
        return days <= 30 ? WITHIN_30_DAYS : days <= 90 ? WITHIN_90_DAYS : days <= 180 ? WITHIN_180_DAYS
                : OVER_180_DAYS;
    }
}
