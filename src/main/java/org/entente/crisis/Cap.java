package org.entente.crisis;

import java.util.Locale;

/**
 * The controlled vocabulary of the OASIS Common Alerting Protocol 1.2. Every CAP value is its enum name in title
 * case ({@code EXERCISE} is "Exercise"), except the acronym CBRNE.
 */
public final class Cap {

    private Cap() {
    }

    /** A CAP code list value. */
    interface Value {
        default String cap() {
            String name = ((Enum<?>) this).name();
            return name.equals("CBRNE") ? name : name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
    }

    public enum Status implements Value { ACTUAL, EXERCISE, SYSTEM, TEST, DRAFT }

    public enum MsgType implements Value { ALERT, UPDATE, CANCEL }

    /** Public alerts are open to all; restricted ones go to logged-in partners. */
    public enum Scope implements Value { PUBLIC, RESTRICTED }

    public enum Category implements Value {
        GEO, MET, SAFETY, SECURITY, RESCUE, FIRE, HEALTH, ENV, TRANSPORT, INFRA, CBRNE, OTHER
    }

    public enum Urgency implements Value { IMMEDIATE, EXPECTED, FUTURE, PAST, UNKNOWN }

    public enum Severity implements Value { EXTREME, SEVERE, MODERATE, MINOR, UNKNOWN }

    public enum Certainty implements Value { OBSERVED, LIKELY, POSSIBLE, UNLIKELY, UNKNOWN }
}
