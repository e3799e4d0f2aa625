package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.junit.jupiter.api.Test;

class CompactRulesTests {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static Compact draft(int threshold) {
        return Compact.draft("FLM", new Compact.Terms("Fair labour", null, new PartyCode("SLC"), threshold, 180), NOW);
    }

    static InvalidInput.FieldProblem problem(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e.problems().get(0);
        }
        throw new AssertionError("expected InvalidInput");
    }

    @Test
    void aDraftIsForPartnersAndAnOpenCompactIsPublic() {
        Compact compact = draft(2);
        assertThat(compact.classification()).isEqualTo(Classification.PARTNERS);
        compact.open(NOW);
        assertThat(compact.classification()).isEqualTo(Classification.PUBLIC);
    }

    @Test
    void entersIntoForceExactlyAtTheThreshold() {
        Compact compact = draft(3);
        compact.open(NOW);
        assertThat(compact.enterIntoForceIfReached(2, NOW)).isFalse();
        assertThat(compact.status()).isEqualTo(CompactStatus.OPEN_FOR_ADHERENCE);
        assertThat(compact.enterIntoForceIfReached(3, NOW.plusSeconds(60))).isTrue();
        assertThat(compact.status()).isEqualTo(CompactStatus.IN_FORCE);
        assertThat(compact.enteredIntoForceAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(compact.enterIntoForceIfReached(4, NOW.plusSeconds(120))).isFalse();
    }

    @Test
    void aDraftCannotEnterIntoForceAndATerminatedCompactNeverReturns() {
        Compact compact = draft(1);
        assertThat(compact.enterIntoForceIfReached(10, NOW)).isFalse();
        compact.terminate();
        assertThatThrownBy(() -> compact.open(NOW)).isInstanceOf(Conflict.class);
        assertThat(CompactStatus.TERMINATED.next()).isEmpty();
    }

    @Test
    void aSuspendedCompactResumesWhereItWas() {
        Compact inForce = draft(1);
        inForce.open(NOW);
        inForce.enterIntoForceIfReached(1, NOW);
        inForce.suspend();
        assertThat(inForce.status().acceptsAdherence()).isFalse();
        inForce.resume();
        assertThat(inForce.status()).isEqualTo(CompactStatus.IN_FORCE);

        Compact open = draft(5);
        open.open(NOW);
        open.suspend();
        open.resume();
        assertThat(open.status()).isEqualTo(CompactStatus.OPEN_FOR_ADHERENCE);
    }

    @Test
    void theTermsOfAnOpenCompactAreFixed() {
        Compact compact = draft(1);
        compact.open(NOW);
        assertThatThrownBy(() -> compact.revise(new Compact.Terms("Changed", null, new PartyCode("SLC"), 1, 1)))
                .isInstanceOf(Conflict.class).hasMessageContaining("amendments");
    }

    @Test
    void aSunsetOnADateExpiresAtTheStartOfThatDayInUtc() {
        assertThat(Sunset.on(LocalDate.of(2031, 12, 31)).expiresAt(null))
                .contains(Instant.parse("2031-12-31T00:00:00Z"));
    }

    @Test
    void aSunsetAfterEntryIntoForceCountsMonthsFromThatInstant() {
        Sunset sunset = Sunset.monthsAfterEntryIntoForce(60);
        assertThat(sunset.expiresAt(null)).isEmpty();
        assertThat(sunset.expiresAt(Instant.parse("2027-01-31T12:00:00Z"))).contains(Instant.parse("2032-01-31T12:00:00Z"));
        assertThat(Sunset.none().expiresAt(NOW)).isEmpty();
    }

    @Test
    void aSunsetNeedsItsDateOrMonths() {
        assertThat(problem(() -> new Sunset(Sunset.Kind.ON_DATE, null, null)).field()).isEqualTo("sunset.date");
        assertThat(problem(() -> new Sunset(Sunset.Kind.AFTER_ENTRY_INTO_FORCE, null, 0)).field()).isEqualTo("sunset.months");
    }

    @Test
    void prerequisitesMustExistAndNeverFormACycle() {
        Map<String, List<String>> others = Map.of("LAB", List.of(), "REC", List.of("LAB"), "DATA", List.of("REC"));
        assertThatCode(() -> ModuleText.checkPrerequisites("NEW", List.of("REC"), others)).doesNotThrowAnyException();
        assertThat(problem(() -> ModuleText.checkPrerequisites("NEW", List.of("GHOST"), others)).message())
                .contains("no module GHOST");
        assertThat(problem(() -> ModuleText.checkPrerequisites("NEW", List.of("NEW"), others)).message())
                .contains("itself");
        assertThat(problem(() -> ModuleText.checkPrerequisites("LAB", List.of("DATA"), others)).message())
                .contains("cycle");
    }

    @Test
    void moduleContentNamesTheFieldThatBreaksARule() {
        Provision one = new Provision("1", "Text", Strength.SHALL, true);
        assertThat(problem(() -> new ModuleContent("T", null, ModuleCategory.OTHER, List.of(24), List.of(), null,
                List.of(), List.of(), List.of())).field()).isEqualTo("gcmObjectives");
        assertThat(problem(() -> new ModuleContent("T", null, ModuleCategory.OTHER, List.of(), List.of(), null,
                List.of(one, one), List.of(), List.of())).field()).isEqualTo("provisions[1]");
        assertThat(problem(() -> new Provision("1.a", "Text", Strength.SHALL, false)).field()).isEqualTo("number");
        assertThat(problem(() -> new Indicator("RATIO", "R", null, IndicatorUnit.RATIO, Direction.WITHIN_RANGE,
                PeriodType.YEARLY, "", null, null, null, null, 1.2, 0.8)).field()).isEqualTo("rangeMin");
        assertThat(problem(() -> new Indicator("X1", "X", null, IndicatorUnit.COUNT, Direction.HIGHER_IS_BETTER,
                PeriodType.YEARLY, "SEX COLOUR", null, null, null, null, null, null)).field()).isEqualTo("dimensions");
    }

    @Test
    void phasesAreListedInTheOrderTheyFallDue() {
        ModuleText text = ModuleText.first(1L, new ModuleContent("T", null, ModuleCategory.OTHER, List.of(), List.of(),
                null, List.of(), List.of(), List.of(new Phase("Later", 365), new Phase("Sooner", 90))), NOW);
        assertThat(text.phases()).extracting(Phase::name).containsExactly("Sooner", "Later");
    }
}
