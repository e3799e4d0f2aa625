package org.entente.monitoring;

import org.entente.shared.Labelled;

/** What a monitor finds of a submission. A note is required with a dispute and with a verification that has one. */
@Labelled("verdict")
public enum Verdict {
    VERIFIED, VERIFIED_WITH_NOTE, DISPUTED;

    ValueStatus valueStatus() {
        return ValueStatus.valueOf(name());
    }
}
