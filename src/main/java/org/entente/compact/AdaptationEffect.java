package org.entente.compact;

import org.entente.shared.Labelled;

/** What a declared adaptation does to a provision. Core protections accept only STRENGTHENS and OTHER. */
@Labelled("effect")
public enum AdaptationEffect {
    NARROWS_SCOPE, DEFERS, STRENGTHENS, OTHER;

    boolean weakens() {
        return this == NARROWS_SCOPE || this == DEFERS;
    }
}
