package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.junit.jupiter.api.Test;

class TalkingPointTests {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static TalkingPoint point(TalkingPoint.Audience audience) {
        return TalkingPoint.draft(1L, new PartyCode("XCO"), "Thanks", audience, List.of("en", "fr", "ar"),
                new Translation("en", "Thank you.", false), NOW);
    }

    @Test
    void eachTargetLanguageIsMissingDraftOrApproved() {
        TalkingPoint p = point(TalkingPoint.Audience.PUBLIC);
        p.translate(new Translation("fr", "Merci.", false));
        assertThat(p.translationStatus()).containsExactly(
                java.util.Map.entry("en", TalkingPoint.TranslationStatus.DRAFT),
                java.util.Map.entry("fr", TalkingPoint.TranslationStatus.DRAFT),
                java.util.Map.entry("ar", TalkingPoint.TranslationStatus.MISSING));
        p.approve(NOW);
        assertThat(p.translationStatus().get("fr")).isEqualTo(TalkingPoint.TranslationStatus.APPROVED);
        p.translate(new Translation("fr", "Merci beaucoup.", false));
        assertThat(p.translationStatus().get("fr")).as("a revised text needs approval again")
                .isEqualTo(TalkingPoint.TranslationStatus.DRAFT);
    }

    @Test
    void onlyAnApprovedPointForThePublicIsAPublicStatement() {
        TalkingPoint forPublic = point(TalkingPoint.Audience.PUBLIC);
        assertThat(forPublic.classification()).isEqualTo(Classification.PARTNERS);
        forPublic.approve(NOW);
        assertThat(forPublic.classification()).isEqualTo(Classification.PUBLIC);
        TalkingPoint forPartners = point(TalkingPoint.Audience.PARTNERS);
        forPartners.approve(NOW);
        assertThat(forPartners.classification()).isEqualTo(Classification.PARTNERS);
        forPublic.retire();
        assertThat(forPublic.classification()).isEqualTo(Classification.PARTNERS);
    }

    @Test
    void aTranslationMustBeInOneOfTheTargetLanguagesAndARetiredPointIsFrozen() {
        TalkingPoint p = point(TalkingPoint.Audience.PARTNERS);
        assertThatThrownBy(() -> p.translate(new Translation("de", "Danke.", false))).isInstanceOf(InvalidInput.class);
        p.retire();
        assertThatThrownBy(() -> p.approve(NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void theApprovedTextFallsBackToAnotherLanguage() {
        TalkingPoint p = point(TalkingPoint.Audience.PUBLIC);
        p.approve(NOW);
        assertThat(p.approvedText("ar")).hasValueSatisfying(t -> assertThat(t.language()).isEqualTo("en"));
    }

    @Test
    void aReaderWithoutATranslationReadsEnglishBeforeAnyThirdLanguage() {
        TalkingPoint p = TalkingPoint.draft(1L, new PartyCode("XCO"), "Thanks", TalkingPoint.Audience.PUBLIC,
                List.of("es", "en", "fr"), new Translation("es", "Gracias.", false), NOW);
        p.translate(new Translation("en", "Thank you.", false));
        p.translate(new Translation("fr", "Merci.", false));
        p.approve(NOW);

        assertThat(p.approvedText("zh")).hasValueSatisfying(t -> assertThat(t.language()).isEqualTo("en"));
        assertThat(p.approvedText("fr")).hasValueSatisfying(t -> assertThat(t.language()).isEqualTo("fr"));
    }
}
