package org.entente.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Calendar text as RFC 5545 allows it, whatever a unit's name holds. */
class MeetingCalendarTests {

    @Test
    void aBareCarriageReturnCannotStartANewCalendarLine() {
        String escaped = MeetingCalendar.escape("Unit\rBEGIN:VEVENT");

        assertThat(escaped).isEqualTo("Unit\\nBEGIN:VEVENT").doesNotContain("\r");
    }

    @Test
    void everyKindOfLineBreakIsWrittenAsAnEscapedNewLine() {
        assertThat(MeetingCalendar.escape("a\r\nb\nc\rd")).isEqualTo("a\\nb\\nc\\nd");
    }

    @Test
    void backslashesSemicolonsAndCommasAreEscapedAndOtherControlCharactersLeftOut() {
        assertThat(MeetingCalendar.escape("A\\B;C,D\u0007E\u0000F\tG")).isEqualTo("A\\\\B\\;C\\,DEF\tG");
    }
}
