package org.entente.compact;

import java.util.EnumSet;
import java.util.Set;

import org.entente.shared.Labelled;

/** The lifecycle of a compact, with its allowed transitions written down once. */
@Labelled("compact.status")
public enum CompactStatus {
    DRAFT, OPEN_FOR_ADHERENCE, IN_FORCE, SUSPENDED, TERMINATED;

    Set<CompactStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN_FOR_ADHERENCE, TERMINATED);
            case OPEN_FOR_ADHERENCE -> EnumSet.of(IN_FORCE, SUSPENDED, TERMINATED);
            case IN_FORCE -> EnumSet.of(SUSPENDED, TERMINATED);
            case SUSPENDED -> EnumSet.of(OPEN_FOR_ADHERENCE, IN_FORCE, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(CompactStatus.class);
        };
    }

    public boolean canBecome(CompactStatus target) {
        return next().contains(target);
    }

    /** Whether parties may still declare adherence. */
    public boolean acceptsAdherence() {
        return this == OPEN_FOR_ADHERENCE || this == IN_FORCE;
    }
}
