package org.entente.grievance;

import org.entente.shared.Labelled;

/** What a worker obtained, or is owed. Back pay and fee refunds carry an amount and currency. */
@Labelled("grievance.remedy")
public enum RemedyKind {
    BACK_PAY, FEE_REFUND, DOCUMENT_RETURNED, CONTRACT_CORRECTED, RELOCATION, APOLOGY, REFERRAL_FOR_SANCTION, NONE;

    public boolean hasAmount() {
        return this == BACK_PAY || this == FEE_REFUND;
    }
}
