package org.entente.monitoring;

import java.util.List;

import org.entente.compact.Compact;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorUnit;
import org.entente.compact.ModuleCategory;
import org.entente.compact.ModuleContent;
import org.entente.compact.PeriodType;
import org.entente.compact.Provision;
import org.entente.compact.Strength;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;

/** Compacts the monitoring tests report under: one open compact, threshold 1, with a module LAB. */
final class MonitoringScenes {

    /** Workers covered by a contract: a yearly share, not broken down. */
    static final Indicator COVERED = yearly("COVERED", "Workers covered by a contract", IndicatorUnit.PERCENT, "");

    private MonitoringScenes() {
    }

    static Indicator yearly(String code, String name, IndicatorUnit unit, String dimensions) {
        return new Indicator(code, name, null, unit, Direction.HIGHER_IS_BETTER, PeriodType.YEARLY, dimensions, null,
                null, null, null, null, null);
    }

    /** An open compact whose module LAB has these indicators; the first acceptance brings it into force. */
    static void openCompact(CompactCatalogue catalogue, Actor secretariat, PartyCode secretariatParty, String code,
            List<Indicator> indicators) {
        catalogue.draft(secretariat, code, new Compact.Terms("Monitoring " + code, null, secretariatParty, 1, 30));
        catalogue.addModule(secretariat, code, "LAB", new ModuleContent("Labour", null,
                ModuleCategory.LABOUR_PROTECTION, List.of(), List.of(), null,
                List.of(new Provision("1", "Equal treatment.", Strength.SHALL, true)), indicators, List.of()));
        catalogue.open(secretariat, code);
    }
}
