package org.entente.grievance;

import org.entente.shared.Labelled;

/** What happened to the worker, in the words the intake form offers. */
@Labelled("grievance.category")
public enum Category {
    UNPAID_WAGES, RECRUITMENT_FEES, PASSPORT_KEPT, CONTRACT_SUBSTITUTED, UNSAFE_WORK, HARASSMENT_OR_VIOLENCE,
    DISCRIMINATION, OTHER;

    /** Cases where the worker may be in danger: flagged for a response the same day. */
    public boolean concernsSafety() {
        return this == HARASSMENT_OR_VIOLENCE || this == UNSAFE_WORK;
    }
}
