package org.entente.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.entente.compact.Dimension;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorUnit;
import org.entente.shared.InvalidInput;

/**
 * The checks every reported value goes through, whatever way it came in: the indicator and its period type, the
 * period (ended, after reporting began, not locked; a reason when late), the breakdown's dimensions, type and range by
 * unit, and breakdowns that add up to their total. {@link Submissions} runs them and stores what passes.
 */
final class ValueChecks {

    private ValueChecks() {
    }

    record Checked(Indicator indicator, String disaggregation, double value, String source, String comment,
            boolean late, String lateReason) {
    }

    static Checked check(Submissions.ValueRow row, Map<String, Indicator> indicators, ReportingPeriod period, LocalDate opened,
            LocalDate today) {
        if (row == null) {
            throw InvalidInput.coded("", "is empty", "invalid.required");
        }
        List<InvalidInput> found = new ArrayList<>();
        Indicator indicator = row.indicator() == null ? null : indicators.get(row.indicator().strip());
        if (row.indicator() == null || row.indicator().isBlank()) {
            found.add(InvalidInput.coded("indicator", "is required", "invalid.required"));
        } else if (indicator == null) {
            found.add(InvalidInput.coded("indicator", "is not an indicator of a module the party committed to",
                    "monitoring.invalid.indicator", row.indicator()));
        } else if (indicator.formula().isPresent()) {
            found.add(InvalidInput.coded("indicator", "is computed from its data elements, not reported",
                    "monitoring.invalid.computed", indicator.name()));
        } else if (indicator.periodType() != period.type()) {
            found.add(InvalidInput.coded("period", "the indicator is reported " + indicator.periodType()
                    + ", not for a period like " + period, "monitoring.invalid.periodType", indicator.name()));
        }
        boolean late = false;
        String lateReason = row.lateReason() == null || row.lateReason().isBlank() ? null : row.lateReason().strip();
        if (!period.lastDay().isBefore(today)) {
            found.add(InvalidInput.coded("period", "has not ended yet", "monitoring.invalid.notEnded"));
        } else if (period.lastDay().isBefore(opened)) {
            found.add(InvalidInput.coded("period", "ended before the party's reporting began", "monitoring.invalid.before"));
        } else if (today.isAfter(period.locksAfter())) {
            found.add(InvalidInput.coded("period", "is locked; the secretariat re-opens it",
                    "monitoring.invalid.periodLocked"));
        } else if (today.isAfter(period.dueOn())) {
            late = true;
            if (lateReason == null) {
                found.add(InvalidInput.coded("lateReason", "the period fell due: say why the value comes late",
                        "monitoring.invalid.lateReason"));
            }
        }
        if (lateReason != null && lateReason.length() > 500) {
            found.add(InvalidInput.tooLong("lateReason", 500));
        }
        String disaggregation = "";
        try {
            disaggregation = disaggregation(row.disaggregation(), indicator);
        } catch (InvalidInput e) {
            found.add(e);
        }
        Double value = row.value();
        if (value == null || !Double.isFinite(value)) {
            found.add(InvalidInput.coded("value", "is required, a number", "invalid.number"));
        } else if (indicator != null) {
            rangeOf(indicator.unit(), value).ifPresent(found::add);
        }
        if (row.source() != null && row.source().length() > 500) {
            found.add(InvalidInput.tooLong("source", 500));
        }
        if (row.comment() != null && row.comment().length() > 2000) {
            found.add(InvalidInput.tooLong("comment", 2000));
        }
        InvalidInput.throwIfAny(found);
        return new Checked(indicator, disaggregation, value, blankToNull(row.source()), blankToNull(row.comment()),
                late, late ? lateReason : null);
    }

    /** {@code {"SEX": "F", "AGE_GROUP": "15-24"}} as {@code AGE_GROUP=15-24;SEX=F}, each dimension one the indicator declares. */
    static String disaggregation(Map<String, String> given, Indicator indicator) {
        if (given == null || given.isEmpty()) {
            return "";
        }
        Map<String, String> sorted = new TreeMap<>();
        for (var entry : given.entrySet()) {
            Dimension dimension;
            try {
                dimension = Dimension.valueOf(entry.getKey() == null ? "" : entry.getKey().strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.coded("disaggregation", "'" + entry.getKey() + "' is not a dimension",
                        "monitoring.invalid.dimension", String.valueOf(entry.getKey()));
            }
            if (indicator != null && !indicator.dimensionList().contains(dimension)) {
                throw InvalidInput.coded("disaggregation", "the indicator is not disaggregated by " + dimension,
                        "monitoring.invalid.dimension", dimension.name());
            }
            String category = entry.getValue() == null ? "" : entry.getValue().strip();
            if (category.isEmpty() || category.length() > 40 || category.contains(";") || category.contains("=")) {
                throw InvalidInput.coded("disaggregation", "each dimension needs a category of 1 to 40 characters",
                        "monitoring.invalid.category", dimension.name());
            }
            sorted.put(dimension.name(), category);
        }
        StringBuilder key = new StringBuilder();
        sorted.forEach((d, c) -> key.append(key.length() == 0 ? "" : ";").append(d).append('=').append(c));
        return key.toString();
    }

    /** Larger than any figure a party reports: 10^30 inspections is a slip, whatever the unit. */
    static final double MOST = 1e12;

    private static Optional<InvalidInput> rangeOf(IndicatorUnit unit, double value) {
        if (Math.abs(value) > MOST) {
            return Optional.of(InvalidInput.between("value", (long) -MOST, (long) MOST));
        }
        return switch (unit) {
            case PERCENT -> value < 0 || value > 100 ? Optional.of(InvalidInput.between("value", 0, 100)) : Optional.empty();
            case BOOLEAN -> value != 0 && value != 1 ? Optional.of(InvalidInput.coded("value", "must be 0 or 1",
                    "monitoring.invalid.boolean")) : Optional.empty();
            case COUNT -> value < 0 || value != Math.rint(value) ? Optional.of(InvalidInput.coded("value",
                    "must be a whole number, 0 or more", "monitoring.invalid.count")) : Optional.empty();
            case MONEY, DAYS, RATIO -> value < 0 ? Optional.of(InvalidInput.atLeast("value", 0)) : Optional.empty();
            case SCORE -> Optional.empty();
        };
    }

    /**
     * Where a value and its breakdown by one dimension are both given, the breakdown adds up to the value: counts and
     * money only, since shares and rates do not add.
     */
    static void checkTotals(Map<Integer, Checked> good, List<Submissions.Problem> conflicts) {
        for (var total : good.entrySet()) {
            Checked t = total.getValue();
            IndicatorUnit unit = t.indicator().unit();
            if (!t.disaggregation().isEmpty() || (unit != IndicatorUnit.COUNT && unit != IndicatorUnit.MONEY)) {
                continue;
            }
            Map<String, Double> sums = new TreeMap<>();
            for (Checked c : good.values()) {
                if (c.indicator().code().equals(t.indicator().code()) && !c.disaggregation().isEmpty()
                        && !c.disaggregation().contains(";")) {
                    sums.merge(c.disaggregation().substring(0, c.disaggregation().indexOf('=')), c.value(), Double::sum);
                }
            }
            sums.forEach((dimension, sum) -> {
                if (Math.abs(sum - t.value()) > 1e-6 * Math.max(1, Math.abs(t.value()))) {
                    conflicts.add(new Submissions.Problem(total.getKey(), "value", "the values by " + dimension + " add up to "
                            + sum + ", not " + t.value(), "monitoring.invalid.total",
                            List.of(dimension, sum, t.value())));
                }
            });
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
