package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Declaration;
import org.entente.shared.AccessDenied;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.entente.support.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A monitor disputes a figure with the register that contradicts it, the party answers with its own document; each
 * file is kept with its SHA-256, only files that are what their names say are taken, and only the submission's
 * readers download them.
 */
@IntegrationTest
class EvidenceIntegrationTests {

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
    Evidence evidence;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;

    Fixtures.TestUser focal;
    Fixtures.TestUser monitor;
    long submission;

    @BeforeEach
    void aSubmissionAwaitingVerification() {
        clock.reset();
        var secretariat = fixtures.user(Role.SECRETARIAT);
        focal = fixtures.user(Role.FOCAL_POINT);
        monitor = fixtures.user(Role.MONITOR);
        String code = "E" + System.nanoTime() % 100000000;
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code,
                List.of(MonitoringScenes.COVERED));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(), List.of(), List.of()));
        desk.accept(secretariat.actor(), code, focal.party());
        calendar.open(code, focal.party());
        clock.setTo(Instant.parse((calendar.today().getYear() + 1) + "-01-08T09:00:00Z"));
        submission = submissions.submit(focal.actor(), new Submissions.Submission(code, focal.party().value(),
                String.valueOf(calendar.today().getYear() - 1), List.of(new Submissions.ValueRow("COVERED", Map.of(),
                        70.0, null, null, null)), false), Channel.API).submission();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theMonitorAndTheReportingPartyFileEvidenceKeptWithItsChecksum() throws Exception {
        byte[] register = "%PDF-1.4 inspectorate register, 96 inspections".getBytes(StandardCharsets.US_ASCII);
        var filed = evidence.attach(monitor.actor(), submission, "register.pdf", register, "The published register");
        assertThat(filed.sha256()).isEqualTo(Evidence.sha256(register)).hasSize(64);
        assertThat(filed.party()).isEqualTo(monitor.party());
        submissions.verify(monitor.actor(), submission, Verdict.DISPUTED, "The register shows 96.");
        evidence.attach(focal.actor(), submission, "count.csv", "site,inspections\nA,70\n".getBytes(), null);
        assertThat(evidence.of(focal.actor(), submission)).extracting(Evidence.Filed::fileName)
                .containsExactly("register.pdf", "count.csv");

        byte[] downloaded = mvc.perform(get("/monitoring/evidence/" + filed.id())
                        .cookie(PageSession.login(mvc, focal)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(register);
        assertThat(mvc.perform(get("/monitoring/evidence/" + filed.id())
                        .cookie(PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void onlyFilesThatAreWhatTheirNamesSayAreTakenAndOnlyWhileTheFigureIsInQuestion() {
        assertThatThrownBy(() -> evidence.attach(monitor.actor(), submission, "register.pdf",
                new byte[] {'M', 'Z', 0, 0, 1}, null)).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("file"));
        assertThatThrownBy(() -> evidence.attach(monitor.actor(), submission, "tool.exe", "%PDF".getBytes(), null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> evidence.attach(monitor.actor(), submission, "big.txt",
                new byte[Evidence.MOST_BYTES + 1], null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> evidence.attach(fixtures.user(focal.party(), Role.MONITOR).actor(), submission,
                "a.pdf", "%PDF-1.4".getBytes(), null)).isInstanceOf(AccessDenied.class);
        submissions.verify(monitor.actor(), submission, Verdict.VERIFIED, null);
        assertThatThrownBy(() -> evidence.attach(monitor.actor(), submission, "late.pdf", "%PDF-1.4".getBytes(),
                null)).isInstanceOf(Conflict.class);
    }
}
