package org.entente.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.entente.compact.Direction;
import org.entente.compact.Formula;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorUnit;

/**
 * The data elements of indicators computed by a formula, as DHIS2 has them: SDG 10.7.1 is not reported, its
 * numerator and denominator are ({@code RECRUITMENT_COST_PAID}, {@code MONTHLY_EARNINGS}), and the indicator is
 * computed from them whenever it is read. Each element is reported as its indicator is, for the same periods and
 * breakdowns, as a number of 0 or more; it is owed, checked, verified and published like any value.
 */
public final class DataElements {

    private DataElements() {
    }

    /** What a party reports for these indicators: those not computed, and the elements of those that are. */
    static List<Indicator> reportable(List<Indicator> indicators) {
        Map<String, Indicator> reported = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            if (indicator.formula().isEmpty()) {
                reported.putIfAbsent(indicator.code(), indicator);
            } else {
                of(indicator).forEach(e -> reported.putIfAbsent(e.code(), e));
            }
        }
        return List.copyOf(reported.values());
    }

    /** A computed indicator's data elements, each reportable with its indicator's period type and breakdowns. */
    static List<Indicator> of(Indicator computed) {
        Optional<Formula> formula = computed.formula();
        if (formula.isEmpty()) {
            return List.of();
        }
        List<Indicator> elements = new ArrayList<>();
        for (String code : formula.get().elements().stream().distinct().toList()) {
            String name = name(code) + " — " + computed.name();
            elements.add(new Indicator(code, name.length() > 300 ? name.substring(0, 299) + "…" : name,
                    "A data element of " + computed.code() + ": " + formula.get(), IndicatorUnit.RATIO,
                    Direction.HIGHER_IS_BETTER, computed.periodType(), computed.dimensions(), computed.dataSource(),
                    null, null, null, null, null));
        }
        return elements;
    }

    /** "Recruitment cost paid" for {@code RECRUITMENT_COST_PAID}. */
    public static String name(String code) {
        String words = code.replace('_', ' ').replace('.', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The computed indicators' values for one party, period and breakdown, from whatever elements are there: empty
     * for an indicator whose elements are not all there or whose denominator is zero.
     */
    static Map<String, Double> computed(List<Indicator> indicators, Map<String, Double> elements) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            indicator.formula().ifPresent(f -> {
                OptionalDouble value = f.evaluate(elements);
                if (value.isPresent()) {
                    // Four decimals: a share of 32.8431 %, not 32.84313725490196.
                    values.put(indicator.code(), Math.round(value.getAsDouble() * 1e4) / 1e4);
                }
            });
        }
        return values;
    }
}
