package org.entente.recruitment;

import org.entente.shared.Labelled;

/**
 * Whether a recruiter may recruit for a corridor on a day: licensed, its licence suspended or revoked, expired (or
 * not yet valid), or no licence for that corridor at all.
 */
@Labelled("recruitment.standing")
public enum Standing {
    LICENSED, SUSPENDED, REVOKED, EXPIRED, NOT_LICENSED;

    public boolean mayRecruit() {
        return this == LICENSED;
    }
}
