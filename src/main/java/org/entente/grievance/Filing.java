package org.entente.grievance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.shared.InvalidInput;

/**
 * A grievance as the worker files it, by the form, the API or an SMS exchange. Only the category, the narrative,
 * the two countries, the language and the passphrase are needed; everything that identifies the worker is optional
 * and, when given, sealed. Without a contact the worker is reached only through the follow-up page.
 */
public record Filing(Category category, String narrative, String countryFrom, String countryTo, String language,
        String passphrase, String contact, String name, String passportNumber, String employer, String recruiter,
        String where, String when, Boolean consentToReveal) {

    static final int NARRATIVE = 8000;
    static final int SHORT = 200;
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** The same filing, trimmed and upper-cased where codes are, and checked: every problem at once. */
    public Filing checked() {
        List<InvalidInput> found = new ArrayList<>();
        if (category == null) {
            found.add(InvalidInput.required("category"));
        }
        String story = trim(narrative);
        if (story == null || story.length() > NARRATIVE) {
            found.add(InvalidInput.requiredAtMost("narrative", NARRATIVE));
        }
        String from = country(countryFrom, "countryFrom", found);
        String to = country(countryTo, "countryTo", found);
        String lang = trim(language) == null ? null : language.strip().toLowerCase(Locale.ROOT);
        if (lang == null || !LANGUAGES.contains(lang)) {
            found.add(InvalidInput.coded("language", "must be an ISO 639-1 language code", "grievance.language"));
        }
        if (passphrase == null || ReceiptCodes.canonicalPassphrase(passphrase).length() < ReceiptCodes.MIN_PASSPHRASE
                || passphrase.length() > ReceiptCodes.MAX_PASSPHRASE) {
            found.add(InvalidInput.coded("passphrase", "must be 6 to 200 characters", "grievance.passphrase",
                    ReceiptCodes.MIN_PASSPHRASE, ReceiptCodes.MAX_PASSPHRASE));
        }
        String[] optional = {contact, name, passportNumber, employer, recruiter, where, when};
        String[] fields = {"contact", "name", "passportNumber", "employer", "recruiter", "where", "when"};
        for (int i = 0; i < optional.length; i++) {
            if (optional[i] != null && optional[i].length() > SHORT) {
                found.add(InvalidInput.tooLong(fields[i], SHORT));
            }
        }
        InvalidInput.throwIfAny(found);
        return new Filing(category, story, from, to, lang, passphrase, trim(contact), trim(name),
                trim(passportNumber), trim(employer), trim(recruiter), trim(where), trim(when),
                Boolean.TRUE.equals(consentToReveal));
    }

    Personal personal() {
        return new Personal(name, contact, passportNumber, narrative, employer, recruiter, where, when);
    }

    /** A country as ISO 3166-1 alpha-3, or a user-assigned code (X.., and ZZZ for "another country"). */
    static String country(String typed, String field, List<InvalidInput> found) {
        String code = trim(typed) == null ? null : typed.strip().toUpperCase(Locale.ROOT);
        boolean userAssigned = code != null && code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && (code.startsWith("X") || code.equals("ZZZ"));
        if (code == null || !(COUNTRIES.contains(code) || userAssigned)) {
            found.add(InvalidInput.coded(field, "must be an ISO 3166-1 alpha-3 country code", "grievance.country"));
            return null;
        }
        return code;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
