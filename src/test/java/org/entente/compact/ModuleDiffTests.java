package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModuleDiffTests {

    static final Provision CORE = new Provision("1", "No fees for workers.", Strength.SHALL, true);
    static final Provision REST = new Provision("2", "A weekly rest day.", Strength.SHOULD, false);
    static final Indicator FEES = new Indicator("FEES", "Fee share", null, IndicatorUnit.PERCENT,
            Direction.LOWER_IS_BETTER, PeriodType.YEARLY, "SEX", null, null, null, null, null, null);

    static ModuleContent text(String purpose, List<Provision> provisions, List<Indicator> indicators, Sunset sunset) {
        return new ModuleContent("Recruitment", purpose, ModuleCategory.ETHICAL_RECRUITMENT, List.of(), List.of(),
                sunset, provisions, indicators, List.of());
    }

    @Test
    void linesUpProvisionsByNumberAndSaysHowEachChanged() {
        Provision restChanged = new Provision("2", "Two rest days a week.", Strength.SHOULD, false);
        Provision added = new Provision("3", "Reimburse fees.", Strength.SHALL, true);
        ModuleDiff diff = ModuleDiff.between(text(null, List.of(CORE, REST), List.of(FEES), null),
                text(null, List.of(CORE, restChanged, added), List.of(FEES), null));

        assertThat(diff.provisions()).extracting(ModuleDiff.Line::key, ModuleDiff.Line::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", ModuleDiff.Change.SAME),
                org.assertj.core.groups.Tuple.tuple("2", ModuleDiff.Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("3", ModuleDiff.Change.ADDED));
        assertThat(diff.provisions().get(2).before()).isEmpty();
        assertThat(diff.provisions().get(2).core()).isTrue();
    }

    @Test
    void asksForReconfirmationWhenACoreProtectionOrAnIndicatorChanges() {
        ModuleContent base = text("Purpose", List.of(CORE, REST), List.of(FEES), null);
        Provision coreWeaker = new Provision("1", "No fees above one month's wage.", Strength.SHALL, true);
        Indicator feesQuarterly = new Indicator("FEES", "Fee share", null, IndicatorUnit.PERCENT,
                Direction.LOWER_IS_BETTER, PeriodType.QUARTERLY, "SEX", null, null, null, null, null, null);

        assertThat(ModuleDiff.between(base, text("Purpose", List.of(coreWeaker, REST), List.of(FEES), null))
                .requiresReconfirmation()).isTrue();
        assertThat(ModuleDiff.between(base, text("Purpose", List.of(CORE, REST), List.of(feesQuarterly), null))
                .requiresReconfirmation()).isTrue();
        assertThat(ModuleDiff.between(base, text("Purpose", List.of(REST), List.of(FEES), null))
                .requiresReconfirmation()).as("removing a core protection").isTrue();
    }

    @Test
    void needsNoReconfirmationForWordingOutsideCoreProtectionsAndIndicators() {
        ModuleContent base = text("Purpose", List.of(CORE, REST), List.of(FEES), null);
        ModuleDiff diff = ModuleDiff.between(base, text("A clearer purpose",
                List.of(CORE, new Provision("2", "Two rest days a week.", Strength.SHOULD, false)), List.of(FEES),
                Sunset.on(java.time.LocalDate.of(2033, 12, 31))));

        assertThat(diff.requiresReconfirmation()).isFalse();
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.other()).filteredOn(l -> l.change() == ModuleDiff.Change.CHANGED)
                .extracting(ModuleDiff.Line::key).containsExactly("purpose", "sunset");
        assertThat(ModuleDiff.between(base, base).isEmpty()).isTrue();
    }
}
