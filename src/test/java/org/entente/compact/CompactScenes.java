package org.entente.compact;

import java.util.List;

import org.entente.support.Fixtures;

/** Compacts the adherence tests start from, drafted and opened through the catalogue. */
final class CompactScenes {

    private CompactScenes() {
    }

    /**
     * An open compact with a labour module (a core protection, an ordinary provision, an indicator and a phase) and
     * a recruitment module that requires it.
     */
    static void labourAndRecruitment(CompactCatalogue catalogue, Fixtures.TestUser secretariat, String code,
            int threshold, Sunset recruitmentSunset) {
        catalogue.draft(secretariat.actor(), code, new Compact.Terms("Test compact " + code, null, secretariat.party(),
                threshold, 30));
        catalogue.addModule(secretariat.actor(), code, "LAB", new ModuleContent("Labour", null,
                ModuleCategory.LABOUR_PROTECTION, List.of(), List.of(), null,
                List.of(new Provision("1", "Equal treatment.", Strength.SHALL, true),
                        new Provision("2", "A weekly rest day.", Strength.SHOULD, false)),
                List.of(new Indicator("INSPECTIONS", "Inspections", null, IndicatorUnit.COUNT,
                        Direction.HIGHER_IS_BETTER, PeriodType.YEARLY, "", null, null, null, null, null, null)),
                List.of(new Phase("Law enacted", 180))));
        catalogue.addModule(secretariat.actor(), code, "REC", new ModuleContent("Recruitment", null,
                ModuleCategory.ETHICAL_RECRUITMENT, List.of(), List.of("LAB"), recruitmentSunset,
                List.of(new Provision("1", "No fees for workers.", Strength.SHALL, true)), List.of(), List.of()));
        catalogue.open(secretariat.actor(), code);
    }
}
