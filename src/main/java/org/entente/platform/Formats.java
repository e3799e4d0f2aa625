package org.entente.platform;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;

/**
 * Dates, times, numbers, weekdays and enum labels as a reader of one interface language writes them. Times are shown
 * in UTC, the one clock every party of a crisis shares. Arabic pages use the digits 0–9, as the United Nations'
 * Arabic pages do; month and weekday names are each language's own. Templates reach this as {@code #fmt}.
 */
public final class Formats {

    private static final String NONE = "—";

    private final Locale language;
    private final Locale locale;
    private final Locale numbers;
    private final MessageSource messages;

    public Formats(Locale locale, MessageSource messages) {
        this.language = locale == null ? Locale.ENGLISH : locale;
        this.locale = textLocale(locale);
        this.numbers = numbersOf(this.locale);
        this.messages = messages;
    }

    /** The locale numbers are written in: the language's own, with the digits 0–9 for Arabic. */
    static Locale numbersOf(Locale locale) {
        return locale != null && locale.getLanguage().equals("ar") ? Locale.forLanguageTag("ar-u-nu-latn") : locale;
    }

    /** In Arabic a date or number sits in an isolate (U+2068 … U+2069), so it keeps its order inside the sentence. */
    private String isolated(String text) {
        return locale.getLanguage().equals("ar") ? "\u2068" + text + "\u2069" : text;
    }

    /** English is written the British way in the UN system: 7 Dec 2026, 14:05. */
    private static Locale textLocale(Locale locale) {
        return locale == null || locale.getLanguage().equals("en") ? Locale.UK : locale;
    }

    /** A moment in UTC, its day as the language writes it and the time on the 24-hour clock: "7 Dec 2026 14:05". */
    public String dateTime(TemporalAccessor moment) {
        if (moment == null) {
            return NONE;
        }
        if (moment instanceof Instant instant) {
            return isolated(plainDate(instant) + " " + time(LocalTime.ofInstant(instant, ZoneOffset.UTC)));
        }
        if (moment instanceof LocalDateTime local) {
            return isolated(plainDate(local) + " " + time(local.toLocalTime()));
        }
        return date(moment);
    }

    /** The moment so many hours after a start, as {@link #dateTime}: a plan's "arrives after 23 h" as a date and time. */
    public String hoursAfter(Instant start, Number hours) {
        if (start == null || hours == null) {
            return NONE;
        }
        return dateTime(start.plusSeconds(Math.round(hours.doubleValue() * 3600)));
    }

    /** A day: "7 Dec 2026". An instant is taken in UTC. */
    public String date(TemporalAccessor day) {
        return day == null ? NONE : isolated(plainDate(day));
    }

    private String plainDate(TemporalAccessor day) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (day instanceof Instant instant) {
            return format.withZone(ZoneOffset.UTC).format(instant);
        }
        return format.format(day instanceof LocalDateTime local ? local.toLocalDate() : LocalDate.from(day));
    }

    /** A time of day, on the 24-hour clock: "14:05". */
    public String time(LocalTime time) {
        return time == null ? NONE : DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    /** The weekday's name: "Wednesday", "mercredi", "الأربعاء", "星期三". */
    public String weekday(DayOfWeek day) {
        return day == null ? NONE : day.getDisplayName(TextStyle.FULL, locale);
    }

    /** A whole number with the language's grouping: "1,234,567", "1 234 567". */
    public String integer(Number value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getIntegerInstance(numbers);
        return format.format(Math.round(value.doubleValue()));
    }

    /** A quantity, with up to two decimals when it has them: "1,234.5". */
    public String number(Number value) {
        if (value == null) {
            return NONE;
        }
        if (numberFormat == null) {
            // One per page rendering (a page renders on one thread): a table of 2,000 figures builds it once.
            numberFormat = NumberFormat.getNumberInstance(numbers);
            numberFormat.setMaximumFractionDigits(2);
        }
        return numberFormat.format(value.doubleValue());
    }

    private NumberFormat numberFormat;

    /** An amount of money, always with two decimals: "1,234.50". */
    public String money(Number amount) {
        if (amount == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbers);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.doubleValue());
    }

    /** A share between 0 and 1 as a percentage: "96%", "96 %". */
    public String percent(Number share) {
        if (share == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(numbers);
        format.setMaximumFractionDigits(share.doubleValue() > 0.99 && share.doubleValue() < 1 ? 1 : 0);
        return format.format(share.doubleValue());
    }

    /** What is wrong with a field, in the reader's language where the problem has a code, else as the rule said it. */
    public String problem(InvalidInput.FieldProblem problem) {
        if (problem.code() == null) {
            return problem.message();
        }
        return messages.getMessage(problem.code(), problem.args().toArray(), problem.message(), language);
    }

    /** A refusal shown above a page's forms: a coded problem in the reader's language, else its text. */
    public String refusal(Object problem) {
        return problem instanceof InvalidInput.FieldProblem coded ? problem(coded) : String.valueOf(problem);
    }

    /**
     * The field a problem names, as its form labels it: {@code lines[2].quantity} is the message
     * {@code field.lines.quantity} with 3, "Quantity, line 3"; a field without a label keeps its name.
     */
    public String field(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        java.util.regex.Matcher index = INDEX.matcher(field);
        Integer line = index.find() ? Integer.parseInt(index.group(1)) + 1 : null;
        String key = "field." + INDEX.matcher(field).replaceAll("");
        return messages.getMessage(key, line == null ? null : new Object[] {line}, field, language);
    }

    /**
     * The id a form gives the input of this field, so the error summary can link to it; the same id Thymeleaf's
     * {@code th:field} gives: {@code lines[2].quantity} is {@code lines2.quantity}.
     */
    public String fieldId(String field) {
        return field.replace("[", "").replace("]", "");
    }

    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[(\\d+)\\]");

    /**
     * Languages named in the reader's language where Entente speaks them, else by their code: "en fr" is
     * "English, Français" (each language names itself, as in the language menu).
     */
    public String languages(String codes) {
        if (codes == null || codes.isBlank()) {
            return NONE;
        }
        return String.join(", ", java.util.Arrays.stream(codes.strip().split("[\\s,]+"))
                .map(code -> labelOr("lang." + code, code)).toList());
    }

    /**
     * Text a person typed, set inside a sentence in the reader's language: in Arabic it is isolated, so that an English
     * title inside an Arabic sentence keeps its own direction and the sentence's punctuation stays where it belongs.
     */
    public String isolate(String text) {
        return text == null ? NONE : isolated(text);
    }

    /** The message of this key in the reader's language, with its arguments. */
    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, language);
    }

    /** The message of this key in the reader's language, or the fallback where none is defined (a user's own code). */
    public String labelOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, language);
    }

    /** A constant of a {@link Labelled} enum, in the reader's language. */
    public String label(Enum<?> constant) {
        if (constant == null) {
            return NONE;
        }
        Labelled labelled = constant.getDeclaringClass().getAnnotation(Labelled.class);
        if (labelled == null) {
            return constant.name();
        }
        return messages.getMessage(labelled.value() + "." + constant.name(), null, constant.name(), language);
    }
}
