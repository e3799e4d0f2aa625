package org.entente.compact.web;

import org.entente.compact.Compact;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.CompactModule;
import org.entente.compact.CompactStatus;
import org.entente.compact.Dimension;
import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorUnit;
import org.entente.compact.ModuleCategory;
import org.entente.compact.ModuleContent;
import org.entente.compact.ModuleText;
import org.entente.compact.PeriodType;
import org.entente.compact.Phase;
import org.entente.compact.Provision;
import org.entente.compact.Strength;
import org.entente.compact.Sunset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.entente.shared.Classification;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of compacts and modules, in and out. */
final class CompactJson {

    private CompactJson() {
    }

    record TermsRequest(String code, String title, String summary, String secretariat, Integer entryIntoForceThreshold,
            Integer withdrawalNoticeDays, Long version) {
        Compact.Terms terms() {
            return new Compact.Terms(title, summary, secretariat == null ? null : PartyCode.of(secretariat),
                    entryIntoForceThreshold == null ? 0 : entryIntoForceThreshold,
                    withdrawalNoticeDays == null ? 0 : withdrawalNoticeDays);
        }
    }

    record SunsetJson(Sunset.Kind kind, LocalDate date, Integer months) {
        Sunset sunset() {
            return new Sunset(kind, date, months);
        }

        static SunsetJson of(Sunset s) {
            return new SunsetJson(s.kind(), s.date(), s.months());
        }
    }

    /** A provision; {@code coreProtection} may be left out for an ordinary provision. */
    record ProvisionJson(String number, String text, Strength strength, Boolean coreProtection) {
        Provision provision() {
            return new Provision(number, text, strength, Boolean.TRUE.equals(coreProtection));
        }

        static ProvisionJson of(Provision p) {
            return new ProvisionJson(p.number(), p.text(), p.strength(), p.coreProtection());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FormulaJson(String numerator, String denominator, Double factor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IndicatorJson(String code, String name, String definition, IndicatorUnit unit, Direction direction,
            PeriodType periodType, List<Dimension> dimensions, String dataSource, FormulaJson formula, Double rangeMin,
            Double rangeMax) {
        Indicator indicator() {
            String dims = dimensions == null ? "" : String.join(" ", dimensions.stream().map(Enum::name).toList());
            return new Indicator(code, name, definition, unit, direction, periodType, dims, dataSource,
                    formula == null ? null : formula.numerator(), formula == null ? null : formula.denominator(),
                    formula == null ? null : formula.factor(), rangeMin, rangeMax);
        }

        static IndicatorJson of(Indicator i) {
            FormulaJson formula = i.formula().map(f -> new FormulaJson(f.numerator(), f.denominator(), f.factor()))
                    .orElse(null);
            return new IndicatorJson(i.code(), i.name(), i.definition(), i.unit(), i.direction(), i.periodType(),
                    i.dimensionList(), i.dataSource(), formula, i.rangeMin(), i.rangeMax());
        }
    }

    record PhaseJson(String name, int dueOffsetDays) {
        Phase phase() {
            return new Phase(name, dueOffsetDays);
        }
    }

    record ModuleRequest(String code, String title, String purpose, ModuleCategory category, List<Integer> gcmObjectives,
            List<String> prerequisites, SunsetJson sunset, List<ProvisionJson> provisions,
            List<IndicatorJson> indicators, List<PhaseJson> phases) {

        ModuleContent content() {
            Sunset parsed = sunset == null ? Sunset.none() : sunset.sunset();
            return new ModuleContent(title, purpose, category, gcmObjectives, prerequisites, parsed,
                    each("provisions", provisions, ProvisionJson::provision),
                    each("indicators", indicators, IndicatorJson::indicator),
                    each("phases", phases, PhaseJson::phase));
        }
    }

    /** Converts every element, naming the list and index of the first bad one. */
    static <J, T> List<T> each(String field, List<J> items, Function<J, T> convert) {
        List<T> result = new ArrayList<>();
        if (items == null) {
            return result;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidInput(field + "[" + i + "]", "must not be null");
            }
            try {
                result.add(convert.apply(items.get(i)));
            } catch (InvalidInput e) {
                throw e.under(field + "[" + i + "]");
            }
        }
        return result;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ModuleView(String code, int version, boolean expired, Instant expiredAt, Instant expiresAt, String title,
            String purpose, ModuleCategory category, List<Integer> gcmObjectives, List<String> prerequisites,
            SunsetJson sunset, List<ProvisionJson> provisions, List<IndicatorJson> indicators, List<PhaseJson> phases,
            Instant adoptedAt) {

        /** A proposed text, which has no version and no expiry yet. */
        static ModuleView proposed(String code, ModuleText text) {
            return new ModuleView(code, text.number(), false, null, null, text.title(), text.purpose(),
                    text.category(), text.gcmObjectiveList(), text.prerequisiteList(), SunsetJson.of(text.sunset()),
                    text.provisions().stream().map(ProvisionJson::of).toList(),
                    text.indicators().stream().map(IndicatorJson::of).toList(),
                    text.phases().stream().map(p -> new PhaseJson(p.name(), p.dueOffsetDays())).toList(), null);
        }

        static ModuleView of(CompactModule module, ModuleText text, Instant expiresAt) {
            return new ModuleView(module.code(), text.number(), module.isExpired(), module.expiredAt(), expiresAt,
                    text.title(), text.purpose(), text.category(), text.gcmObjectiveList(), text.prerequisiteList(),
                    SunsetJson.of(text.sunset()), text.provisions().stream().map(ProvisionJson::of).toList(),
                    text.indicators().stream().map(IndicatorJson::of).toList(),
                    text.phases().stream().map(p -> new PhaseJson(p.name(), p.dueOffsetDays())).toList(),
                    text.adoptedAt());
        }

        static ModuleView of(CompactCatalogue.ModuleView view) {
            return of(view.module(), view.text(), view.expiresAt().orElse(null));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CompactView(String code, String title, String summary, String secretariat, CompactStatus status,
            Classification classification, int entryIntoForceThreshold, int withdrawalNoticeDays, Instant openedAt,
            Instant enteredIntoForceAt, Long version, List<ModuleView> modules) {

        static CompactView of(Compact c, List<ModuleView> modules) {
            return new CompactView(c.code(), c.title(), c.summary(), c.secretariat().value(), c.status(),
                    c.classification(), c.entryIntoForceThreshold(), c.withdrawalNoticeDays(), c.openedAt(),
                    c.enteredIntoForceAt(), c.version(), modules);
        }
    }

    record VersionSummary(int version, String title, Instant adoptedAt, Long amendment) {
        static VersionSummary of(ModuleText t) {
            return new VersionSummary(t.number(), t.title(), t.adoptedAt(), t.amendment());
        }
    }
}
