package org.entente.crisis.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.entente.crisis.TimelineEvent;

/**
 * A timeline entry in the reader's language: the entries Entente writes through their message, with escalation
 * levels by name; the entries a party typed as typed. Pages call it as {@code @timelineText.of(entry, #locale)}.
 */
@Component("timelineText")
public class TimelineText {

    private final MessageSource messages;

    TimelineText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(TimelineEvent entry, Locale locale) {
        if (entry.messageKey() == null) {
            return entry.text();
        }
        List<String> args = entry.args();
        Object[] shown = args.toArray();
        if (entry.messageKey().equals("timeline.escalated") || entry.messageKey().equals("timeline.deescalated")) {
            shown[0] = level(args.get(0), locale);
            shown[1] = level(args.get(1), locale);
        } else if (entry.messageKey().equals("timeline.protocol")) {
            shown[1] = level(args.get(1), locale);
        }
        return messages.getMessage(entry.messageKey(), shown, entry.text(), locale);
    }

    /** A level by its name where the interface knows it, else as its protocol spells it. */
    String level(String level, Locale locale) {
        return messages.getMessage("level." + level, null, level, locale);
    }
}
