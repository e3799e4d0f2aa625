package org.entente.monitoring;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.compact.PeriodType;
import org.entente.shared.InvalidInput;

/**
 * A reporting period, named as DHIS2 and ISO 8601 name them: {@code 2026} (a year), {@code 2026S1} (a half),
 * {@code 2026Q3} (a quarter), {@code 2026-07} (a month). Periods of one type follow each other without gap or overlap;
 * each has a first and a last day.
 *
 * @param index the half (1-2), quarter (1-4) or month (1-12) within the year; 1 for a year
 */
public record ReportingPeriod(PeriodType type, int year, int index) implements Comparable<ReportingPeriod> {

    private static final Pattern NAME = Pattern.compile("(\\d{4})(?:S([12])|Q([1-4])|-(0[1-9]|1[0-2]))?");

    public ReportingPeriod {
        if (type == null) {
            throw InvalidInput.required("period");
        }
        if (year < 1900 || year > 2200 || index < 1 || index > perYear(type)) {
            throw InvalidInput.coded("period", "is not a period", "monitoring.invalid.period");
        }
    }

    /** Reads {@code 2026}, {@code 2026S1}, {@code 2026Q3} or {@code 2026-07}. */
    public static ReportingPeriod parse(String name) {
        Matcher m = name == null ? null : NAME.matcher(name.strip());
        if (m == null || !m.matches()) {
            throw InvalidInput.coded("period", "must be a period such as 2026, 2026S1, 2026Q3 or 2026-07",
                    "monitoring.invalid.period");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new ReportingPeriod(PeriodType.SIX_MONTHLY, year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new ReportingPeriod(PeriodType.QUARTERLY, year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new ReportingPeriod(PeriodType.MONTHLY, year, Integer.parseInt(m.group(4)));
        }
        return new ReportingPeriod(PeriodType.YEARLY, year, 1);
    }

    /** The period of this type that holds the day. */
    public static ReportingPeriod containing(PeriodType type, LocalDate day) {
        int months = 12 / perYear(type);
        return new ReportingPeriod(type, day.getYear(), (day.getMonthValue() - 1) / months + 1);
    }

    static int perYear(PeriodType type) {
        return switch (type) {
            case YEARLY -> 1;
            case SIX_MONTHLY -> 2;
            case QUARTERLY -> 4;
            case MONTHLY -> 12;
        };
    }

    private int months() {
        return 12 / perYear(type);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (index - 1) * months() + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(months()).minusDays(1);
    }

    public ReportingPeriod next() {
        return index == perYear(type) ? new ReportingPeriod(type, year + 1, 1) : new ReportingPeriod(type, year, index + 1);
    }

    public ReportingPeriod previous() {
        return index == 1 ? new ReportingPeriod(type, year - 1, perYear(type)) : new ReportingPeriod(type, year, index - 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** The day a period's values fall due: a month after a month or a quarter ends, three months after a half or a year. */
    public LocalDate dueOn() {
        return switch (type) {
            case MONTHLY, QUARTERLY -> lastDay().plusMonths(1);
            case SIX_MONTHLY, YEARLY -> lastDay().plusMonths(3);
        };
    }

    /** After this day a period is locked: a value for it needs the secretariat to re-open it. */
    public LocalDate locksAfter() {
        return dueOn().plusMonths(6);
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : Integer.compare(perYear(other.type), perYear(type));
    }

    @Override
    public String toString() {
        return switch (type) {
            case YEARLY -> String.valueOf(year);
            case SIX_MONTHLY -> year + "S" + index;
            case QUARTERLY -> year + "Q" + index;
            case MONTHLY -> String.format("%d-%02d", year, index);
        };
    }
}
