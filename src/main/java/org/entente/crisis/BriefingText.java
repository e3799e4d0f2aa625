package org.entente.crisis;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Fills the briefing template of a language with the figures of one viewer's view of the crisis. */
public final class BriefingText {

    private BriefingText() {
    }

    public static String of(Briefings.Briefing b, MessageSource messages, java.time.Instant now) {
        Locale locale = Locale.forLanguageTag(b.language());
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        String unknown = messages.getMessage("briefing.unknown", null, "unknown", locale);
        var totals = b.dashboard().totals();
        Object[] args = {
                b.dashboard().crisis().name(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC).format(now),
                b.level() == null ? unknown : b.level(),
                figure(totals.get("affected"), numbers, unknown),
                figure(totals.get("inNeed"), numbers, unknown),
                figure(totals.get("displaced"), numbers, unknown),
                figure(totals.get("reached"), numbers, unknown),
                b.dashboard().withheld(),
                b.dashboard().sectionsWithheld()};
        return messages.getMessage("briefing.template", args, locale);
    }

    private static String figure(Long value, NumberFormat numbers, String unknown) {
        return value == null ? unknown : numbers.format(value);
    }
}
