package org.entente.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;

/**
 * A revision trigger of a compact, in the shape of a DHIS2 validation rule: for {@link Kind#THRESHOLD}, a left side
 * (an indicator's latest verified value, or its change over {@code periods} periods), an {@link Operator} and a right
 * side (a number, the party's target or its baseline); the rule fires for a party when "left operator right" holds.
 * {@link Kind#MISSED_REPORTS} fires when {@code periods} consecutive reports of an indicator are missing after their
 * due date; {@link Kind#DISPUTE_UNRESOLVED} when a disputed value is not corrected within {@code periods} days.
 * A firing rule opens a {@link ReviewItems review item} of its {@link Opens} kind and {@link Importance}.
 *
 * @param module the module it watches, or null for every module of the compact (not for a threshold)
 * @param indicator the indicator of a threshold; for the other kinds, null for every indicator of the module
 */
public record TriggerRule(String code, String name, Kind kind, String module, String indicator, LeftSide left,
        Integer periods, Operator operator, RightSide right, Double number, Importance importance, Opens opens) {

    @Labelled("trigger.kind")
    public enum Kind { THRESHOLD, MISSED_REPORTS, DISPUTE_UNRESOLVED }

    /** The left side of a threshold: the latest verified value, or its change over some periods. */
    @Labelled("trigger.left")
    public enum LeftSide { VALUE, CHANGE }

    @Labelled("trigger.right")
    public enum RightSide { NUMBER, TARGET, BASELINE }

    @Labelled("trigger.importance")
    public enum Importance { HIGH, MEDIUM, LOW }

    /** What a firing rule opens. */
    @Labelled("trigger.opens")
    public enum Opens { FOLLOW_UP, COMMITMENT_REVIEW, MODULE_REVISION }

    /** DHIS2's operators of validation rules. */
    @Labelled("trigger.operator")
    public enum Operator {
        LESS_THAN("<"), LESS_THAN_OR_EQUAL_TO("≤"), GREATER_THAN(">"), GREATER_THAN_OR_EQUAL_TO("≥"), EQUAL_TO("="),
        NOT_EQUAL_TO("≠");

        private final String sign;

        Operator(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }

        public boolean holds(double left, double right) {
            return switch (this) {
                case LESS_THAN -> left < right;
                case LESS_THAN_OR_EQUAL_TO -> left <= right;
                case GREATER_THAN -> left > right;
                case GREATER_THAN_OR_EQUAL_TO -> left >= right;
                case EQUAL_TO -> Math.abs(left - right) < 1e-9;
                case NOT_EQUAL_TO -> Math.abs(left - right) >= 1e-9;
            };
        }
    }

    /** The codes of the two rules every compact has from the start. */
    public static final String MISSED = "MISSED_REPORTS";
    public static final String DISPUTE = "DISPUTE_UNRESOLVED";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_.-]{1,39}");

    public TriggerRule {
        List<InvalidInput> found = new ArrayList<>();
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
        if (code == null || !CODE.matcher(code).matches()) {
            found.add(InvalidInput.coded("code", "must be 2-40 upper-case letters, digits, dots, hyphens or "
                    + "underscores, starting with a letter", "monitoring.invalid.ruleCode"));
        }
        if (name == null || name.isEmpty() || name.length() > 300) {
            found.add(InvalidInput.requiredAtMost("name", 300));
        }
        if (kind == null) {
            found.add(InvalidInput.required("kind"));
        }
        if (importance == null) {
            found.add(InvalidInput.required("importance"));
        }
        if (opens == null) {
            found.add(InvalidInput.required("opens"));
        }
        module = blankToNull(module);
        indicator = blankToNull(indicator);
        if (kind == Kind.THRESHOLD) {
            if (indicator == null) {
                found.add(InvalidInput.coded("indicator", "a threshold watches one indicator", "invalid.required"));
            }
            if (left == null) {
                found.add(InvalidInput.required("left"));
            }
            if (left == LeftSide.CHANGE && (periods == null || periods < 1 || periods > 40)) {
                found.add(InvalidInput.between("periods", 1, 40));
            }
            if (left == LeftSide.VALUE) {
                periods = null;
            }
            if (operator == null) {
                found.add(InvalidInput.required("operator"));
            }
            if (right == null) {
                found.add(InvalidInput.required("right"));
            } else if (right == RightSide.NUMBER && (number == null || !Double.isFinite(number))) {
                found.add(InvalidInput.coded("number", "is required, a number", "invalid.number"));
            } else if (right == RightSide.NUMBER && Math.abs(number) > ValueChecks.MOST) {
                found.add(InvalidInput.between("number", (long) -ValueChecks.MOST, (long) ValueChecks.MOST));
            }
            if (right != RightSide.NUMBER) {
                number = null;
            }
        } else if (kind != null) {
            int most = kind == Kind.MISSED_REPORTS ? 12 : 730;
            if (periods == null || periods < 1 || periods > most) {
                found.add(InvalidInput.between("periods", 1, most));
            }
            left = null;
            operator = null;
            right = null;
            number = null;
        }
        InvalidInput.throwIfAny(found);
    }

    /** Two consecutive missed reports of any indicator. */
    static TriggerRule missedReports() {
        return new TriggerRule(MISSED, "Two consecutive reports missed", Kind.MISSED_REPORTS, null, null, null, 2,
                null, null, null, Importance.HIGH, Opens.COMMITMENT_REVIEW);
    }

    /** A disputed value not corrected within 60 days. */
    static TriggerRule disputeUnresolved() {
        return new TriggerRule(DISPUTE, "A disputed value unresolved for 60 days", Kind.DISPUTE_UNRESOLVED, null, null,
                null, 60, null, null, null, Importance.MEDIUM, Opens.FOLLOW_UP);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
