package org.entente.crisis;

import java.util.Arrays;
import java.util.List;

import org.entente.shared.InvalidInput;
import org.entente.shared.LanguageCode;
import org.entente.shared.PartyCode;
import org.springframework.data.relational.core.mapping.Table;

/** Whom a level notifies on entry: a party's liaison units, in the languages they are to be briefed in. */
@Table("level_notice")
public record LevelNotice(String level, String party, String languages) {

    public LevelNotice {
        if (party == null || party.isBlank()) {
            throw InvalidInput.coded("party", "name the party whose liaison units are notified", "invalid.choose");
        }
        if (languages == null || languages.isBlank()) {
            throw InvalidInput.coded("languages", "name at least one language", "protocol.invalid.languages");
        }
        party = PartyCode.of(party).value();
        languages = String.join(" ", Arrays.stream(languages.strip().split("[\\s,]+"))
                .map(l -> LanguageCode.of(l).value()).distinct().toList());
        if (languages.length() > 100) {
            throw InvalidInput.coded("languages", "too many languages", "protocol.invalid.languages");
        }
    }

    public List<String> languageList() {
        return Arrays.asList(languages.split(" "));
    }
}
