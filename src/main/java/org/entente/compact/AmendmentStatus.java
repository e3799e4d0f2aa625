package org.entente.compact;

/** An amendment is open for comments until its date, then adopted as a new module version or rejected. */
public enum AmendmentStatus {
    OPEN_FOR_COMMENT, ADOPTED, REJECTED
}
