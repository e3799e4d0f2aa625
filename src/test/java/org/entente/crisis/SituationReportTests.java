package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.entente.shared.Classification;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;

/** A situation report tells what has happened, in a period that is in order, and when the next one falls due. */
class SituationReportTests {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    static SituationReport.Content content(Instant start, Instant end, Instant next) {
        return new SituationReport.Content(start, end, "Roads reopened.", Classification.PUBLIC, Set.of(),
                KeyFigures.none(), List.of(), null, next);
    }

    @Test
    void aReportCoversAPastPeriodAndItsNextReportFallsDueAfterIt() {
        var report = SituationReport.submit(1L, new PartyCode("XCO"), content(NOW.minus(Duration.ofDays(1)), NOW,
                NOW.plus(Duration.ofDays(1))), "focal.xco", NOW);
        assertThat(report.nextReportDue()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void aPeriodEndingNextYearOrANextReportDueBeforeThePeriodEndsIsRefusedWithItsCode() {
        assertThatThrownBy(() -> SituationReport.submit(1L, new PartyCode("XCO"), content(NOW,
                Instant.parse("2027-06-30T00:00:00Z"), null), "focal.xco", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("sitrep.invalid.future"));
        assertThatThrownBy(() -> content(NOW.minus(Duration.ofDays(1)), NOW, Instant.parse("2020-01-01T00:00:00Z")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field())
                        .isEqualTo("nextReportDue"));
        assertThatThrownBy(() -> content(NOW, NOW.minus(Duration.ofHours(1)), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("sitrep.invalid.period"));
    }
}
