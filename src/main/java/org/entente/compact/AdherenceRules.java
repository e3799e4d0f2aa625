package org.entente.compact;

import java.util.List;
import java.util.Map;

import org.entente.shared.InvalidInput;

/**
 * The rules a declaration must satisfy, each a small named object, listed here in the order they are checked.
 * A broken rule names the field of the declaration it concerns.
 */
final class AdherenceRules {

    /** A module on offer: its current text, and whether its sunset has passed. */
    record Offer(CompactModule module, ModuleText text) {
    }

    interface Rule {
        void check(Declaration declaration, Map<String, Offer> offers);
    }

    static final List<Rule> ALL = List.of(new OfferedModulesOnly(), new PrerequisitesIncluded(),
            new CoreProtectionsNotWeakened(), new TargetsMatchIndicators(), new PhaseDatesMatchPhases());

    private AdherenceRules() {
    }

    static void check(Declaration declaration, Map<String, Offer> offers) {
        ALL.forEach(rule -> rule.check(declaration, offers));
    }

    /** Only modules of this compact, and only modules whose sunset has not passed. */
    static final class OfferedModulesOnly implements Rule {
        @Override
        public void check(Declaration declaration, Map<String, Offer> offers) {
            for (String code : declaration.modules()) {
                Offer offer = offers.get(code);
                if (offer == null) {
                    throw InvalidInput.unknown("modules", code);
                }
                if (offer.module().isExpired()) {
                    throw InvalidInput.coded("modules", "module " + code + " has expired and no longer accepts adherence",
                            "adherence.invalid.expired", code);
                }
            }
        }
    }

    /** A module's prerequisites are adhered to as well. */
    static final class PrerequisitesIncluded implements Rule {
        @Override
        public void check(Declaration declaration, Map<String, Offer> offers) {
            for (String code : declaration.modules()) {
                for (String required : offers.get(code).text().prerequisiteList()) {
                    if (!declaration.modules().contains(required)) {
                        throw InvalidInput.coded("modules", "module " + code + " requires module " + required,
                                "adherence.invalid.requires", code, required);
                    }
                }
            }
        }
    }

    /** Adaptations concern provisions of chosen modules, and never narrow or defer a core protection. */
    static final class CoreProtectionsNotWeakened implements Rule {
        @Override
        public void check(Declaration declaration, Map<String, Offer> offers) {
            for (int i = 0; i < declaration.adaptations().size(); i++) {
                Adaptation a = declaration.adaptations().get(i);
                String at = "adaptations[" + i + "]";
                if (!declaration.modules().contains(a.moduleCode())) {
                    throw InvalidInput.coded(at + ".moduleCode", "adapts module " + a.moduleCode() + ", which is not chosen",
                            "adherence.invalid.notChosen", a.moduleCode());
                }
                Provision provision = offers.get(a.moduleCode()).text().provision(a.provisionNumber())
                        .orElseThrow(() -> InvalidInput.unknown(at + ".provisionNumber", a.provisionNumber()));
                if (provision.coreProtection() && a.effect().weakens()) {
                    throw InvalidInput.coded(at + ".effect", "provision " + a.provisionNumber() + " of "
                            + a.moduleCode() + " is a core protection; an adaptation may strengthen it but not narrow or"
                            + " defer it", "adherence.invalid.core", a.provisionNumber(), a.moduleCode());
                }
            }
        }
    }

    /** Targets concern indicators of chosen modules and do not aim lower than the baseline. */
    static final class TargetsMatchIndicators implements Rule {
        @Override
        public void check(Declaration declaration, Map<String, Offer> offers) {
            for (int i = 0; i < declaration.targets().size(); i++) {
                IndicatorTarget t = declaration.targets().get(i);
                String at = "targets[" + i + "]";
                if (!declaration.modules().contains(t.moduleCode())) {
                    throw InvalidInput.coded(at + ".moduleCode", "module " + t.moduleCode() + " is not chosen",
                            "adherence.invalid.notChosen", t.moduleCode());
                }
                Indicator indicator = offers.get(t.moduleCode()).text().indicators().stream()
                        .filter(x -> x.code().equals(t.indicatorCode())).findFirst()
                        .orElseThrow(() -> InvalidInput.unknown(at + ".indicatorCode", t.indicatorCode()));
                boolean worse = switch (indicator.direction()) {
                    case HIGHER_IS_BETTER -> t.target() < t.baseline();
                    case LOWER_IS_BETTER -> t.target() > t.baseline();
                    case WITHIN_RANGE -> t.target() < indicator.rangeMin() || t.target() > indicator.rangeMax();
                };
                if (worse) {
                    throw indicator.direction() == Direction.WITHIN_RANGE
                            ? InvalidInput.coded(at + ".target", "must lie within " + indicator.rangeMin() + " to "
                                    + indicator.rangeMax(), "invalid.between", indicator.rangeMin(), indicator.rangeMax())
                            : InvalidInput.coded(at + ".target", "must not be worse than the baseline ("
                                    + indicator.direction() + ")", "adherence.invalid.worse");
                }
            }
        }
    }

    /** A party's own dates concern phases of chosen modules. */
    static final class PhaseDatesMatchPhases implements Rule {
        @Override
        public void check(Declaration declaration, Map<String, Offer> offers) {
            for (int i = 0; i < declaration.phaseDates().size(); i++) {
                PhaseDate d = declaration.phaseDates().get(i);
                String at = "phaseDates[" + i + "]";
                if (!declaration.modules().contains(d.moduleCode())) {
                    throw InvalidInput.coded(at + ".moduleCode", "module " + d.moduleCode() + " is not chosen",
                            "adherence.invalid.notChosen", d.moduleCode());
                }
                if (offers.get(d.moduleCode()).text().phases().stream().noneMatch(p -> p.name().equals(d.phaseName()))) {
                    throw InvalidInput.unknown(at + ".phaseName", d.phaseName());
                }
            }
        }
    }
}
