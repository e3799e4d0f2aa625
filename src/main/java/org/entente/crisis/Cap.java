package org.entente.crisis;

import java.util.Locale;

import org.entente.shared.Labelled;

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

    @Labelled("cap.status")
    public enum Status implements Value { ACTUAL, EXERCISE, SYSTEM, TEST, DRAFT }

    @Labelled("cap.msgType")
    public enum MsgType implements Value { ALERT, UPDATE, CANCEL }

    /** Public alerts are open to all; restricted ones go to logged-in partners. */
    @Labelled("cap.scope")
    public enum Scope implements Value { PUBLIC, RESTRICTED }

    @Labelled("cap.category")
    public enum Category implements Value {
        GEO, MET, SAFETY, SECURITY, RESCUE, FIRE, HEALTH, ENV, TRANSPORT, INFRA, CBRNE, OTHER
    }

    @Labelled("cap.urgency")
    public enum Urgency implements Value { IMMEDIATE, EXPECTED, FUTURE, PAST, UNKNOWN }

    @Labelled("cap.severity")
    public enum Severity implements Value { EXTREME, SEVERE, MODERATE, MINOR, UNKNOWN }

    @Labelled("cap.certainty")
    public enum Certainty implements Value { OBSERVED, LIKELY, POSSIBLE, UNLIKELY, UNKNOWN }
}
