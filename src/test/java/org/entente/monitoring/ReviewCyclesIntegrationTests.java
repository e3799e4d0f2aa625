package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Declaration;
import org.entente.compact.IndicatorTarget;
import org.entente.compact.IndicatorUnit;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * A review cycle gathers each party's targets against its latest verified values, with the trend and the compliance
 * figures computed by hand below; findings get corrective actions, approval publishes a frozen report as a page and a
 * PDF, and an action left past its deadline is overdue and counted by the next cycle.
 */
@IntegrationTest
class ReviewCyclesIntegrationTests {

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
    ReviewCycles cycles;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Scorecard scorecard;

    Fixtures.TestUser focal;
    Fixtures.TestUser secretariat;
    Fixtures.TestUser monitor;
    String code;
    int year;

    @BeforeEach
    void aPartyWithTargetsReportingTwoYears() {
        clock.reset();
        secretariat = fixtures.user(Role.SECRETARIAT);
        focal = fixtures.user(Role.FOCAL_POINT);
        monitor = fixtures.user(Role.MONITOR);
        code = "C" + System.nanoTime() % 100000000;
        year = calendar.today().getYear();
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code, List.of(
                MonitoringScenes.yearly("INSPECTIONS", "Labour inspections", IndicatorUnit.COUNT, ""),
                MonitoringScenes.COVERED));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(),
                List.of(new IndicatorTarget("LAB", "INSPECTIONS", 100.0, year - 1, 300.0,
                        LocalDate.of(year + 3, 12, 31))), List.of()));
        desk.accept(secretariat.actor(), code, focal.party());
        calendar.open(code, focal.party());
        report(year, 120, 55);
        report(year + 1, 90, 60);
        clock.setTo(Instant.parse((year + 2) + "-04-15T09:00:00Z"));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void report(int forYear, double inspections, double covered) {
        clock.setTo(Instant.parse((forYear + 1) + "-01-10T09:00:00Z"));
        long id = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(),
                String.valueOf(forYear), List.of(new Submissions.ValueRow("INSPECTIONS", Map.of(), inspections, null,
                        null, null), new Submissions.ValueRow("COVERED", Map.of(), covered, null, null, null)), false),
                Channel.API).submission();
        clock.setTo(Instant.parse((forYear + 1) + "-01-20T09:00:00Z"));
        submissions.verify(monitor.actor(), id, Verdict.VERIFIED, null);
    }

    @Test
    void theReportSetsEachTargetAgainstTheLatestVerifiedValuesWithTheirTrendAndTheCompliance() {
        var cycle = cycles.schedule(secretariat.actor(), code, new ReviewCycles.Schedule("First review", List.of(),
                LocalDate.of(year + 2, 5, 1)));
        assertThat(cycle.modules()).containsExactly("LAB");
        cycles.gather(secretariat.actor(), cycle.id());
        var report = cycles.report(secretariat.actor(), cycle.id());

        // Baseline 100 at the end of year-1, target 300 at the end of year+3: at the end of year+1 a straight line is
        // at 100 + 200 × 731/1461 ≈ 200, so 90 is not on track; 90 after 120 is worse for a higher-is-better count.
        assertThat(report.rows()).filteredOn(r -> r.indicator().equals("INSPECTIONS")).singleElement()
                .satisfies(r -> {
                    assertThat(r.latestValue()).isEqualTo(90.0);
                    assertThat(r.latestPeriod()).isEqualTo(String.valueOf(year + 1));
                    assertThat(r.previousValue()).isEqualTo(120.0);
                    assertThat(r.trend()).isEqualTo(ReviewCycles.Trend.WORSENING);
                    assertThat(r.onTrack()).isFalse();
                    assertThat(r.target()).isEqualTo(300.0);
                });
        // No target declared for COVERED: its trend is read, its track is not judged.
        assertThat(report.rows()).filteredOn(r -> r.indicator().equals("COVERED")).singleElement()
                .satisfies(r -> {
                    assertThat(r.trend()).isEqualTo(ReviewCycles.Trend.IMPROVING);
                    assertThat(r.onTrack()).isNull();
                });
        // Two indicators for two years fell due; all four came before their due date and all four are verified.
        assertThat(report.coverage()).singleElement().satisfies(c -> {
            assertThat(c.owed()).isEqualTo(4);
            assertThat(c.onTime()).isEqualTo(4);
            assertThat(c.reported()).isEqualTo(4);
            assertThat(c.verified()).isEqualTo(4);
            assertThat(c.actionsOverdue()).isZero();
        });
        assertThatThrownBy(() -> cycles.report(focal.actor(), cycle.id())).isInstanceOf(AccessDenied.class);
        // The scorecard reads the same two trends: one indicator better than the period before, one worse.
        assertThat(scorecard.of(code).rows()).singleElement().satisfies(r -> {
            assertThat(r.cell("LAB").improving()).isEqualTo(1);
            assertThat(r.cell("LAB").worsening()).isEqualTo(1);
        });
    }

    @Test
    void findingsCarryActionsApprovalFreezesTheReportAndAnActionPastItsDeadlineIsOverdueAndCountedNextTime()
            throws Exception {
        var cycle = cycles.schedule(secretariat.actor(), code, new ReviewCycles.Schedule("First review",
                List.of("LAB"), LocalDate.of(year + 2, 5, 1)));
        assertThatThrownBy(() -> cycles.approve(secretariat.actor(), cycle.id(), null)).isInstanceOf(Conflict.class);
        cycles.gather(secretariat.actor(), cycle.id());
        assertThatThrownBy(() -> cycles.addFinding(secretariat.actor(), cycle.id(), new ReviewCycles.FindingDraft(
                focal.party().value(), "LAB", "Inspections fell.", null, List.of(new ReviewCycles.ActionDraft(
                        focal.party().value(), " ", LocalDate.of(year + 1, 1, 1))))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field)
                        .containsExactlyInAnyOrder("actions[0].title", "actions[0].deadline"));
        var finding = cycles.addFinding(secretariat.actor(), cycle.id(), new ReviewCycles.FindingDraft(
                focal.party().value(), "LAB", "Inspections fell by a quarter while the target calls for a tripling.",
                null, List.of(new ReviewCycles.ActionDraft(focal.party().value(), "Publish a staffed inspection plan",
                        LocalDate.of(year + 2, 9, 30)))));
        long action = finding.actions().get(0).id();
        assertThatThrownBy(() -> cycles.progress(focal.actor(), action, ReviewCycles.ActionStatus.IN_PROGRESS,
                "Drafting")).isInstanceOf(Conflict.class);

        cycles.approve(secretariat.actor(), cycle.id(), "Costrava reports on time; inspections fell.");
        assertThat(cycles.of(Actor.anonymous(), code)).extracting(ReviewCycles.Cycle::id).contains(cycle.id());
        assertThatThrownBy(() -> cycles.gather(secretariat.actor(), cycle.id())).isInstanceOf(Conflict.class);

        assertThatThrownBy(() -> cycles.progress(fixtures.user(Role.FOCAL_POINT).actor(), action,
                ReviewCycles.ActionStatus.DONE, "Not ours")).isInstanceOf(AccessDenied.class);
        cycles.progress(focal.actor(), action, ReviewCycles.ActionStatus.IN_PROGRESS, "The plan is with the minister.");
        assertThat(cycles.action(action).status(LocalDate.of(year + 2, 9, 30))).isEqualTo(ReviewCycles.ActionStatus.IN_PROGRESS);
        assertThat(cycles.action(action).status(LocalDate.of(year + 2, 10, 1))).isEqualTo(ReviewCycles.ActionStatus.OVERDUE);

        clock.setTo(Instant.parse((year + 2) + "-10-05T09:00:00Z"));
        var next = cycles.schedule(secretariat.actor(), code, new ReviewCycles.Schedule("Second review", List.of(),
                LocalDate.of(year + 2, 11, 1)));
        cycles.gather(secretariat.actor(), next.id());
        assertThat(cycles.report(secretariat.actor(), next.id()).coverage()).singleElement()
                .satisfies(c -> assertThat(c.actionsOverdue()).isEqualTo(1));

        byte[] pdf = mvc.perform(get("/compacts/" + code + "/reviews/" + cycle.id() + "/report.pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("First review", "Labour inspections", "Publish a staffed inspection plan",
                "Worsening");
        byte[] arabic = mvc.perform(get("/compacts/" + code + "/reviews/" + cycle.id() + "/report.pdf")
                        .param("lang", "ar"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new PdfReader(arabic).getNumberOfPages()).isPositive();
        assertThat(mvc.perform(get("/compacts/" + code + "/reviews/" + next.id() + "/report.pdf"))
                .andReturn().getResponse().getStatus()).isIn(401, 403);
    }
}
