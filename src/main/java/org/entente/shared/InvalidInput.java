package org.entente.shared;

import java.util.List;

/** Input that breaks a rule; names the offending field so that an API client or a form can point at it. */
public class InvalidInput extends RuntimeException {

    /** One offending field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The same problems, each field prefixed, for errors found in a nested object ({@code focalPoints[2].email}). */
    public InvalidInput under(String prefix) {
        return new InvalidInput(problems.stream()
                .map(p -> new FieldProblem(p.field().isEmpty() ? prefix : prefix + "." + p.field(), p.message()))
                .toList());
    }

    /** A value that breaks a rule before anyone knows its field; whoever reads it names the field (see under). */
    public static InvalidInput ofValue(String message) {
        return new InvalidInput("", message);
    }
}
