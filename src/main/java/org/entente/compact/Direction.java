package org.entente.compact;

/** Which way an indicator should move; WITHIN_RANGE needs a range. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE
}
