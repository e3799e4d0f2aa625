package org.entente.monitoring;

import org.entente.shared.Labelled;

/**
 * A submission awaits a monitor, then is verified (with or without a note) or disputed; the secretariat may re-open
 * a verified one, with a documented reason, so that its values can be corrected.
 */
@Labelled("submission.status")
public enum SubmissionStatus {
    SUBMITTED, VERIFIED, VERIFIED_WITH_NOTE, DISPUTED, REOPENED
}
