package org.entente.liaison;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

/** A liaison unit's standing meeting as an iCalendar (RFC 5545) feed that calendar programs subscribe to. */
public final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MeetingCalendar() {
    }

    public static String of(LiaisonUnit unit, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Entente//Liaison units//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(unit.name()));
        if (unit.meetingDay() != null) {
            LocalDate first = now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.nextOrSame(unit.meetingDay()));
            Instant start = first.atTime(unit.meetingTime()).toInstant(ZoneOffset.UTC);
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:liaison-unit-" + unit.id() + "-standing@entente");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + UTC.format(start));
            line(ics, "DURATION:PT" + unit.meetingMinutes() + "M");
            line(ics, "RRULE:FREQ=WEEKLY;BYDAY=" + unit.meetingDay().name().substring(0, 2));
            line(ics, "SUMMARY:" + escape(unit.name() + ": standing liaison meeting"));
            if (unit.mandateScope() != null) {
                line(ics, "DESCRIPTION:" + escape(unit.mandateScope()));
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * A TEXT value as RFC 5545 (3.3.11) allows it: backslashes, semicolons and commas escaped; a line break of any
     * kind (CRLF, CR or LF) written as {@code \n}; other control characters, which TEXT may not hold, left out.
     */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
        return escaped.codePoints().filter(c -> c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Content lines end in CRLF and fold at 75 octets, continuing with a space. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        StringBuilder current = new StringBuilder();
        int octets = 0;
        boolean first = true;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > (first ? 75 : 74)) {
                ics.append(first ? "" : " ").append(current).append("\r\n");
                current.setLength(0);
                octets = 0;
                first = false;
            }
            current.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(first ? "" : " ").append(current).append("\r\n");
    }
}
