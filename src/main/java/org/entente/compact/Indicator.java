package org.entente.compact;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A measurable indicator: what is measured, in what unit, which way is better, how often, disaggregated how, from
 * which source, and optionally computed by a formula over reported data elements.
 *
 * @param dimensions space-separated {@link Dimension} names
 */
@Table("indicator")
public record Indicator(String code, String name, String definition, IndicatorUnit unit, Direction direction,
        PeriodType periodType, String dimensions, String dataSource, String numerator, String denominator,
        Double factor, Double rangeMin, Double rangeMax) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_.]{1,39}");

    public Indicator {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInput("code", "must be 2-40 upper-case letters, digits, dots or underscores");
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            throw InvalidInput.requiredAtMost("name", 300);
        }
        if (definition != null && definition.length() > 4000) {
            throw InvalidInput.tooLong("definition", 4000);
        }
        if (unit == null) {
            throw InvalidInput.required("unit");
        }
        if (direction == null) {
            throw InvalidInput.required("direction");
        }
        if (periodType == null) {
            throw InvalidInput.required("periodType");
        }
        if (direction == Direction.WITHIN_RANGE && (rangeMin == null || rangeMax == null || rangeMin > rangeMax)) {
            throw new InvalidInput("rangeMin", "a WITHIN_RANGE indicator needs rangeMin <= rangeMax");
        }
        dimensions = dimensions == null ? "" : normalise(dimensions);
        if (numerator != null && !numerator.isBlank()) {
            new Formula(numerator, denominator, factor == null ? 1 : factor);
        } else if (denominator != null && !denominator.isBlank()) {
            throw new InvalidInput("numerator", "a formula with a denominator needs a numerator");
        }
    }

    private static String normalise(String dimensions) {
        Set<Dimension> set = EnumSet.noneOf(Dimension.class);
        for (String part : dimensions.split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    set.add(Dimension.valueOf(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("dimensions", "'" + part + "' is not one of " + Arrays.toString(Dimension.values()));
                }
            }
        }
        return set.stream().map(Enum::name).collect(Collectors.joining(" "));
    }

    public List<Dimension> dimensionList() {
        return dimensions.isEmpty() ? List.of() : Arrays.stream(dimensions.split(" ")).map(Dimension::valueOf).toList();
    }

    public Optional<Formula> formula() {
        return numerator == null || numerator.isBlank() ? Optional.empty()
                : Optional.of(new Formula(numerator, denominator, factor == null ? 1 : factor));
    }
}
