package org.entente.shared;

import java.util.Locale;
import java.util.Set;

/** A two-letter ISO 639-1 language code, lower case ({@code en}, {@code fr}, {@code ar}). */
public record LanguageCode(String value) {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public LanguageCode {
        if (value == null || !ISO_639_1.contains(value)) {
            throw new InvalidInput("language", "'" + value + "' is not an ISO 639-1 language code");
        }
    }

    public static LanguageCode of(String value) {
        return new LanguageCode(value == null ? null : value.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
