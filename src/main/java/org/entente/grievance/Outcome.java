package org.entente.grievance;

import org.entente.shared.Labelled;

/** How a case ended. */
@Labelled("grievance.outcome")
public enum Outcome { RESOLVED_WITH_REMEDY, SETTLED_IN_MEDIATION, DECIDED_BY_PANEL, NOT_SUBSTANTIATED, REFERRED_ELSEWHERE,
    WITHDRAWN, NO_CONTACT }
