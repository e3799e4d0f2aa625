package org.entente.shared;

import java.util.regex.Pattern;

/**
 * The stable, human-readable code of a party: ISO 3166-1 alpha-3 for states, an acronym for other bodies.
 * Upper-case letters, digits and hyphens, 2 to 20 characters, starting with a letter.
 */
public record PartyCode(String value) implements Comparable<PartyCode>, java.io.Serializable {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

    public PartyCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidInput("code", "must be 2-20 upper-case letters, digits or hyphens, starting with a letter");
        }
    }

    public static PartyCode of(String value) {
        return new PartyCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public int compareTo(PartyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
