package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Declaration;
import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorTarget;
import org.entente.compact.IndicatorUnit;
import org.entente.compact.PeriodType;
import org.entente.shared.Actor;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An indicator computed by a formula is never reported: its data elements are owed, reported and verified, and the
 * indicator is computed from them wherever it is read (open data, the scorecard, the triggers), withheld where one of
 * its elements is a small count.
 */
@IntegrationTest
class ComputedIndicatorsIntegrationTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue catalogue;
    @Autowired
    AdherenceDesk desk;
    @Autowired
    ReportingCalendar calendar;
    @Autowired
    Submissions submissions;
    @Autowired
    OpenValues openValues;
    @Autowired
    Scorecard scorecard;
    @Autowired
    ReviewTriggers triggers;
    @Autowired
    MutableClock clock;
    @Autowired
    Compliance compliance;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** Share of placements by licensed recruiters: (PLACED_LICENSED / PLACED_ALL) × 100, yearly. */
    static final Indicator SHARE = new Indicator("LICENSED", "Share of placements by licensed recruiters", null,
            IndicatorUnit.PERCENT, Direction.HIGHER_IS_BETTER, PeriodType.YEARLY, "", null, "PLACED_LICENSED",
            "PLACED_ALL", 100.0, null, null);

    Fixtures.TestUser focal;
    Fixtures.TestUser secretariat;
    String code;
    int year;

    @BeforeEach
    void aPartyCommittedToAComputedIndicator() {
        clock.reset();
        secretariat = fixtures.user(Role.SECRETARIAT);
        focal = fixtures.user(Role.FOCAL_POINT);
        code = "F" + System.nanoTime() % 100000000;
        year = calendar.today().getYear();
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code, List.of(SHARE));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(),
                List.of(new IndicatorTarget("LAB", "LICENSED", 40.0, year - 1, 90.0, LocalDate.of(year + 2, 12, 31))),
                List.of()));
        desk.accept(secretariat.actor(), code, focal.party());
        calendar.open(code, focal.party());
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void reportAndVerify(double licensed, double all) {
        clock.setTo(Instant.parse((year + 1) + "-01-10T09:00:00Z"));
        var summary = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(),
                String.valueOf(year), List.of(new Submissions.ValueRow("PLACED_LICENSED", Map.of(), licensed, null,
                        null, null), new Submissions.ValueRow("PLACED_ALL", Map.of(), all, null, null, null)), false),
                Channel.API);
        assertThat(summary.conflicts()).isEmpty();
        submissions.verify(fixtures.user(Role.MONITOR).actor(), summary.submission(), Verdict.VERIFIED, null);
    }

    @Test
    void theElementsAreOwedAndTheIndicatorIsComputedFromThemWhereverItIsRead() throws Exception {
        clock.setTo(Instant.parse((year + 1) + "-01-10T09:00:00Z"));
        assertThat(calendar.obligations(code, focal.party())).extracting(o -> o.indicator().code())
                .containsExactlyInAnyOrder("PLACED_LICENSED", "PLACED_ALL");
        var refused = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(),
                String.valueOf(year), List.of(new Submissions.ValueRow("LICENSED", Map.of(), 50.0, null, null, null)),
                true), Channel.API);
        assertThat(refused.conflicts()).extracting(Submissions.Problem::code)
                .containsExactly("monitoring.invalid.computed");

        reportAndVerify(300, 400);

        assertThat(openValues.of(Actor.anonymous(), code)).filteredOn(p -> p.value().indicator().equals("LICENSED"))
                .singleElement().satisfies(p -> {
                    assertThat(p.amount()).isEqualTo(75.0);
                    assertThat(p.value().status()).isEqualTo(ValueStatus.VERIFIED);
                    assertThat(p.value().period()).isEqualTo(String.valueOf(year));
                });
        // 75 at the end of this year against a line from 40 to 90 over three years (about 57 by then): on track.
        assertThat(scorecard.of(code).rows()).singleElement().satisfies(r -> {
            assertThat(r.cell("LAB").judged()).isEqualTo(1);
            assertThat(r.cell("LAB").onTrack()).isEqualTo(1);
            assertThat(r.cell("LAB").reported()).isEqualTo(2);
        });
        // The party's compliance page shows the value beside what the straight line expects by the end of the year.
        var standing = compliance.of(code, focal.party()).modules().get(0).indicators().get(0);
        assertThat(standing.latest()).isEqualTo(75.0);
        assertThat(standing.onTrack()).isTrue();
        double span = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(year - 1, 12, 31),
                LocalDate.of(year + 2, 12, 31));
        double elapsed = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(year - 1, 12, 31),
                LocalDate.of(year, 12, 31));
        assertThat(standing.expected()).isCloseTo(40 + 50 * elapsed / span, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/compacts/" + code + "/parties/" + focal.party().value() + "/compliance"))
                .andReturn().getResponse().getContentAsString()).contains("Share of placements by licensed recruiters",
                        "75");
        triggers.define(secretariat.actor(), code, new TriggerRule("UNDER-TARGET", "Below target",
                TriggerRule.Kind.THRESHOLD, "LAB", "LICENSED", TriggerRule.LeftSide.VALUE, null,
                TriggerRule.Operator.LESS_THAN, TriggerRule.RightSide.TARGET, null, TriggerRule.Importance.LOW,
                TriggerRule.Opens.FOLLOW_UP));
        assertThat(triggers.firings(code, focal.party())).filteredOn(f -> f.rule().rule().code().equals("UNDER-TARGET"))
                .singleElement().satisfies(f -> {
                    assertThat(f.observed()).isEqualTo(75.0);
                    assertThat(f.threshold()).isEqualTo(90.0);
                });
    }

    @Test
    void aComputedValueIsWithheldWhereOneOfItsElementsIsASmallCount() {
        reportAndVerify(7, 400);
        var published = openValues.of(Actor.anonymous(), code);
        assertThat(published).filteredOn(p -> p.value().indicator().equals("PLACED_LICENSED")).singleElement()
                .satisfies(p -> assertThat(p.withheld()).isTrue());
        assertThat(published).filteredOn(p -> p.value().indicator().equals("LICENSED")).singleElement()
                .satisfies(p -> assertThat(p.withheld()).isTrue());
        assertThat(compliance.of(code, focal.party()).modules().get(0).indicators().get(0).latest()).isNull();
    }
}
