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
import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.NotFound;
import org.entente.shared.Role;
import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A party restricts its values until they are verified: a monitor whose party its red line does not admit neither
 * sees nor verifies them, and the public scorecard does not count them; once admitted, the monitor verifies them, and
 * verified values are published like any other.
 */
@IntegrationTest
class RestrictedValuesIntegrationTests {

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
    Scorecard scorecard;
    @Autowired
    OpenValues openValues;
    @Autowired
    Sharing sharing;
    @Autowired
    MutableClock clock;

    Fixtures.TestUser focal;
    String code;
    int year;

    @BeforeEach
    void aReportingParty() {
        clock.reset();
        var secretariat = fixtures.user(Role.SECRETARIAT);
        focal = fixtures.user(Role.FOCAL_POINT);
        code = "S" + System.nanoTime() % 100000000;
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code,
                List.of(MonitoringScenes.COVERED));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(), List.of(), List.of()));
        desk.accept(secretariat.actor(), code, focal.party());
        calendar.open(code, focal.party());
        year = calendar.today().getYear();
        clock.setTo(Instant.parse((year + 1) + "-01-08T09:00:00Z"));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void restrictedValuesAreReadOnlyAsTheRedLineAdmitsAndCountedOnlyOnceVerified() {
        long id = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(),
                String.valueOf(year), List.of(new Submissions.ValueRow("COVERED", Map.of(), 70.0, null, null, null)),
                false, Classification.RESTRICTED), Channel.API).submission();
        var monitor = fixtures.user(Role.MONITOR);

        assertThat(submissions.awaitingVerification(monitor.actor())).noneMatch(s -> s.id() == id);
        assertThatThrownBy(() -> submissions.get(monitor.actor(), id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> submissions.verify(monitor.actor(), id, Verdict.VERIFIED, null))
                .isInstanceOf(NotFound.class);
        assertThat(submissions.ofParty(monitor.actor(), code, focal.party())).isEmpty();
        assertThat(submissions.ofParty(focal.actor(), code, focal.party())).hasSize(1);
        // The public scorecard says nothing of a value it may not show.
        assertThat(scorecard.of(code).rows().get(0).cell("LAB").reported()).isZero();
        assertThat(scorecard.of(code).rows().get(0).cell("LAB").onTime()).isZero();

        sharing.setRule(focal.actor(), focal.party(), DataKind.INDICATOR_REPORT, Set.of(monitor.party()), null);
        assertThat(submissions.awaitingVerification(monitor.actor())).anyMatch(s -> s.id() == id);
        submissions.verify(monitor.actor(), id, Verdict.VERIFIED, null);

        assertThat(submissions.get(fixtures.user(Role.MONITOR).actor(), id).classification())
                .isEqualTo(Classification.PUBLIC);
        assertThat(openValues.of(Actor.anonymous(), code)).extracting(p -> p.amount()).containsExactly(70.0);
        assertThat(scorecard.of(code).rows().get(0).cell("LAB").verified()).isEqualTo(1);
    }
}
