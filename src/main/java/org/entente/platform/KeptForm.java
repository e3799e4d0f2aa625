package org.entente.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person typed into a form that was refused, kept for the page that shows the form again: each field as
 * typed, date-time fields included, so that nothing has to be entered twice. Pages read it as {@code kept}:
 * {@code th:value="${kept?.get('note')}"}, or {@code kept.get('quantity', 2)} for the third of repeated fields.
 * Passwords and tokens are never kept.
 */
public final class KeptForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<String>> values;

    private KeptForm(Map<String, List<String>> values) {
        this.values = values;
    }

    static KeptForm of(Map<String, String[]> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, given) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lower.contains("password") && !lower.contains("token") && !lower.startsWith("_")) {
                values.put(name, new ArrayList<>(List.of(given)));
            }
        });
        return new KeptForm(values);
    }

    /** The first value typed for this field, or null. */
    public String get(String name) {
        return get(name, 0);
    }

    /** The value typed in the n-th field of this name (counting from 0), or null. */
    public String get(String name, int n) {
        List<String> given = values.get(name);
        return given == null || n >= given.size() ? null : given.get(n);
    }

    /** Whether this value was among those typed or ticked for this field (a checkbox, a multiple choice). */
    public boolean has(String name, Object value) {
        List<String> given = values.get(name);
        return given != null && value != null && given.contains(value.toString());
    }
}
