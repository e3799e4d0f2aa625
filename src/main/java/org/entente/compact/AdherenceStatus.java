package org.entente.compact;

import java.util.EnumSet;
import java.util.Set;

import org.entente.shared.Labelled;

/**
 * The lifecycle of a party's adherence. A focal point DECLARES; the secretariat ACCEPTS or RETURNS it with
 * reasons; an accepted adherence becomes ACTIVE when the compact is in force. Withdrawal from a binding adherence
 * takes effect after the compact's notice period; a declaration not yet accepted is simply withdrawn.
 */
@Labelled("adherence.status")
public enum AdherenceStatus {
    DECLARED, RETURNED, ACCEPTED, ACTIVE, WITHDRAWAL_NOTIFIED, WITHDRAWN;

    Set<AdherenceStatus> next() {
        return switch (this) {
            case DECLARED -> EnumSet.of(ACCEPTED, ACTIVE, RETURNED, WITHDRAWN);
            case RETURNED -> EnumSet.of(DECLARED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ACTIVE, WITHDRAWAL_NOTIFIED);
            case ACTIVE -> EnumSet.of(WITHDRAWAL_NOTIFIED);
            case WITHDRAWAL_NOTIFIED -> EnumSet.of(WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(DECLARED);
        };
    }

    public boolean canBecome(AdherenceStatus target) {
        return next().contains(target);
    }

    /** Whether the party is bound (counts towards entry into force and appears as committed). */
    public boolean isBinding() {
        return this == ACCEPTED || this == ACTIVE || this == WITHDRAWAL_NOTIFIED;
    }

    /** Whether the declaration may still be revised by the party. */
    public boolean isRevisable() {
        return this == DECLARED || this == RETURNED || this == WITHDRAWN;
    }
}
