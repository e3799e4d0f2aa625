package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Dates, numbers and weekdays as a reader of each of the six languages writes them. */
class FormatsTests {

    private static final Instant MOMENT = Instant.parse("2026-12-07T14:05:00Z");

    static Formats in(String language) {
        return new Formats(Locale.forLanguageTag(language), new StaticMessageSource());
    }

    @Test
    void aMomentIsWrittenInEachLanguagesOwnWayOnTheTwentyFourHourClockInUtc() {
        assertThat(in("en").dateTime(MOMENT)).isEqualTo("7 Dec 2026 14:05");
        assertThat(in("fr").dateTime(MOMENT)).isEqualTo("7 déc. 2026 14:05");
        assertThat(in("es").dateTime(MOMENT)).isEqualTo("7 dic 2026 14:05");
        assertThat(in("ru").dateTime(MOMENT)).isEqualTo("7 дек. 2026 г. 14:05");
        assertThat(in("zh").dateTime(MOMENT)).isEqualTo("2026年12月7日 14:05");
        assertThat(in("fr").date(LocalDate.of(2026, 3, 5))).isEqualTo("5 mars 2026");
    }

    @Test
    void arabicPagesUseTheDigitsZeroToNineAndKeepADateInOnePiece() throws Exception {
        Formats arabic = in("ar");

        assertThat(arabic.integer(1234567)).isEqualTo("1,234,567");
        assertThat(arabic.dateTime(MOMENT)).startsWith("\u2068").endsWith("\u2069").contains("2026", "14:05")
                .doesNotContain("٢");
        String withheld = new ModuleMessages().messageSource().getMessage("crisis.withheld", new Object[] {5}, Locale.forLanguageTag("ar"));
        assertThat(withheld).contains("5").doesNotContain("٥");
    }

    @Test
    void numbersMoneyAndWeekdaysFollowTheLanguage() {
        assertThat(in("fr").integer(1234567)).isEqualTo("1\u202f234\u202f567");
        assertThat(in("es").money(1234.5)).isEqualTo("1.234,50");
        assertThat(in("en").money(1234.5)).isEqualTo("1,234.50");
        assertThat(in("en").percent(0.956)).isEqualTo("96%");
        assertThat(in("ru").weekday(DayOfWeek.WEDNESDAY)).isEqualTo("среда");
        assertThat(in("zh").weekday(DayOfWeek.WEDNESDAY)).isEqualTo("星期三");
        assertThat(in("en").number(null)).isEqualTo("—");
    }
}
