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
            throw new InvalidInput("party", "name the party whose liaison units are notified");
        }
        if (languages == null || languages.isBlank()) {
            throw new InvalidInput("languages", "name at least one language");
        }
        party = PartyCode.of(party).value();
        languages = String.join(" ", Arrays.stream(languages.strip().split("[\\s,]+"))
                .map(l -> LanguageCode.of(l).value()).distinct().toList());
        if (languages.length() > 100) {
            throw new InvalidInput("languages", "too many languages");
        }
    }

    public List<String> languageList() {
        return Arrays.asList(languages.split(" "));
    }
}
