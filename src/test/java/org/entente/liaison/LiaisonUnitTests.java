package org.entente.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.junit.jupiter.api.Test;

class LiaisonUnitTests {

    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    static final List<UnitMember> MEMBERS = List.of(
            new UnitMember("Ana", "Head", null, null, "es en", null),
            new UnitMember("Ben", "Duty officer", null, null, "fr", null));

    static LiaisonUnit unit(List<OnCallShift> shifts, LocalDate validUntil, String name) {
        return LiaisonUnit.establish(new PartyCode("XCO"), new LiaisonUnit.Details(name, null, null, null,
                "Floods, storms; epidemics", validUntil, DayOfWeek.MONDAY, LocalTime.of(13, 0), 60, MEMBERS, shifts));
    }

    @Test
    void knowsWhoIsOnCallNowAndNext() {
        LiaisonUnit unit = unit(List.of(new OnCallShift("Ana", NOON.minusSeconds(3600), NOON),
                new OnCallShift("Ben", NOON, NOON.plusSeconds(43200)),
                new OnCallShift("Ana", NOON.plusSeconds(43200), NOON.plusSeconds(86400))), null, "Unit");

        assertThat(unit.onCall(NOON)).hasValueSatisfying(s -> assertThat(s.member()).isEqualTo("Ben"));
        assertThat(unit.onCall(NOON.minusSeconds(1))).hasValueSatisfying(s -> assertThat(s.member()).isEqualTo("Ana"));
        assertThat(unit.nextOnCall(NOON)).hasValueSatisfying(s -> assertThat(s.startsAt()).isEqualTo(NOON.plusSeconds(43200)));
        assertThat(unit.onCall(NOON.plusSeconds(86400))).isEmpty();
    }

    @Test
    void flagsAnExpiredMandate() {
        assertThat(unit(List.of(), LocalDate.of(2026, 11, 22), "U").mandateExpired(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(unit(List.of(), LocalDate.of(2026, 11, 23), "U").mandateExpired(LocalDate.of(2026, 11, 23))).isFalse();
    }

    @Test
    void aShiftNamesAMemberOfTheUnit() {
        assertThatThrownBy(() -> unit(List.of(new OnCallShift("Zoe", NOON, NOON.plusSeconds(60))), null, "U"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("shifts[0].member"));
    }

    @Test
    void theStandingMeetingIsAWeeklyICalendarEventWithEscapedAndFoldedText() {
        String name = "Costrava Civil Protection Liaison Unit, coastal districts; extended name for folding";
        String ics = MeetingCalendar.of(unit(List.of(), null, name), NOON);
        assertThat(ics).contains("BEGIN:VCALENDAR\r\n", "RRULE:FREQ=WEEKLY;BYDAY=MO\r\n",
                "DTSTART:20261123T130000Z\r\n", "DESCRIPTION:Floods\\, storms\\; epidemics\r\n");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + MeetingCalendar.escape(name));
    }
}
