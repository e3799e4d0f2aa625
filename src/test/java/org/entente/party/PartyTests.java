package org.entente.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.junit.jupiter.api.Test;

class PartyTests {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    static PartyDetails details(FocalPoint... contacts) {
        return new PartyDetails("Republic of Arvenia", "Arvenia", "Southern Littoral", List.of("fr", "ar"), null,
                Influence.MEDIUM, List.of(contacts));
    }

    @Test
    void normalisesWorkingLanguages() {
        PartyDetails details = new PartyDetails("N", null, null, List.of("FR", " ar", "fr"), null, null, List.of());
        assertThat(details.workingLanguages()).containsExactly("fr", "ar");
    }

    @Test
    void rejectsAnUnknownLanguageNamingTheField() {
        assertThatThrownBy(() -> new PartyDetails("N", null, null, List.of("xx"), null, null, List.of()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("workingLanguages"));
    }

    @Test
    void rejectsAFocalPointWithAMalformedEmail() {
        assertThatThrownBy(() -> new FocalPoint("A", "B", "not-an-email", null, "en", null))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.under("focalPoints[0]").problems().get(0).field()).isEqualTo("focalPoints[0].email"));
    }

    @Test
    void flagsAContactNotConfirmedForNinetyDays() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        FocalPoint fresh = new FocalPoint("A", "B", null, null, "en", today.minusDays(90));
        FocalPoint stale = new FocalPoint("A", "B", null, null, "en", today.minusDays(91));
        FocalPoint never = new FocalPoint("A", "B", null, null, "en", null);

        assertThat(fresh.isStale(today, 90)).isFalse();
        assertThat(stale.isStale(today, 90)).isTrue();
        assertThat(never.isStale(today, 90)).isTrue();
    }

    @Test
    void confirmingAContactStampsToday() {
        Party party = Party.register(new PartyCode("XAR"), PartyKind.STATE,
                details(new FocalPoint("A", "B", null, null, "en", null)), NOW);
        party.confirmFocalPoint(0, LocalDate.of(2026, 11, 23), NOW);

        assertThat(party.focalPoints().get(0).lastConfirmed()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> party.confirmFocalPoint(1, LocalDate.of(2026, 11, 23), NOW))
                .isInstanceOf(InvalidInput.class);
    }
}
