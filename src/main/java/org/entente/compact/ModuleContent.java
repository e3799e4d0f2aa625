package org.entente.compact;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.shared.InvalidInput;

/** The whole text of a module as drafted or amended, validated as a whole. */
public record ModuleContent(String title, String purpose, ModuleCategory category, List<Integer> gcmObjectives,
        List<String> prerequisites, Sunset sunset, List<Provision> provisions, List<Indicator> indicators,
        List<Phase> phases) {

    public ModuleContent {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInput.requiredAtMost("title", 300);
        }
        title = title.strip();
        if (purpose != null && purpose.length() > 4000) {
            throw InvalidInput.tooLong("purpose", 4000);
        }
        if (category == null) {
            throw InvalidInput.required("category");
        }
        gcmObjectives = gcmObjectives == null ? List.of() : gcmObjectives.stream().distinct().sorted().toList();
        for (Integer objective : gcmObjectives) {
            if (objective == null || objective < 1 || objective > 23) {
                throw new InvalidInput("gcmObjectives", "Global Compact for Migration objectives are numbered 1 to 23");
            }
        }
        prerequisites = prerequisites == null ? List.of() : prerequisites.stream().distinct().toList();
        sunset = sunset == null ? Sunset.none() : sunset;
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        phases = phases == null ? List.of() : List.copyOf(phases);
        unique("provisions", provisions.stream().map(Provision::number).toList());
        unique("indicators", indicators.stream().map(Indicator::code).toList());
    }

    private static void unique(String field, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!seen.add(keys.get(i))) {
                throw new InvalidInput(field + "[" + i + "]", "'" + keys.get(i) + "' appears twice");
            }
        }
    }

    public boolean hasCoreProtection() {
        return provisions.stream().anyMatch(Provision::coreProtection);
    }
}
