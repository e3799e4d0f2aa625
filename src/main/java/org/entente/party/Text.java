package org.entente.party;

import java.util.LinkedHashSet;
import java.util.Set;

import org.entente.shared.InvalidInput;
import org.entente.shared.LanguageCode;

/** Field checks shared by the party records. */
final class Text {

    private Text() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.required(field);
        }
        return bounded(field, value.strip(), max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(field, value.strip(), max);
    }

    private static String bounded(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInput(field, "must be at most " + max + " characters");
        }
        return value;
    }

    /** Normalises a space- or comma-separated list of language codes, checking each. */
    static String languages(String field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : value.split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    codes.add(LanguageCode.of(part).value());
                } catch (InvalidInput e) {
                    throw new InvalidInput(field, "'" + part + "' is not an ISO 639-1 language code");
                }
            }
        }
        return String.join(" ", codes);
    }
}
