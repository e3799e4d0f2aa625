package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.entente.shared.Classification;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * A property, over seeded random scenes: two affected parties file reports of random classification (some with their
 * figures classified apart), with random figures and gaps, and one party's red line admits the other or not. For
 * every reader (each party, an outsider, the public), the dashboard's totals equal the totals made, by the dashboard's
 * own rule, from the reports that reader can open one by one: per party, each figure from its newest report that
 * gives it, summed over parties. No withheld report or section is counted.
 */
@IntegrationTest
class DashboardOverReadableReportsIntegrationTests {

    private static final int SCENES = 6;
    private static final List<String> FIGURES = List.of("affected", "inNeed", "deaths", "injured", "displaced", "cases",
            "reached");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom crises;
    @Autowired
    Sharing sharing;
    @Autowired
    MutableClock clock;

    record Filed(long id, PartyCode party) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTotalsAReaderGetsCountOnlyTheReportsAndSectionsThatReaderCanOpen() throws Exception {
        Random random = new Random(29);
        for (int scene = 0; scene < SCENES; scene++) {
            check(random, scene);
        }
    }

    private void check(Random random, int scene) throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        var neighbour = fixtures.user(Role.FOCAL_POINT);
        var outsider = fixtures.user(Role.FOCAL_POINT);
        sharing.setRule(lead.actor(), lead.party(), DataKind.SITUATION_REPORT,
                random.nextBoolean() ? Set.of(neighbour.party()) : Set.of(), null);
        long crisis = crises.open(lead.actor(), new Crisis.Declaration("D" + System.nanoTime() % 100000000, "Storm",
                CrisisType.CYCLONE, lead.party(), Set.of(lead.party(), neighbour.party()), null, Classification.PUBLIC,
                24)).id();
        List<Filed> filed = new ArrayList<>();
        int count = 3 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            var by = random.nextBoolean() ? lead : neighbour;
            Classification level = Classification.values()[random.nextInt(Classification.values().length)];
            // A confidential report names its recipients; a restricted one may.
            Set<PartyCode> recipients = level == Classification.CONFIDENTIAL
                    || level == Classification.RESTRICTED && random.nextBoolean()
                    ? Set.of(random.nextBoolean() ? (by == lead ? neighbour.party() : lead.party()) : outsider.party())
                    : Set.of();
            // Figures classified apart, as strict as the report or stricter, up to RESTRICTED.
            SituationReport.Sections sections = random.nextInt(3) == 0
                    && level.ordinal() <= Classification.RESTRICTED.ordinal()
                    ? new SituationReport.Sections(Classification.values()[level.ordinal()
                            + random.nextInt(Classification.RESTRICTED.ordinal() - level.ordinal() + 1)], null, null)
                    : null;
            Long[] f = new Long[7];
            for (int k = 0; k < f.length; k++) {
                f[k] = random.nextInt(4) == 0 ? null : (long) random.nextInt(50_000);
            }
            // Each report a minute after the last, so that "newest" is the order they were filed in.
            clock.advance(Duration.ofMinutes(1));
            Instant now = clock.instant();
            filed.add(new Filed(crises.submit(by.actor(), crisis, by.party(), new SituationReport.Content(
                    now.minusSeconds(3600), now, "Report " + i, level, recipients,
                    new KeyFigures(f[0], f[1], f[2], f[3], f[4], f[5], f[6]), List.of(), null, null, sections)).id(),
                    by.party()));
        }

        for (Fixtures.TestUser reader : new Fixtures.TestUser[] {lead, neighbour, outsider, null}) {
            String who = reader == null ? "the public" : reader.username();
            // Newest first, per party, each figure from the first report that gives it.
            Map<String, Map<String, Long>> byParty = new LinkedHashMap<>();
            for (int i = filed.size() - 1; i >= 0; i--) {
                Filed report = filed.get(i);
                MockHttpServletResponse opened = response(get("/api/v1/crises/{id}/sitreps/{report}", crisis,
                        report.id()), reader);
                if (opened.getStatus() != 200) {
                    assertThat(opened.getStatus()).as("scene %d: report %d for %s", scene, report.id(), who)
                            .isEqualTo(404);
                    continue;
                }
                Map<String, Object> figures = JsonPath.read(opened.getContentAsString(), "$");
                Map<String, Long> party = byParty.computeIfAbsent(report.party().value(), p -> new HashMap<>());
                if (figures.get("figures") instanceof Map<?, ?> given) {
                    for (String name : FIGURES) {
                        if (given.get(name) instanceof Number n) {
                            party.putIfAbsent(name, n.longValue());
                        }
                    }
                }
            }
            Map<String, Long> expected = new HashMap<>();
            byParty.values().forEach(figures -> figures.forEach((name, value) -> expected.merge(name, value, Long::sum)));
            String dashboard = response(get("/api/v1/crises/{id}/dashboard", crisis), reader).getContentAsString();
            for (String name : FIGURES) {
                Number total = JsonPath.read(dashboard, "$.totals." + name);
                assertThat(total == null ? null : total.longValue()).as("scene %d: %s for %s", scene, name, who)
                        .isEqualTo(expected.get(name));
            }
        }
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request, Fixtures.TestUser reader)
            throws Exception {
        return mvc.perform(reader == null ? request : request.header("Authorization", reader.bearer())).andReturn()
                .getResponse();
    }
}
