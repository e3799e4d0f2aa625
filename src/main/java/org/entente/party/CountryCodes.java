package org.entente.party;

import java.util.Locale;
import java.util.Set;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;

/**
 * The code rule for parties. A state's code is an ISO 3166-1 alpha-3 code: either officially assigned, or from
 * the user-assigned ranges (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ) that ISO reserves for entities it does not list,
 * which is what training and demo data use for fictional states. No other body may take a country's code.
 */
final class CountryCodes {

    private static final Set<String> ASSIGNED = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private CountryCodes() {
    }

    static boolean isAssigned(String code) {
        return ASSIGNED.contains(code);
    }

    static boolean isUserAssigned(String code) {
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        return code.startsWith("AA") || code.startsWith("X") || code.startsWith("ZZ")
                || (code.charAt(0) == 'Q' && code.charAt(1) >= 'M');
    }

    static void check(PartyKind kind, PartyCode code) {
        String value = code.value();
        if (kind == PartyKind.STATE && !isAssigned(value) && !isUserAssigned(value)) {
            throw new InvalidInput("code", "a state's code must be an ISO 3166-1 alpha-3 code (or a user-assigned X.. code)");
        }
        if (kind != PartyKind.STATE && (isAssigned(value) || isUserAssigned(value))) {
            throw new InvalidInput("code", "only a state may use an ISO 3166-1 alpha-3 country code");
        }
    }
}
