package org.entente.party;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.entente.shared.InvalidInput;
import org.entente.shared.LanguageCode;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person a party names as its contact. Personal data: shown only to logged-in users, never written to logs or
 * audit summaries.
 *
 * @param languages space-separated ISO 639-1 codes
 */
@Table("focal_point")
public record FocalPoint(String name, String function, String email, String phone, String languages,
        LocalDate lastConfirmed) {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");

    public FocalPoint {
        name = Text.required("name", name, 120);
        function = Text.required("function", function, 120);
        email = Text.optional("email", email, 200);
        phone = Text.optional("phone", phone, 40);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email", "is not an e-mail address");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInput("phone", "may hold only digits, spaces, brackets, hyphens and a leading +");
        }
        languages = Text.languages("languages", languages);
    }

    public List<String> languageList() {
        return languages.isEmpty() ? List.of() : Arrays.asList(languages.split(" "));
    }

    /** Whether the contact has not been confirmed within the given number of days, so the directory goes stale. */
    public boolean isStale(LocalDate today, int days) {
        return lastConfirmed == null || lastConfirmed.isBefore(today.minusDays(days));
    }

    FocalPoint confirmedOn(LocalDate date) {
        return new FocalPoint(name, function, email, phone, languages, date);
    }

    /** Space-separated ISO 639-1 codes from a list, each checked. */
    public static String languagesOf(List<String> codes) {
        return codes == null ? "" : String.join(" ", codes.stream().map(c -> LanguageCode.of(c).value()).toList());
    }
}
