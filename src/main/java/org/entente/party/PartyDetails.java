package org.entente.party;

import java.util.List;

/**
 * The editable description of a party, validated as a whole.
 *
 * @param workingLanguages ISO 639-1 codes
 */
public record PartyDetails(String name, String shortName, String region, List<String> workingLanguages,
        String interests, Influence influence, List<FocalPoint> focalPoints) {

    public PartyDetails {
        name = Text.required("name", name, 200);
        shortName = Text.optional("shortName", shortName, 40);
        region = Text.optional("region", region, 100);
        workingLanguages = List.of(Text.languages("workingLanguages", String.join(" ",
                workingLanguages == null ? List.of() : workingLanguages)).split(" ")).stream()
                .filter(s -> !s.isEmpty()).toList();
        interests = Text.optional("interests", interests, 2000);
        focalPoints = focalPoints == null ? List.of() : List.copyOf(focalPoints);
        if (focalPoints.size() > 20) {
            throw new org.entente.shared.InvalidInput("focalPoints", "at most 20 focal points per party");
        }
    }
}
