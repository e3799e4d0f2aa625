package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Declaration;
import org.entente.compact.IndicatorUnit;
import org.entente.shared.AccessDenied;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * A party whose adherence became active reports its values for a period that ended; the good values are written and
 * the bad ones named; a monitor of another party verifies them, after which they are locked.
 */
@IntegrationTest
class ReportingIntegrationTests {

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
    MutableClock clock;
    @Autowired
    OpenValues openValues;
    @Autowired
    Scorecard scorecard;

    Fixtures.TestUser focal;
    Fixtures.TestUser secretariat;
    String code;
    String year;

    @BeforeEach
    void aCompactInForceWithOneParty() {
        clock.reset();
        secretariat = fixtures.user(Role.SECRETARIAT);
        focal = fixtures.user(Role.FOCAL_POINT);
        code = "M" + System.nanoTime() % 100000000;
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code, List.of(
                MonitoringScenes.yearly("INSPECTIONS", "Labour inspections", IndicatorUnit.COUNT, "SEX"),
                MonitoringScenes.COVERED));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(), List.of(), List.of()));
        year = String.valueOf(calendar.today().getYear());
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** Moves to a week after the year ends: this year's period has ended and is not yet due. */
    private void intoNextYear() {
        clock.setTo(Instant.parse((Integer.parseInt(year) + 1) + "-01-08T09:00:00Z"));
    }

    /** Accepts the declaration, which brings the compact into force, and waits for the calendar to open. */
    private void accepted() {
        desk.accept(secretariat.actor(), code, focal.party());
        for (int i = 0; i < 100 && calendar.openedOn(code, focal.party()).isEmpty(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(calendar.openedOn(code, focal.party())).isPresent();
    }

    private Submissions.ValueRow row(String indicator, Map<String, String> by, Double value) {
        return new Submissions.ValueRow(indicator, by, value, "Ministry of Labour", null, null);
    }

    @Test
    void acceptingTheAdherenceOpensTheCalendarAndTheYearFallsDueOnceItEnds(Scenario scenario) {
        scenario.stimulate(() -> desk.accept(secretariat.actor(), code, focal.party()))
                .andWaitForStateChange(() -> calendar.openedOn(code, focal.party()), java.util.Optional::isPresent)
                .andVerify(opened -> assertThat(opened).contains(calendar.today()));
        assertThat(calendar.obligations(code, focal.party())).isEmpty();
        intoNextYear();
        assertThat(calendar.obligations(code, focal.party())).extracting(o -> o.indicator().code(), o -> o.state())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("COVERED", ReportingCalendar.State.DUE),
                        org.assertj.core.groups.Tuple.tuple("INSPECTIONS", ReportingCalendar.State.DUE));
    }

    @Test
    void aDryRunWritesNothingAndARealRunWritesOnlyTheGoodValuesNamingEachBadOne() {
        accepted();
        intoNextYear();
        List<Submissions.ValueRow> rows = List.of(
                row("INSPECTIONS", Map.of(), 120.0),
                row("INSPECTIONS", Map.of("SEX", "F"), 50.0),
                row("INSPECTIONS", Map.of("SEX", "M"), 70.0),
                row("COVERED", Map.of(), 140.0),
                row("NOT_AN_INDICATOR", Map.of(), 1.0),
                row("INSPECTIONS", Map.of("CORRIDOR", "A-B"), 3.0));

        var trial = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                rows, true), Channel.API);
        assertThat(trial.dryRun()).isTrue();
        assertThat(trial.submission()).isNull();
        assertThat(trial.imported()).isEqualTo(3);
        assertThat(trial.conflicts()).extracting(Submissions.Problem::index, Submissions.Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "value"),
                        org.assertj.core.groups.Tuple.tuple(4, "indicator"),
                        org.assertj.core.groups.Tuple.tuple(5, "disaggregation"));
        assertThat(calendar.obligations(code, focal.party())).allMatch(o -> o.state() == ReportingCalendar.State.DUE);

        var done = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                rows, false), Channel.API);
        assertThat(done.submission()).isNotNull();
        assertThat(done.imported()).isEqualTo(3);
        assertThat(done.conflicts()).hasSize(3);
        assertThat(done.missing()).containsExactly("COVERED");
        assertThat(submissions.valuesOf(focal.actor(), done.submission())).extracting(Submissions.Value::disaggregation)
                .containsExactlyInAnyOrder("", "SEX=F", "SEX=M");

        var again = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("INSPECTIONS", Map.of(), 120.0)), false), Channel.API);
        assertThat(again.ignored()).isEqualTo(1);
        assertThat(again.submission()).isNull();
    }

    @Test
    void aBreakdownThatDoesNotAddUpToItsTotalIsRefusedAtTheTotal() {
        accepted();
        intoNextYear();
        var summary = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("INSPECTIONS", Map.of("SEX", "F"), 50.0), row("INSPECTIONS", Map.of(), 100.0),
                        row("INSPECTIONS", Map.of("SEX", "M"), 70.0)), true), Channel.API);
        assertThat(summary.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.index()).isEqualTo(1);
            assertThat(c.code()).isEqualTo("monitoring.invalid.total");
        });
        var slip = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("INSPECTIONS", Map.of(), 1e30)), true), Channel.API);
        assertThat(slip.conflicts()).singleElement().satisfies(c -> assertThat(c.code()).isEqualTo("invalid.between"));
    }

    @Test
    void aLateValueNeedsAReasonAndIsFlaggedLate() {
        accepted();
        clock.setTo(Instant.parse((Integer.parseInt(year) + 1) + "-05-01T09:00:00Z"));
        var refused = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("COVERED", Map.of(), 80.0)), false), Channel.API);
        assertThat(refused.conflicts()).singleElement().satisfies(c -> assertThat(c.field()).isEqualTo("lateReason"));
        var late = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(new Submissions.ValueRow("COVERED", Map.of(), 80.0, null, null, "Census delayed")), false),
                Channel.API);
        assertThat(submissions.valuesOf(focal.actor(), late.submission())).singleElement()
                .satisfies(v -> assertThat(v.late()).isTrue());
    }

    @Test
    void aMonitorOfAnotherPartyVerifiesAndAVerifiedValueIsLocked() {
        accepted();
        intoNextYear();
        long id = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("COVERED", Map.of(), 80.0)), false), Channel.API).submission();
        var ownMonitor = fixtures.user(focal.party(), Role.MONITOR);
        var monitor = fixtures.user(Role.MONITOR);

        assertThatThrownBy(() -> submissions.verify(ownMonitor.actor(), id, Verdict.VERIFIED, null))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> submissions.verify(monitor.actor(), id, Verdict.DISPUTED, " "))
                .isInstanceOf(InvalidInput.class);
        var verified = submissions.verify(monitor.actor(), id, Verdict.VERIFIED, null);
        assertThat(verified.status()).isEqualTo(SubmissionStatus.VERIFIED);
        assertThat(verified.verifierParty()).isEqualTo(monitor.party().value());
        assertThatThrownBy(() -> submissions.verify(monitor.actor(), id, Verdict.DISPUTED, "Late check"))
                .isInstanceOf(Conflict.class);

        var changed = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("COVERED", Map.of(), 85.0)), false), Channel.API);
        assertThat(changed.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.code()).isEqualTo("monitoring.invalid.locked"));
        assertThat(submissions.verified(code)).singleElement().satisfies(v -> assertThat(v.amount()).isEqualTo(80.0));
        assertThat(ValuesCsv.of(openValues.of(focal.actor(), code))).contains("#indicator+code,#country+code,#date+period")
                .contains("COVERED," + focal.party().value() + "," + year);

        // Only the secretariat re-opens a verified submission, and only with a reason; then the party corrects it.
        assertThatThrownBy(() -> submissions.reopen(monitor.actor(), id, "Wrong survey")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> submissions.reopen(secretariat.actor(), id, " ")).isInstanceOf(InvalidInput.class);
        assertThat(submissions.reopen(secretariat.actor(), id, "The survey's weights were revised").status())
                .isEqualTo(SubmissionStatus.REOPENED);
        assertThat(submissions.verified(code)).isEmpty();
        var corrected = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("COVERED", Map.of(), 85.0)), false), Channel.API);
        assertThat(corrected.updated()).isEqualTo(1);
    }

    @Test
    void theOpenDataWithholdsASmallCountAndTheCellThatWouldRevealItAndTheScorecardCountsWhatWasVerified() {
        accepted();
        intoNextYear();
        long id = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("INSPECTIONS", Map.of(), 120.0), row("INSPECTIONS", Map.of("SEX", "F"), 5.0),
                        row("INSPECTIONS", Map.of("SEX", "M"), 115.0), row("COVERED", Map.of(), 7.0)), false),
                Channel.API).submission();
        submissions.verify(fixtures.user(Role.MONITOR).actor(), id, Verdict.VERIFIED, null);

        var published = openValues.of(focal.actor(), code);
        assertThat(published).filteredOn(p -> p.value().indicator().equals("INSPECTIONS"))
                .extracting(p -> p.value().disaggregation(), OpenValues.Published::amount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("", 120.0),
                        org.assertj.core.groups.Tuple.tuple("SEX=F", null),
                        org.assertj.core.groups.Tuple.tuple("SEX=M", null));
        // A share is not a count of anyone: 7 % is published.
        assertThat(published).filteredOn(p -> p.value().indicator().equals("COVERED"))
                .singleElement().satisfies(p -> assertThat(p.amount()).isEqualTo(7.0));
        assertThat(ValuesCsv.of(published)).contains(",WITHHELD,");

        var card = scorecard.of(code);
        assertThat(card.rows()).singleElement().satisfies(r -> {
            Scorecard.Cell cell = r.cell("LAB");
            assertThat(cell.reported()).isEqualTo(2);
            assertThat(cell.verified()).isEqualTo(2);
            assertThat(cell.owed()).isZero();
        });
    }

    @Test
    void aDisputedValueGoesBackToTheParty() {
        accepted();
        intoNextYear();
        long id = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("COVERED", Map.of(), 98.0)), false), Channel.API).submission();
        submissions.verify(fixtures.user(Role.MONITOR).actor(), id, Verdict.DISPUTED, "The survey covered two regions");
        assertThat(calendar.obligations(code, focal.party())).filteredOn(o -> o.indicator().code().equals("COVERED"))
                .singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(ReportingCalendar.State.DISPUTED));

        var corrected = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("COVERED", Map.of(), 61.0)), false), Channel.API);
        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(submissions.valuesOf(focal.actor(), corrected.submission())).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(ValueStatus.REPORTED));
    }

    @Test
    void aPeriodThatHasNotEndedOrAPartyThatHasNotAdheredIsRefused() {
        accepted();
        var early = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(), year,
                List.of(row("COVERED", Map.of(), 80.0)), true), Channel.API);
        assertThat(early.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.code()).isEqualTo("monitoring.invalid.notEnded"));
        var outsider = fixtures.user(Role.FOCAL_POINT);
        assertThatThrownBy(() -> submissions.submit(outsider.actor(), new Submissions.Submission(code,
                outsider.party().value(), year, List.of(row("COVERED", Map.of(), 1.0)), true), Channel.API))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> submissions.submit(outsider.actor(), new Submissions.Submission(code,
                focal.party().value(), year, List.of(row("COVERED", Map.of(), 1.0)), true), Channel.API))
                .isInstanceOf(AccessDenied.class);
    }
}
