package org.entente.platform;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Repeated form fields (one per row of a form), read as the browser sent them. Binding them to a list parameter
 * would split a lone value at its commas, so "Leave now, go uphill" would become two rows.
 */
public final class FormFields {

    private FormFields() {
    }

    public static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    /**
     * A number typed in a form, with a comma or a point for decimals and spaces between digits ("1 250,5"); blank
     * is null; anything else is a problem at its field, added to {@code found}, and null.
     */
    public static Double decimal(String typed, String field, List<org.entente.shared.InvalidInput> found) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip().replace(" ", "").replace(",", "."));
        } catch (NumberFormatException e) {
            found.add(org.entente.shared.InvalidInput.notANumber(field));
            return null;
        }
    }

    /** The i-th value, or null when that row has none or left it blank. */
    public static String at(List<String> values, int i) {
        return i >= values.size() || values.get(i) == null || values.get(i).isBlank() ? null : values.get(i);
    }

    /** One of an enum's values chosen in a form; none or another is a problem at its field, and null. */
    public static <E extends Enum<E>> E choice(Class<E> type, String typed, String field,
            List<org.entente.shared.InvalidInput> found) {
        try {
            return Enum.valueOf(type, typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            found.add(org.entente.shared.InvalidInput.coded(field, "is required", "invalid.choose"));
            return null;
        }
    }

    /** As {@link #choice}, where choosing nothing is allowed: blank is null. */
    public static <E extends Enum<E>> E optionalChoice(Class<E> type, String typed, String field,
            List<org.entente.shared.InvalidInput> found) {
        return typed == null || typed.isBlank() ? null : choice(type, typed, field, found);
    }

    /** A whole number typed in a form; blank is null; anything else is a problem at its field, and null. */
    public static Integer integer(String typed, String field, List<org.entente.shared.InvalidInput> found) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip().replace(" ", ""));
        } catch (NumberFormatException e) {
            found.add(org.entente.shared.InvalidInput.coded(field, "must be a whole number", "invalid.number"));
            return null;
        }
    }
}
