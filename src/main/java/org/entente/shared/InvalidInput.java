package org.entente.shared;

import java.util.List;

/**
 * Input that breaks a rule; names the offending field so that an API client or a form can point at it. A problem made
 * by one of the factories below also carries a message code ({@code invalid.required}, …) with its arguments, so a
 * page can say it in the reader's language; the English message stays for the API and for problems without a code.
 */
public class InvalidInput extends RuntimeException {

    /** One offending field, what is wrong with it in English, and the message code that says it in any language. */
    public record FieldProblem(String field, String message, String code, List<Object> args)
            implements java.io.Serializable {

        public FieldProblem {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public FieldProblem(String field, String message) {
            this(field, message, null, List.of());
        }

        FieldProblem under(String prefix) {
            return new FieldProblem(field.isEmpty() ? prefix : prefix + "." + field, message, code, args);
        }
    }

    private final List<FieldProblem> problems;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** A problem with a module's own message code; the module's bundles say it in every language. */
    public static InvalidInput coded(String field, String message, String code, Object... args) {
        return new InvalidInput(List.of(coded(field, message, code, List.of(args))));
    }

    private static FieldProblem coded(String field, String message, String code, List<Object> args) {
        return new FieldProblem(field, message, code, args);
    }

    /** All problems of several checks at once, so that a form shows every one of them, not the first. */
    public static void throwIfAny(List<InvalidInput> found) {
        if (!found.isEmpty()) {
            // One problem per field: the first found says it (a form's own reading before the rule's).
            java.util.Set<String> fields = new java.util.HashSet<>();
            throw new InvalidInput(found.stream().flatMap(e -> e.problems().stream())
                    .filter(p -> fields.add(p.field())).toList());
        }
    }

    /** Nothing was given where something must be. */
    public static InvalidInput required(String field) {
        return coded(field, "is required", "invalid.required");
    }

    /** Required, and no longer than so many characters. */
    public static InvalidInput requiredAtMost(String field, int characters) {
        return coded(field, "is required, at most " + characters + " characters", "invalid.requiredAtMost", characters);
    }

    /** Longer than so many characters. */
    public static InvalidInput tooLong(String field, int characters) {
        return coded(field, "must be at most " + characters + " characters", "invalid.tooLong", characters);
    }

    /** Not a number where one belongs. */
    public static InvalidInput notANumber(String field) {
        return coded(field, "must be a number", "invalid.number");
    }

    /** Not a date and time where one belongs. */
    public static InvalidInput notADateTime(String field) {
        return coded(field, "must be a date and time", "invalid.dateTime");
    }

    /** Not a date where one belongs. */
    public static InvalidInput notADate(String field) {
        return coded(field, "must be a date (YYYY-MM-DD)", "invalid.date");
    }

    /** A number below its floor. */
    public static InvalidInput atLeast(String field, Number least) {
        return coded(field, "must be " + least + " or more", "invalid.atLeast", least);
    }

    /** A number outside its range. */
    public static InvalidInput between(String field, Number least, Number most) {
        return coded(field, "must be between " + least + " and " + most, "invalid.between", least, most);
    }

    /** A number that must be more than zero. */
    public static InvalidInput positive(String field) {
        return coded(field, "must be a positive number", "invalid.positive");
    }

    /** A code that names nothing known: no party, commodity or place with it. */
    public static InvalidInput unknown(String field, String value) {
        return coded(field, "nothing is known by " + value, "invalid.unknown", value);
    }

    /** A reason that must be given, at most so many characters. */
    public static InvalidInput reasonRequired(String field, int characters) {
        return coded(field, "say why, at most " + characters + " characters", "invalid.reason", characters);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The same problems, each field prefixed, for errors found in a nested object ({@code focalPoints[2].email}). */
    public InvalidInput under(String prefix) {
        return new InvalidInput(problems.stream().map(p -> p.under(prefix)).toList());
    }

    /** A value that breaks a rule before anyone knows its field; whoever reads it names the field (see under). */
    public static InvalidInput ofValue(String message) {
        return new InvalidInput("", message);
    }
}
