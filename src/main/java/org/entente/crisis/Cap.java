package org.entente.crisis;

/**
 * The controlled vocabulary of the OASIS Common Alerting Protocol 1.2, each value with its exact CAP spelling.
 */
public final class Cap {

    private Cap() {
    }

    /** A CAP code list value. */
    interface Value {
        String cap();
    }

    public enum Status implements Value {
        ACTUAL("Actual"), EXERCISE("Exercise"), SYSTEM("System"), TEST("Test"), DRAFT("Draft");

        private final String cap;

        Status(String cap) {
            this.cap = cap;
        }

        @Override
        public String cap() {
            return cap;
        }
    }

    public enum MsgType implements Value {
        ALERT("Alert"), UPDATE("Update"), CANCEL("Cancel");

        private final String cap;

        MsgType(String cap) {
            this.cap = cap;
        }

        @Override
        public String cap() {
            return cap;
        }
    }

    /** Public alerts are open to all; restricted ones go to logged-in partners. */
    public enum Scope implements Value {
        PUBLIC("Public"), RESTRICTED("Restricted");

        private final String cap;

        Scope(String cap) {
            this.cap = cap;
        }

        @Override
        public String cap() {
            return cap;
        }
    }

    public enum Category implements Value {
        GEO("Geo"), MET("Met"), SAFETY("Safety"), SECURITY("Security"), RESCUE("Rescue"), FIRE("Fire"),
        HEALTH("Health"), ENV("Env"), TRANSPORT("Transport"), INFRA("Infra"), CBRNE("CBRNE"), OTHER("Other");

        private final String cap;

        Category(String cap) {
            this.cap = cap;
        }

        @Override
        public String cap() {
            return cap;
        }
    }

    public enum Urgency implements Value {
        IMMEDIATE("Immediate"), EXPECTED("Expected"), FUTURE("Future"), PAST("Past"), UNKNOWN("Unknown");

        private final String cap;

        Urgency(String cap) {
            this.cap = cap;
        }

        @Override
        public String cap() {
            return cap;
        }
    }

    public enum Severity implements Value {
        EXTREME("Extreme"), SEVERE("Severe"), MODERATE("Moderate"), MINOR("Minor"), UNKNOWN("Unknown");

        private final String cap;

        Severity(String cap) {
            this.cap = cap;
        }

        @Override
        public String cap() {
            return cap;
        }
    }

    public enum Certainty implements Value {
        OBSERVED("Observed"), LIKELY("Likely"), POSSIBLE("Possible"), UNLIKELY("Unlikely"), UNKNOWN("Unknown");

        private final String cap;

        Certainty(String cap) {
            this.cap = cap;
        }

        @Override
        public String cap() {
            return cap;
        }
    }
}
