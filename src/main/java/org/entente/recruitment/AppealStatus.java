package org.entente.recruitment;

import org.entente.shared.Labelled;

/** Where an appeal against a sanction stands. A sanction is final once no appeal is possible or pending. */
@Labelled("recruitment.appeal")
public enum AppealStatus {
    OPEN_FOR_APPEAL, APPEALED, UPHELD, OVERTURNED, FINAL;

    /** Whether the sanction holds and may be published: final, or upheld on appeal. */
    public boolean isFinal() {
        return this == FINAL || this == UPHELD;
    }
}
