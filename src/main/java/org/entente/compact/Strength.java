package org.entente.compact;

import org.entente.shared.Labelled;

/** How binding a provision is: an obligation, a recommendation, or a permission. */
@Labelled("strength")
public enum Strength {
    SHALL, SHOULD, MAY
}
