package org.entente.compact;

import org.entente.shared.Labelled;

/** An amendment is open for comments until its date, then adopted as a new module version or rejected. */
@Labelled("amendment.status")
public enum AmendmentStatus {
    OPEN_FOR_COMMENT, ADOPTED, REJECTED
}
