package org.entente.grievance;

import java.util.Optional;

import org.entente.shared.Labelled;
import org.entente.shared.Role;

/** Where a case stands, in the order a case moves; a case may close at any stage. */
@Labelled("grievance.stage")
public enum Stage {
    RECEIVED(Role.MEDIATOR), TRIAGED(Role.MEDIATOR), MEDIATION(Role.MEDIATOR), OMBUDSPERSON(Role.OMBUDSPERSON),
    REGIONAL_PANEL(Role.PANEL_MEMBER), CLOSED(null);

    private final Role handledBy;

    Stage(Role handledBy) {
        this.handledBy = handledBy;
    }

    /** The role whose queue holds a case at this stage. */
    public Role handledBy() {
        return handledBy;
    }

    /** The queue a case at this stage escalates to when it misses its target; none after the panel. */
    public Optional<Stage> next() {
        return switch (this) {
            case RECEIVED -> Optional.of(TRIAGED);
            case TRIAGED -> Optional.of(MEDIATION);
            case MEDIATION -> Optional.of(OMBUDSPERSON);
            case OMBUDSPERSON -> Optional.of(REGIONAL_PANEL);
            case REGIONAL_PANEL, CLOSED -> Optional.empty();
        };
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
