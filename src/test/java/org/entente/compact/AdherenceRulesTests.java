package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.junit.jupiter.api.Test;

class AdherenceRulesTests {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Map<String, AdherenceRules.Offer> OFFERS = new LinkedHashMap<>();

    static {
        OFFERS.put("LAB", offer("LAB", List.of(), List.of(new Provision("1", "Equal treatment", Strength.SHALL, true),
                new Provision("2", "Rest day", Strength.SHOULD, false)), List.of()));
        OFFERS.put("REC", offer("REC", List.of("LAB"), List.of(new Provision("1", "No fees", Strength.SHALL, true)),
                List.of(new Indicator("FEES", "Fee share", null, IndicatorUnit.PERCENT, Direction.LOWER_IS_BETTER,
                        PeriodType.YEARLY, "", null, null, null, null, null, null),
                        new Indicator("BAL", "Balance", null, IndicatorUnit.RATIO, Direction.WITHIN_RANGE,
                                PeriodType.YEARLY, "", null, null, null, null, 0.9, 1.1))));
    }

    static AdherenceRules.Offer offer(String code, List<String> prerequisites, List<Provision> provisions,
            List<Indicator> indicators) {
        ModuleText text = ModuleText.first(1L, new ModuleContent(code, null, ModuleCategory.OTHER, List.of(),
                prerequisites, null, provisions, indicators, List.of(new Phase("Start", 90))), NOW);
        return new AdherenceRules.Offer(CompactModule.add(1L, code, 1), text);
    }

    static Declaration declaring(Set<String> modules, Adaptation... adaptations) {
        return new Declaration(modules, List.of(adaptations), List.of(), List.of());
    }

    static String fieldOf(Declaration declaration) {
        try {
            AdherenceRules.check(declaration, OFFERS);
        } catch (InvalidInput e) {
            return e.problems().get(0).field() + ": " + e.problems().get(0).message();
        }
        return "accepted";
    }

    @Test
    void aModuleComesWithItsPrerequisites() {
        assertThat(fieldOf(declaring(Set.of("REC")))).isEqualTo("modules: module REC requires module LAB");
        assertThat(fieldOf(declaring(Set.of("REC", "LAB")))).isEqualTo("accepted");
    }

    @Test
    void rejectsAnAdaptationThatNarrowsOrDefersACoreProtection() {
        for (AdaptationEffect weakening : List.of(AdaptationEffect.NARROWS_SCOPE, AdaptationEffect.DEFERS)) {
            assertThat(fieldOf(declaring(Set.of("LAB"), new Adaptation("LAB", "1", weakening, "agriculture", "Later"))))
                    .startsWith("adaptations[0].effect: provision 1 of LAB is a core protection");
        }
    }

    @Test
    void acceptsAnAdaptationThatStrengthensACoreProtectionOrNarrowsAnOrdinaryOne() {
        assertThat(fieldOf(declaring(Set.of("LAB"),
                new Adaptation("LAB", "1", AdaptationEffect.STRENGTHENS, null, "Also covers seasonal workers"),
                new Adaptation("LAB", "2", AdaptationEffect.NARROWS_SCOPE, "urban areas", "Rest day in cities first"))))
                .isEqualTo("accepted");
    }

    @Test
    void anAdaptationMustConcernAChosenModulesProvision() {
        assertThat(fieldOf(declaring(Set.of("LAB"), new Adaptation("REC", "1", AdaptationEffect.OTHER, null, "x"))))
                .startsWith("adaptations[0].moduleCode");
        assertThat(fieldOf(declaring(Set.of("LAB"), new Adaptation("LAB", "9", AdaptationEffect.OTHER, null, "x"))))
                .startsWith("adaptations[0].provisionNumber");
    }

    @Test
    void aTargetMayNotBeWorseThanItsBaselineNorOutsideItsRange() {
        var modules = Set.of("LAB", "REC");
        assertThat(fieldOf(new Declaration(modules, List.of(), List.of(new IndicatorTarget("REC", "FEES", 20.0, 2025,
                25.0, null)), List.of()))).startsWith("targets[0].target: must not be worse");
        assertThat(fieldOf(new Declaration(modules, List.of(), List.of(new IndicatorTarget("REC", "FEES", 20.0, 2025,
                5.0, LocalDate.of(2029, 1, 1))), List.of()))).isEqualTo("accepted");
        assertThat(fieldOf(new Declaration(modules, List.of(), List.of(new IndicatorTarget("REC", "BAL", 1.4, null,
                1.2, null)), List.of()))).startsWith("targets[0].target: must lie within");
        assertThat(fieldOf(new Declaration(modules, List.of(), List.of(new IndicatorTarget("REC", "NOPE", 1.0, null,
                1.0, null)), List.of()))).startsWith("targets[0].indicatorCode");
    }

    @Test
    void phaseDatesConcernPhasesOfChosenModules() {
        assertThat(fieldOf(new Declaration(Set.of("LAB"), List.of(), List.of(),
                List.of(new PhaseDate("LAB", "Start", LocalDate.of(2027, 3, 1)))))).isEqualTo("accepted");
        assertThat(fieldOf(new Declaration(Set.of("LAB"), List.of(), List.of(),
                List.of(new PhaseDate("LAB", "Finish", LocalDate.of(2027, 3, 1)))))).startsWith("phaseDates[0].phaseName");
    }

    @Test
    void anExpiredModuleNoLongerAcceptsAdherence() {
        AdherenceRules.Offer expired = offer("OLD", List.of(), List.of(new Provision("1", "x", Strength.MAY, false)), List.of());
        expired.module().expire(NOW);
        assertThatThrownBy(() -> AdherenceRules.check(declaring(Set.of("OLD")), Map.of("OLD", expired)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("expired");
    }

    @Test
    void aBindingAdherenceEndsOnlyAfterTheNoticePeriod() {
        Adherence adherence = Adherence.declare(1L, new PartyCode("XAR"), declaring(Set.of("LAB")), Map.of("LAB", 1), NOW);
        adherence.accept(NOW, true);
        adherence.notifyWithdrawal(NOW, 180);

        assertThat(adherence.status()).isEqualTo(AdherenceStatus.WITHDRAWAL_NOTIFIED);
        assertThat(adherence.completeWithdrawal(NOW.plus(Duration.ofDays(180)).minusSeconds(1))).isFalse();
        assertThat(adherence.completeWithdrawal(NOW.plus(Duration.ofDays(180)))).isTrue();
        assertThat(adherence.status()).isEqualTo(AdherenceStatus.WITHDRAWN);
    }

    @Test
    void aDeclarationNotYetAcceptedIsWithdrawnAtOnce() {
        Adherence adherence = Adherence.declare(1L, new PartyCode("XAR"), declaring(Set.of("LAB")), Map.of("LAB", 1), NOW);
        adherence.notifyWithdrawal(NOW, 180);
        assertThat(adherence.status()).isEqualTo(AdherenceStatus.WITHDRAWN);
    }

    @Test
    void aPendingDeclarationCanBeCorrectedBeforeTheDecision() {
        Adherence adherence = Adherence.declare(1L, new PartyCode("XAR"), declaring(Set.of("LAB")), Map.of("LAB", 1), NOW);
        adherence.redeclare(declaring(Set.of("LAB", "REC")), Map.of("LAB", 1, "REC", 1), NOW.plusSeconds(60));
        assertThat(adherence.status()).isEqualTo(AdherenceStatus.DECLARED);
        assertThat(adherence.modules()).hasSize(2);
    }

    @Test
    void aReturnNeedsReasonsAndAnAcceptedAdherenceCannotBeRedeclared() {
        Adherence adherence = Adherence.declare(1L, new PartyCode("XAR"), declaring(Set.of("LAB")), Map.of("LAB", 1), NOW);
        assertThatThrownBy(() -> adherence.returnWith(" ", NOW)).isInstanceOf(InvalidInput.class);
        adherence.accept(NOW, false);
        assertThat(adherence.status()).isEqualTo(AdherenceStatus.ACCEPTED);
        assertThatThrownBy(() -> adherence.redeclare(declaring(Set.of("LAB")), Map.of("LAB", 1), NOW))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void phasesFallDueFromTheAcceptanceUnlessThePartySetItsOwnDate() {
        Adherence adherence = Adherence.declare(1L, new PartyCode("XAR"), new Declaration(Set.of("LAB"), List.of(),
                List.of(), List.of(new PhaseDate("LAB", "Own", LocalDate.of(2027, 6, 30)))), Map.of("LAB", 1), NOW);
        assertThat(adherence.dueDate("LAB", new Phase("Start", 90))).isEmpty();
        adherence.accept(NOW, true);
        assertThat(adherence.dueDate("LAB", new Phase("Start", 90))).contains(LocalDate.of(2027, 2, 21));
        assertThat(adherence.dueDate("LAB", new Phase("Own", 10))).contains(LocalDate.of(2027, 6, 30));
        assertThatCode(() -> adherence.notifyWithdrawal(NOW, 0)).doesNotThrowAnyException();
    }
}
