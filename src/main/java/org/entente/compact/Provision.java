package org.entente.compact;

import java.util.regex.Pattern;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A numbered clause. A core protection (non-discrimination, no worker-paid recruitment fees, access to remedy…)
 * can be strengthened by a party's adaptation but never narrowed or deferred.
 *
 * @param number clause number within the module, such as {@code 2} or {@code 2.1}
 */
@Table("provision")
public record Provision(String number, String text, Strength strength, boolean coreProtection) {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,2}");

    public Provision {
        if (number == null || !NUMBER.matcher(number.strip()).matches()) {
            throw new InvalidInput("number", "must look like 1, 2.1 or 2.1.3");
        }
        number = number.strip();
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw InvalidInput.requiredAtMost("text", 4000);
        }
        text = text.strip();
        if (strength == null) {
            throw new InvalidInput("strength", "is required (SHALL, SHOULD or MAY)");
        }
    }
}
