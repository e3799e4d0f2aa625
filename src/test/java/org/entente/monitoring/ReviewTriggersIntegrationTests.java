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

/**
 * Revision triggers: a threshold fires once at the verified value that crosses it and opens one review item, not
 * again while it is open; two missed reports and a dispute left for 60 days open items of their own.
 */
@IntegrationTest
class ReviewTriggersIntegrationTests {

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
    ReviewTriggers triggers;
    @Autowired
    ReviewItems items;
    @Autowired
    MutableClock clock;

    Fixtures.TestUser focal;
    Fixtures.TestUser secretariat;
    Fixtures.TestUser monitor;
    String code;
    int year;

    @BeforeEach
    void aCompactInForceWithOneReportingParty() {
        clock.reset();
        secretariat = fixtures.user(Role.SECRETARIAT);
        focal = fixtures.user(Role.FOCAL_POINT);
        monitor = fixtures.user(Role.MONITOR);
        code = "R" + System.nanoTime() % 100000000;
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code, List.of(
                MonitoringScenes.yearly("INSPECTIONS", "Labour inspections", IndicatorUnit.COUNT, ""),
                MonitoringScenes.COVERED));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(), List.of(), List.of()));
        desk.accept(secretariat.actor(), code, focal.party());
        calendar.open(code, focal.party());
        year = calendar.today().getYear();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private long reportAndVerify(int forYear, double inspections, Verdict verdict) {
        clock.setTo(Instant.parse((forYear + 1) + "-01-10T09:00:00Z"));
        var summary = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(),
                String.valueOf(forYear), List.of(new Submissions.ValueRow("INSPECTIONS", Map.of(), inspections,
                        "Inspectorate", null, null), new Submissions.ValueRow("COVERED", Map.of(), 60.0, null, null,
                        null)), false), Channel.API);
        submissions.verify(monitor.actor(), summary.submission(), verdict, verdict == Verdict.VERIFIED ? null
                : "The register shows otherwise");
        return summary.submission();
    }

    private TriggerRule fewerThan(double number) {
        return new TriggerRule("FEW-INSPECTIONS", "Fewer than " + number + " inspections", TriggerRule.Kind.THRESHOLD,
                "LAB", "INSPECTIONS", TriggerRule.LeftSide.VALUE, null, TriggerRule.Operator.LESS_THAN,
                TriggerRule.RightSide.NUMBER, number, TriggerRule.Importance.HIGH, TriggerRule.Opens.COMMITMENT_REVIEW);
    }

    @Test
    void aThresholdFiresOnceAtTheVerifiedValueThatCrossesItAndAgainOnlyAfterItsItemCloses() {
        var rule = triggers.define(secretariat.actor(), code, fewerThan(100));
        reportAndVerify(year, 80, Verdict.VERIFIED);

        List<ReviewItems.Item> opened = triggers.evaluate(code, focal.party());
        // The verification's own event may have opened it first; either way there is exactly one.
        List<ReviewItems.Item> open = items.openFor(code, focal.party()).stream()
                .filter(i -> i.ruleId() == rule.id()).toList();
        assertThat(open).singleElement().satisfies(i -> {
            assertThat(i.observed()).isEqualTo(80.0);
            assertThat(i.threshold()).isEqualTo(100.0);
            assertThat(i.period()).isEqualTo(String.valueOf(year));
            assertThat(i.module()).isEqualTo("LAB");
            assertThat(i.indicator()).isEqualTo("INSPECTIONS");
        });
        assertThat(triggers.evaluate(code, focal.party())).isEmpty();
        assertThat(opened.size()).isLessThanOrEqualTo(1);

        assertThatThrownBy(() -> items.close(focal.actor(), open.get(0).id(), "Dealt with"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> items.close(secretariat.actor(), open.get(0).id(), " "))
                .isInstanceOf(InvalidInput.class);
        items.close(secretariat.actor(), open.get(0).id(), "The inspection plan was discussed in the 2027 review.");
        assertThatThrownBy(() -> items.close(secretariat.actor(), open.get(0).id(), "Again"))
                .isInstanceOf(Conflict.class);
        assertThat(triggers.evaluate(code, focal.party())).singleElement()
                .satisfies(i -> assertThat(i.ruleId()).isEqualTo(rule.id()));
        assertThat(items.of(code)).filteredOn(i -> i.ruleId() == rule.id()).hasSize(2);
    }

    @Test
    void aThresholdDoesNotFireOnAValueOnTheRightSideOfItNorOnAnUnverifiedOne() {
        triggers.define(secretariat.actor(), code, fewerThan(100));
        reportAndVerify(year, 100, Verdict.VERIFIED);
        assertThat(triggers.firings(code, focal.party())).noneMatch(f -> f.rule().rule().code().equals("FEW-INSPECTIONS"));

        clock.setTo(Instant.parse((year + 2) + "-01-10T09:00:00Z"));
        submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(),
                String.valueOf(year + 1), List.of(new Submissions.ValueRow("INSPECTIONS", Map.of(), 10.0, null, null,
                        null)), false), Channel.API);
        assertThat(triggers.firings(code, focal.party())).noneMatch(f -> f.rule().rule().code().equals("FEW-INSPECTIONS"));
    }

    @Test
    void twoConsecutiveMissedReportsOpenAnItemPerIndicator() {
        clock.setTo(Instant.parse((year + 1) + "-06-01T09:00:00Z"));
        assertThat(triggers.firings(code, focal.party()))
                .noneMatch(f -> f.rule().rule().kind() == TriggerRule.Kind.MISSED_REPORTS);

        clock.setTo(Instant.parse((year + 2) + "-06-01T09:00:00Z"));
        List<ReviewItems.Item> opened = triggers.evaluate(code, focal.party());
        assertThat(opened).filteredOn(i -> i.ruleCode().equals(TriggerRule.MISSED))
                .extracting(ReviewItems.Item::indicator, ReviewItems.Item::period)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("INSPECTIONS", String.valueOf(year + 1)),
                        org.assertj.core.groups.Tuple.tuple("COVERED", String.valueOf(year + 1)));
        assertThat(triggers.evaluate(code, focal.party())).isEmpty();
    }

    @Test
    void aDisputeLeftUncorrectedFor60DaysOpensAnItem() {
        reportAndVerify(year, 80, Verdict.DISPUTED);
        clock.setTo(Instant.parse((year + 1) + "-03-01T09:00:00Z"));
        assertThat(triggers.firings(code, focal.party()))
                .noneMatch(f -> f.rule().rule().kind() == TriggerRule.Kind.DISPUTE_UNRESOLVED);
        clock.setTo(Instant.parse((year + 1) + "-03-12T09:00:00Z"));
        assertThat(triggers.evaluate(code, focal.party())).filteredOn(i -> i.ruleCode().equals(TriggerRule.DISPUTE))
                .extracting(ReviewItems.Item::indicator, ReviewItems.Item::observed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("INSPECTIONS", 61.0),
                        org.assertj.core.groups.Tuple.tuple("COVERED", 61.0));
    }

    @Test
    void onlyTheSecretariatDefinesRulesAndEachProblemOfARuleIsNamed() {
        assertThatThrownBy(() -> triggers.define(focal.actor(), code, fewerThan(5))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> new TriggerRule("x", "", TriggerRule.Kind.THRESHOLD, "LAB", null,
                TriggerRule.LeftSide.CHANGE, 0, null, TriggerRule.RightSide.NUMBER, null, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field)
                        .contains("code", "name", "indicator", "periods", "operator", "number", "importance", "opens"));
        assertThatThrownBy(() -> triggers.define(secretariat.actor(), code, new TriggerRule("ELSEWHERE", "Elsewhere",
                TriggerRule.Kind.THRESHOLD, "LAB", "NOT_HERE", TriggerRule.LeftSide.VALUE, null,
                TriggerRule.Operator.LESS_THAN, TriggerRule.RightSide.NUMBER, 1.0, TriggerRule.Importance.LOW,
                TriggerRule.Opens.FOLLOW_UP))).isInstanceOf(InvalidInput.class);
        triggers.define(secretariat.actor(), code, fewerThan(5));
        assertThatThrownBy(() -> triggers.define(secretariat.actor(), code, fewerThan(6))).isInstanceOf(Conflict.class);
        assertThat(triggers.of(code)).extracting(s -> s.rule().code())
                .containsExactly(TriggerRule.MISSED, TriggerRule.DISPUTE, "FEW-INSPECTIONS");
    }
}
