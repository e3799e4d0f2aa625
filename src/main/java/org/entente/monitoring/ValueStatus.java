package org.entente.monitoring;

import org.entente.shared.Labelled;

/** Where a reported value stands: reported, verified (with or without a note), or disputed by the monitor. */
@Labelled("value.status")
public enum ValueStatus {
    REPORTED, VERIFIED, VERIFIED_WITH_NOTE, DISPUTED;

    /** A verified value is locked: only a documented re-opening by the secretariat changes it. */
    public boolean isVerified() {
        return this == VERIFIED || this == VERIFIED_WITH_NOTE;
    }
}
