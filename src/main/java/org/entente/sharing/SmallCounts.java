package org.entente.sharing;

import java.util.OptionalLong;

/**
 * Suppression of small counts in public aggregates: a count from 1 to {@code THRESHOLD - 1} could point at an
 * individual (three grievances from one small employer), so it is withheld. Zero is shown, because "none" reveals
 * nobody.
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;

    private SmallCounts() {
    }

    public static OptionalLong publishable(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        return count == 0 || count >= THRESHOLD ? OptionalLong.of(count) : OptionalLong.empty();
    }
}
