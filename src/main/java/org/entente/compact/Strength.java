package org.entente.compact;

/** How binding a provision is: an obligation, a recommendation, or a permission. */
public enum Strength {
    SHALL, SHOULD, MAY
}
