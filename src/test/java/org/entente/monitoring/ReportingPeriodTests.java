package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.entente.compact.PeriodType;
import org.entente.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class ReportingPeriodTests {

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 200 * 366).map(n -> LocalDate.of(1950, 1, 1).plusDays(n));
    }

    @Property
    void everyDayLiesInExactlyOnePeriodOfEachTypeAndItsNameReadsBack(@ForAll("days") LocalDate day,
            @ForAll PeriodType type) {
        ReportingPeriod period = ReportingPeriod.containing(type, day);
        assertThat(period.contains(day)).isTrue();
        assertThat(period.next().contains(day)).isFalse();
        assertThat(period.previous().contains(day)).isFalse();
        assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
    }

    @Property
    void periodsOfOneTypeFollowEachOtherWithoutGapOrOverlap(@ForAll("days") LocalDate day, @ForAll PeriodType type,
            @ForAll @IntRange(min = 1, max = 30) int steps) {
        ReportingPeriod period = ReportingPeriod.containing(type, day);
        for (int i = 0; i < steps; i++) {
            ReportingPeriod next = period.next();
            assertThat(next.firstDay()).isEqualTo(period.lastDay().plusDays(1));
            assertThat(next.previous()).isEqualTo(period);
            assertThat(next).isGreaterThan(period);
            period = next;
        }
    }

    @Property
    void aPeriodFallsDueAfterItEndsAndLocksAfterItFallsDue(@ForAll("days") LocalDate day, @ForAll PeriodType type) {
        ReportingPeriod period = ReportingPeriod.containing(type, day);
        assertThat(period.dueOn()).isAfter(period.lastDay());
        assertThat(period.locksAfter()).isAfter(period.dueOn());
    }

    @Test
    void theFourNamesDhis2UsersKnow() {
        assertThat(ReportingPeriod.parse("2026").lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReportingPeriod.parse("2026S1").lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportingPeriod.parse("2026Q3").firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ReportingPeriod.parse("2028-02").lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReportingPeriod.parse("2026Q4").next().toString()).isEqualTo("2027Q1");
        for (String wrong : new String[] {"2026Q5", "2026-13", "2026S3", "26", "2026W1", "", "2026-7"}) {
            assertThatThrownBy(() -> ReportingPeriod.parse(wrong)).as(wrong).isInstanceOf(InvalidInput.class);
        }
    }
}
