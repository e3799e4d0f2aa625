package org.entente.crisis;

import org.entente.shared.InvalidInput;
import org.entente.shared.LanguageCode;
import org.springframework.data.relational.core.mapping.Table;

/** A talking point in one language, drafted or approved. */
@Table("talking_point_translation")
public record Translation(String language, String text, boolean approved) {

    public Translation {
        language = LanguageCode.of(language).value();
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw InvalidInput.requiredAtMost("text", 2000);
        }
        text = text.strip();
    }
}
