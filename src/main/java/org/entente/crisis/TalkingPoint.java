package org.entente.crisis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.entente.shared.LanguageCode;
import org.entente.shared.PartyCode;
import org.entente.sharing.Classified;
import org.entente.sharing.DataKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A pre-approved talking point for a crisis: drafted, approved by the lead party, retired when it no longer holds.
 * It targets several languages, each translation drafted then approved. An approved point for the public is a public
 * statement; anything else stays with partners.
 */
@Table("talking_point")
public final class TalkingPoint implements Classified {

    /** Who a talking point is for. */
    @Labelled("points.audience")
    public enum Audience { PARTNERS, PUBLIC }

    /** Where a talking point stands. */
    @Labelled("points.status")
    public enum Status { DRAFTED, APPROVED, RETIRED }

    /** What a target language has: nothing yet, a draft, or an approved text. */
    @Labelled("points.translation")
    public enum TranslationStatus { MISSING, DRAFT, APPROVED }

    @Id
    private Long id;
    private Long crisis;
    private String owner;
    private String topic;
    private Audience audience;
    private Status status;
    private String languages;
    private Instant draftedAt;
    private Instant approvedAt;
    @MappedCollection(idColumn = "talking_point", keyColumn = "list_index")
    private List<Translation> translations = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    TalkingPoint() {
    }

    static TalkingPoint draft(Long crisis, PartyCode owner, String topic, Audience audience, List<String> targets,
            Translation first, Instant now) {
        if (topic == null || topic.isBlank() || topic.length() > 200) {
            throw InvalidInput.requiredAtMost("topic", 200);
        }
        if (audience == null) {
            throw new InvalidInput("audience", "is required: PARTNERS or PUBLIC");
        }
        if (targets == null || targets.isEmpty()) {
            throw new InvalidInput("languages", "name the languages the point must exist in");
        }
        TalkingPoint point = new TalkingPoint();
        point.crisis = crisis;
        point.owner = owner.value();
        point.topic = topic.strip();
        point.audience = audience;
        point.status = Status.DRAFTED;
        point.languages = String.join(" ", targets.stream().map(l -> LanguageCode.of(l).value()).distinct().toList());
        point.draftedAt = now;
        point.translate(first);
        return point;
    }

    /** Adds or replaces a translation; a changed text needs approval again. */
    void translate(Translation translation) {
        if (status == Status.RETIRED) {
            throw new Conflict("the talking point is retired");
        }
        if (!targets().contains(translation.language())) {
            throw new InvalidInput("language", translation.language() + " is not one of the point's languages " + targets());
        }
        translations.removeIf(t -> t.language().equals(translation.language()));
        translations.add(new Translation(translation.language(), translation.text(), false));
    }

    /** Approves the point and every translation it has now. */
    void approve(Instant now) {
        if (status == Status.RETIRED) {
            throw new Conflict("the talking point is retired");
        }
        status = Status.APPROVED;
        approvedAt = now;
        translations = new ArrayList<>(translations.stream().map(t -> new Translation(t.language(), t.text(), true)).toList());
    }

    void retire() {
        if (status == Status.RETIRED) {
            throw new Conflict("the talking point is retired already");
        }
        status = Status.RETIRED;
    }

    /** Each target language with the state of its translation. */
    public Map<String, TranslationStatus> translationStatus() {
        Map<String, TranslationStatus> map = new LinkedHashMap<>();
        for (String language : targets()) {
            map.put(language, translation(language).map(t -> t.approved() ? TranslationStatus.APPROVED
                    : TranslationStatus.DRAFT).orElse(TranslationStatus.MISSING));
        }
        return map;
    }

    public Optional<Translation> translation(String language) {
        return translations.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /**
     * The approved text in the reader's language; else in English, the interface's own fallback; else the first
     * approved text. A Chinese reader of a statement approved in Spanish and English reads the English.
     */
    public Optional<Translation> approvedText(String language) {
        return translations.stream().filter(Translation::approved)
                .min(java.util.Comparator.comparingInt(t -> t.language().equals(language) ? 0
                        : t.language().equals("en") ? 1 : 2));
    }

    public List<String> targets() {
        return Arrays.asList(languages.split(" "));
    }

    public boolean isPublicStatement() {
        return audience == Audience.PUBLIC && status == Status.APPROVED;
    }

    public Long id() { return id; }
    Long crisis() { return crisis; }
    public String topic() { return topic; }
    public Audience audience() { return audience; }
    public Status status() { return status; }
    public Instant draftedAt() { return draftedAt; }
    public Instant approvedAt() { return approvedAt; }
    public List<Translation> translations() { return List.copyOf(translations); }
    public Long version() { return version; }

    @Override
    public PartyCode owner() {
        return new PartyCode(owner);
    }

    @Override
    public Classification classification() {
        return isPublicStatement() ? Classification.PUBLIC : Classification.PARTNERS;
    }

    @Override
    public DataKind dataKind() {
        return DataKind.BRIEFING;
    }

    @Override
    public Set<PartyCode> recipients() {
        return Set.of();
    }

    @Override
    public String reference() {
        return "talking-point/" + id;
    }
}
