package org.entente.shared;

import java.util.List;

/**
 * The command clashes with the current state: a duplicate code, a stale version, an illegal transition. A conflict
 * made by {@link #coded} also carries a message code with its arguments, so a page can say it in the reader's
 * language; the English message stays for the API.
 */
public class Conflict extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public Conflict(String message) {
        this(message, null, List.of());
    }

    private Conflict(String message, String code, List<Object> args) {
        super(message);
        this.code = code;
        this.args = List.copyOf(args);
    }

    public static Conflict coded(String message, String code, Object... args) {
        return new Conflict(message, code, List.of(args));
    }

    /** The message code that says this in any language, or null where only the English message exists. */
    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    /** This conflict as a problem a page shows above its forms. */
    public InvalidInput.FieldProblem asProblem() {
        return new InvalidInput.FieldProblem("", getMessage(), code, args);
    }
}
