package org.entente.compact;

/** What a declared adaptation does to a provision. Core protections accept only STRENGTHENS and OTHER. */
public enum AdaptationEffect {
    NARROWS_SCOPE, DEFERS, STRENGTHENS, OTHER;

    boolean weakens() {
        return this == NARROWS_SCOPE || this == DEFERS;
    }
}
