package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.shared.AccessDenied;
import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Talking points, public statements and briefings on a real database. */
abstract class BriefingContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom room;
    @Autowired
    Briefings briefings;

    Fixtures.TestUser lead;
    Fixtures.TestUser affected;
    long crisis;

    @BeforeEach
    void aCrisisWithFigures() {
        lead = fixtures.user(Role.FOCAL_POINT);
        affected = fixtures.user(Role.FOCAL_POINT);
        crisis = room.open(lead.actor(), new Crisis.Declaration("B" + System.nanoTime() % 100000000, "Flood",
                CrisisType.FLOOD, lead.party(), Set.of(lead.party(), affected.party()), null, Classification.PUBLIC, 24)).id();
        Instant now = Instant.now();
        room.submit(lead.actor(), crisis, lead.party(), new SituationReport.Content(now.minusSeconds(60), now, "Public",
                Classification.PUBLIC, Set.of(), new KeyFigures(1200L, null, null, null, 300L, null, null), List.of(),
                null, null));
        room.submit(lead.actor(), crisis, lead.party(), new SituationReport.Content(now.minusSeconds(30), now, "Partners",
                Classification.PARTNERS, Set.of(), new KeyFigures(5000L, null, null, null, null, null, null), List.of(),
                null, null));
    }

    @Test
    void anAffectedPartyDraftsTheLeadApprovesAndOnlyThenTheStatementIsPublic() throws Exception {
        TalkingPoint point = briefings.draft(affected.actor(), crisis, "Thanks", TalkingPoint.Audience.PUBLIC,
                List.of("en", "fr"), new Translation("en", "Thank you, neighbours.", false));
        mvc.perform(get("/api/v1/crises/{id}/talking-points", crisis)).andExpect(jsonPath("$.length()", is(0)));
        assertThatThrownBy(() -> briefings.approve(affected.actor(), crisis, point.id())).isInstanceOf(AccessDenied.class);
        briefings.approve(lead.actor(), crisis, point.id());
        mvc.perform(get("/api/v1/crises/{id}/talking-points", crisis))
                .andExpect(jsonPath("$[0].status", is("APPROVED")))
                .andExpect(jsonPath("$[0].translationStatus.fr", is("MISSING")));
    }

    @Test
    void aPartyNeitherLeadingNorAffectedDraftsNothing() {
        assertThatThrownBy(() -> briefings.draft(fixtures.user(Role.FOCAL_POINT).actor(), crisis, "X",
                TalkingPoint.Audience.PARTNERS, List.of("en"), new Translation("en", "x", false)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aBriefingFillsItsTemplateWithTheViewersOwnFigures() throws Exception {
        TalkingPoint internal = briefings.draft(lead.actor(), crisis, "Shelters", TalkingPoint.Audience.PARTNERS,
                List.of("en"), new Translation("en", "Keep shelter addresses private.", false));
        briefings.approve(lead.actor(), crisis, internal.id());

        mvc.perform(get("/api/v1/crises/{id}/briefing", crisis).param("language", "fr"))
                .andExpect(jsonPath("$.summary", containsString("Personnes touchées : 1")))
                .andExpect(jsonPath("$.summary", containsString("200")))
                .andExpect(jsonPath("$.summary", containsString("Rapports retenus en vertu des règles de partage : 1")))
                .andExpect(jsonPath("$.talkingPoints.length()", is(0)));
        mvc.perform(get("/api/v1/crises/{id}/briefing", crisis).param("language", "en")
                        .header("Authorization", fixtures.user(Role.MONITOR).bearer()))
                .andExpect(jsonPath("$.summary", containsString("Affected: 5,000")))
                .andExpect(jsonPath("$.summary", containsString("displaced: 300")))
                .andExpect(jsonPath("$.talkingPoints[0]", is("Keep shelter addresses private.")));
    }
}
