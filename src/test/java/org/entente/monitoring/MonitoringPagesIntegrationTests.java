package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Declaration;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.entente.support.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A focal point reports a period with the form, every problem at once first; a monitor of another party verifies it. */
@IntegrationTest
class MonitoringPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
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

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aFocalPointReportsThePeriodWithTheFormAndAMonitorVerifiesIt() throws Exception {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        var focal = fixtures.user(Role.FOCAL_POINT);
        String code = "P" + System.nanoTime() % 100000000;
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code,
                List.of(MonitoringScenes.COVERED));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(), List.of(), List.of()));
        desk.accept(secretariat.actor(), code, focal.party());
        calendar.open(code, focal.party());
        String year = String.valueOf(calendar.today().getYear());
        clock.setTo(Instant.parse((Integer.parseInt(year) + 1) + "-01-08T09:00:00Z"));
        Cookie session = PageSession.login(mvc, focal);

        mvc.perform(get("/monitoring").cookie(session))
                .andExpect(content().string(containsString("/monitoring/compacts/" + code + "/parties/"
                        + focal.party().value() + "/periods/" + year)));
        String form = "/monitoring/compacts/" + code + "/parties/" + focal.party().value() + "/periods/" + year;
        mvc.perform(get(form).cookie(session)).andExpect(content().string(containsString("Workers covered by a contract")));

        // Rows pasted from a spreadsheet go through the same checks; a dry run writes nothing.
        mvc.perform(post("/monitoring/imports").cookie(session).with(csrf()).param("compact", code)
                        .param("party", focal.party().value()).param("period", year).param("dryRun", "yes")
                        .param("rows", "indicator\tbreakdown\tvalue\nCOVERED\t\t140\nCOVERED\tSEX=F\tmany\n"))
                .andExpect(flash().attribute("notice", "monitoring.checked"))
                .andExpect(flash().attribute("lineProblems", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers
                        .allOf(containsString("3"), containsString("invalid.between")))));
        assertThat(submissions.ofParty(focal.actor(), code, focal.party())).isEmpty();

        mvc.perform(post("/monitoring/reports").cookie(session).with(csrf()).param("compact", code)
                        .param("party", focal.party().value()).param("period", year).param("indicator", "COVERED")
                        .param("values[0].value", "140"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(
                        containsString("values[0].value"))))
                .andExpect(flash().attributeExists("kept"));
        assertThat(submissions.ofParty(focal.actor(), code, focal.party())).isEmpty();

        mvc.perform(post("/monitoring/reports").cookie(session).with(csrf()).param("compact", code)
                        .param("party", focal.party().value()).param("period", year).param("indicator", "COVERED")
                        .param("values[0].value", "64,5").param("values[0].source", "Labour force survey"))
                .andExpect(flash().attribute("notice", "monitoring.reported"));
        var stored = submissions.ofParty(focal.actor(), code, focal.party());
        assertThat(stored).singleElement().satisfies(s -> assertThat(s.channel()).isEqualTo(Channel.FORM));
        long id = stored.get(0).id();

        var monitor = fixtures.user(Role.MONITOR);
        Cookie desk = PageSession.login(mvc, monitor);
        mvc.perform(get("/monitoring").cookie(desk)).andExpect(content().string(containsString(
                "/monitoring/submissions/" + id)));
        // The submission's page names each indicator; the monitor files evidence there.
        mvc.perform(get("/monitoring/submissions/{id}", id).cookie(desk))
                .andExpect(content().string(containsString("Workers covered by a contract")))
                .andExpect(content().string(containsString("/monitoring/submissions/" + id + "/evidence")));
        mvc.perform(post("/monitoring/submissions/{id}/verification", id).cookie(desk).with(csrf())
                        .param("verdict", "DISPUTED").param("note", ""))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("note"))));
        mvc.perform(post("/monitoring/submissions/{id}/verification", id).cookie(desk).with(csrf())
                        .param("verdict", "VERIFIED"))
                .andExpect(flash().attribute("notice", "monitoring.verified"));
        assertThat(submissions.get(id).status()).isEqualTo(SubmissionStatus.VERIFIED);
        mvc.perform(get("/api/v1/compacts/{c}/values", code).param("format", "csv"))
                .andExpect(content().string(containsString("COVERED," + focal.party().value() + "," + year)))
                .andExpect(content().string(containsString(",64.5,VERIFIED,")));
        mvc.perform(get("/api/v1/compacts/{c}/values", code).param("format", "adx"))
                .andExpect(content().string(containsString("<dataValue dataElement=\"COVERED\" value=\"64.5\"/>")));
        // The public scorecard links each indicator's series, which shows the verified value to a visitor.
        mvc.perform(get("/compacts/{c}/scorecard", code))
                .andExpect(content().string(containsString("/compacts/" + code + "/indicators/COVERED")))
                .andExpect(content().string(containsString("Verified: 1 of 1 values reported")));
        mvc.perform(get("/compacts/{c}/indicators/COVERED", code))
                .andExpect(content().string(containsString("64.5")))
                .andExpect(content().string(containsString("Workers covered by a contract")))
                .andExpect(content().string(containsString("the latest verification was on")));
        mvc.perform(get("/compacts/{c}/indicators/NOTHING", code))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void theSecretariatAddsAThresholdWithTheFormEveryProblemAtOnceAndThePublicReadsIt() throws Exception {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        var focal = fixtures.user(Role.FOCAL_POINT);
        String code = "Q" + System.nanoTime() % 100000000;
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code,
                List.of(MonitoringScenes.COVERED));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(), List.of(), List.of()));
        desk.accept(secretariat.actor(), code, focal.party());
        calendar.open(code, focal.party());
        Cookie session = PageSession.login(mvc, secretariat);

        mvc.perform(post("/compacts/" + code + "/trigger-rules").cookie(session).with(csrf())
                        .param("code", "low cover").param("name", "").param("indicator", "LAB/COVERED")
                        .param("left", "CHANGE").param("periods", "two").param("operator", "LESS_THAN")
                        .param("right", "NUMBER").param("number", "").param("importance", "HIGH")
                        .param("opens", "FOLLOW_UP"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers
                        .allOf(containsString("code"), containsString("name"), containsString("periods"),
                                containsString("number")))))
                .andExpect(flash().attributeExists("kept"));
        mvc.perform(post("/compacts/" + code + "/trigger-rules").cookie(session).with(csrf())
                        .param("code", "LOW-COVER").param("name", "Fewer than half the workers covered")
                        .param("indicator", "LAB/COVERED").param("left", "VALUE").param("operator", "LESS_THAN")
                        .param("right", "NUMBER").param("number", "50").param("importance", "HIGH")
                        .param("opens", "FOLLOW_UP"))
                .andExpect(flash().attribute("notice", "trigger.defined"));

        mvc.perform(get("/compacts/" + code + "/review-items"))
                .andExpect(content().string(containsString("Fewer than half the workers covered")))
                .andExpect(content().string(containsString("The latest verified value of Workers covered by a contract &lt; 50")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add a threshold"))));
        mvc.perform(get("/compacts/" + code + "/review-items").cookie(session))
                .andExpect(content().string(containsString("Add a threshold")));
    }

    @Test
    void aFocalPointFillsInThePeriodsXlsxTemplateAndSendsItBackThroughTheSameChecks() throws Exception {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        var focal = fixtures.user(Role.FOCAL_POINT);
        String code = "X" + System.nanoTime() % 100000000;
        MonitoringScenes.openCompact(catalogue, secretariat.actor(), secretariat.party(), code, List.of(
                MonitoringScenes.yearly("INSPECTIONS", "Labour inspections", org.entente.compact.IndicatorUnit.COUNT,
                        "SECTOR"), MonitoringScenes.COVERED));
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB"), List.of(), List.of(), List.of()));
        desk.accept(secretariat.actor(), code, focal.party());
        calendar.open(code, focal.party());
        String year = String.valueOf(calendar.today().getYear());
        clock.setTo(Instant.parse((Integer.parseInt(year) + 1) + "-01-08T09:00:00Z"));
        Cookie session = PageSession.login(mvc, focal);
        String page = "/monitoring/compacts/" + code + "/parties/" + focal.party().value() + "/periods/" + year;

        byte[] template = mvc.perform(get(page + "/template.xlsx").cookie(session))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] filled;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template));
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.getSheetAt(0);
            java.util.Map<String, org.apache.poi.ss.usermodel.Row> rows = new java.util.HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r));
            }
            assertThat(rows).containsOnlyKeys("INSPECTIONS", "COVERED");
            rows.get("INSPECTIONS").getCell(2).setCellValue(120);
            rows.get("COVERED").getCell(2).setCellValue(140);
            var breakdown = sheet.createRow(sheet.getLastRowNum() + 1);
            breakdown.createCell(0).setCellValue("INSPECTIONS");
            breakdown.createCell(1).setCellValue("SECTOR=agriculture");
            breakdown.createCell(2).setCellValue(120);
            book.write(out);
            filled = out.toByteArray();
        }
        var file = new org.springframework.mock.web.MockMultipartFile("file", "filled.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/monitoring/uploads")
                        .file(file).cookie(session).with(csrf()).param("compact", code)
                        .param("party", focal.party().value()).param("period", year).param("dryRun", "yes"))
                .andExpect(flash().attribute("notice", "monitoring.checked"))
                .andExpect(flash().attribute("lineProblems", org.hamcrest.Matchers.hasToString(
                        containsString("invalid.between"))));
        assertThat(submissions.ofParty(focal.actor(), code, focal.party())).isEmpty();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/monitoring/uploads")
                        .file(file).cookie(session).with(csrf()).param("compact", code)
                        .param("party", focal.party().value()).param("period", year))
                .andExpect(flash().attribute("notice", "monitoring.imported"));
        assertThat(submissions.ofParty(focal.actor(), code, focal.party())).singleElement()
                .satisfies(s -> {
                    assertThat(s.channel()).isEqualTo(Channel.SPREADSHEET);
                    assertThat(s.imported()).isEqualTo(2);
                });

        var notASheet = new org.springframework.mock.web.MockMultipartFile("file", "photo.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/monitoring/uploads")
                        .file(notASheet).cookie(session).with(csrf()).param("compact", code)
                        .param("party", focal.party().value()).param("period", year))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(
                        containsString("monitoring.invalid.file"))));
        mvc.perform(get(page + "/template.xlsx").cookie(PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }
}
