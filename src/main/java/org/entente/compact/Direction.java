package org.entente.compact;

import org.entente.shared.Labelled;

/** Which way an indicator should move; WITHIN_RANGE needs a range. */
@Labelled("direction")
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE
}
