package org.entente.shared;

/**
 * How widely a record may be read. Ordered from the widest audience to the narrowest.
 *
 * <ul>
 *   <li>{@code PUBLIC}: anyone, without logging in.</li>
 *   <li>{@code PARTNERS}: any logged-in member of a party.</li>
 *   <li>{@code RESTRICTED}: the owner, and the parties on the owner's sharing rule for that kind of data.</li>
 *   <li>{@code CONFIDENTIAL}: the owner and the recipient parties named on the record.</li>
 * </ul>
 */
@Labelled("classification")
public enum Classification {
    PUBLIC, PARTNERS, RESTRICTED, CONFIDENTIAL;

    public boolean isNarrowerThan(Classification other) {
        return compareTo(other) > 0;
    }
}
