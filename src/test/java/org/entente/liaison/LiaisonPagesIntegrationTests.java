package org.entente.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.sharing.Disclosure;
import org.entente.support.Fixtures;
import org.entente.support.PageSession;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A liaison officer files a situation report with the form and reads the dashboard. */
/** The liaison unit pages: establishing a unit, editing it and recording minutes, each for whom it is for. */
@IntegrationTest
class LiaisonPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LiaisonDirectory units;

    @Test
    void theKeeperRecordsMinutesWithTheFormAndOnlyLoggedInVisitorsReadThem() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        String party = focal.party().value();
        long unit = units.establish(focal.actor(), focal.party(), new LiaisonUnit.Details("Desk", null, null, null,
                null, null, null, null, null, java.util.List.of(new UnitMember("Ana", "Duty officer", null, null, "en",
                        null)), java.util.List.of())).id();
        Cookie session = PageSession.login(mvc, focal);
        mvc.perform(post("/liaison-units/{id}/meetings", unit).cookie(session).with(csrf())
                        .param("heldAt", "2026-11-02T09:00").param("title", "Weekly desk meeting")
                        .param("attendees", party).param("minutes", "Agreed the winter storm checklist.")
                        .param("decisionText", "Circulate the checklist", "").param("decisionOwner", "XQZ", "")
                        .param("decisionDue", "2026-11-09", ""))
                .andExpect(redirectedUrl("/liaison-units/" + unit))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("decisions[0].owner"))));
        assertThat(units.meetings(focal.actor(), unit)).isEmpty();

        mvc.perform(post("/liaison-units/{id}/meetings", unit).cookie(session).with(csrf())
                        .param("heldAt", "2026-11-02T09:00").param("title", "Weekly desk meeting")
                        .param("attendees", party).param("minutes", "Agreed the winter storm checklist.")
                        .param("decisionText", "Circulate the checklist", "").param("decisionOwner", party, "")
                        .param("decisionDue", "2026-11-09", ""))
                .andExpect(redirectedUrl("/liaison-units/" + unit));
        assertThat(units.meetings(focal.actor(), unit)).singleElement()
                .satisfies(m -> assertThat(m.decisions()).singleElement()
                        .satisfies(d -> assertThat(d.owner()).isEqualTo(party)));

        mvc.perform(get("/liaison-units/{id}", unit).cookie(PageSession.login(mvc, fixtures.user(Role.MONITOR))))
                .andExpect(content().string(containsString("Agreed the winter storm checklist.")))
                .andExpect(content().string(containsString("Circulate the checklist")));
        mvc.perform(get("/liaison-units/{id}", unit))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("winter storm checklist"))));
        mvc.perform(post("/liaison-units/{id}/meetings", unit).cookie(PageSession.login(mvc, fixtures.user(focal.party(), Role.MONITOR)))
                        .with(csrf()).param("heldAt", "2026-11-02T09:00").param("title", "T").param("attendees", party)
                        .param("minutes", "M"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theKeeperEditsTheUnitWithTheFormAndARefusedFormComesBackAsTyped() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        LiaisonUnit created = units.establish(focal.actor(), focal.party(), new LiaisonUnit.Details("Desk", null, null,
                null, null, null, null, null, null, java.util.List.of(new UnitMember("Ana", "Duty officer", null, null,
                        "en", null)), java.util.List.of()));
        long unit = created.id();
        Cookie session = PageSession.login(mvc, focal);
        mvc.perform(get("/liaison-units/{id}/edit", unit).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Duty officer\"")));
        mvc.perform(get("/liaison-units/{id}/edit", unit).cookie(PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT))))
                .andExpect(status().isForbidden());

        var form = post("/liaison-units/{id}", unit).cookie(session).with(csrf())
                .param("version", String.valueOf(created.version())).param("name", "Flood desk")
                .param("meetingDay", "FRIDAY").param("meetingTime", "10:00").param("meetingMinutes", "30")
                .param("memberName", "Ana", "Bruno", "").param("memberFunction", "Duty officer", "Deputy", "")
                .param("memberEmail", "", "bruno@example.org", "").param("memberPhone", "", "", "")
                .param("memberLanguages", "en", "pt en", "").param("memberConfirmed", "", "", "");
        mvc.perform(form.param("shiftMember", "Bruna", "").param("shiftStart", "2026-11-20T08:00", "")
                        .param("shiftEnd", "2026-11-20T20:00", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shifts[0].member")))
                .andExpect(content().string(containsString("value=\"bruno@example.org\"")));
        assertThat(units.get(unit).name()).isEqualTo("Desk");

        mvc.perform(post("/liaison-units/{id}", unit).cookie(session).with(csrf())
                        .param("version", String.valueOf(created.version())).param("name", "Flood desk")
                        .param("meetingDay", "FRIDAY").param("meetingTime", "10:00").param("meetingMinutes", "30")
                        .param("memberName", "Ana", "Bruno", "").param("memberFunction", "Duty officer", "Deputy", "")
                        .param("memberEmail", "", "bruno@example.org", "").param("memberPhone", "", "", "")
                        .param("memberLanguages", "en", "pt en", "").param("memberConfirmed", "", "", "")
                        .param("shiftMember", "Bruno", "").param("shiftStart", "2026-11-20T08:00", "")
                        .param("shiftEnd", "2026-11-20T20:00", ""))
                .andExpect(redirectedUrl("/liaison-units/" + unit));
        LiaisonUnit saved = units.get(unit);
        assertThat(saved.name()).isEqualTo("Flood desk");
        assertThat(saved.meetingDay()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(saved.members()).extracting(UnitMember::name).containsExactly("Ana", "Bruno");
        assertThat(saved.onCall(java.time.Instant.parse("2026-11-20T12:00:00Z"))).get()
                .satisfies(s -> assertThat(s.member()).isEqualTo("Bruno"));

        mvc.perform(post("/liaison-units/{id}", unit).cookie(session).with(csrf())
                        .param("version", String.valueOf(created.version())).param("name", "Stale copy")
                        .param("memberName", "Ana").param("memberFunction", "Duty officer").param("memberLanguages", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reload")));
        assertThat(units.get(unit).name()).isEqualTo("Flood desk");
    }

    @Test
    void aFocalPointEstablishesAUnitWithTheFormOnlyForItsOwnParty() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        Cookie session = PageSession.login(mvc, focal);
        mvc.perform(get("/liaison-units/new")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/liaison-units/new").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + focal.party().value() + "\"")));
        mvc.perform(post("/liaison-units").cookie(session).with(csrf()).param("party", fixtures.party().code().value())
                        .param("name", "Someone else's desk").param("memberName", "Ana", "")
                        .param("memberFunction", "Duty officer", "").param("memberLanguages", "en", ""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/liaison-units").cookie(session).with(csrf()).param("party", focal.party().value())
                        .param("name", "").param("memberName", "Ana", "")
                        .param("memberFunction", "Duty officer", "").param("memberLanguages", "en", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("value=\"Duty officer\"")));
        mvc.perform(post("/liaison-units").cookie(session).with(csrf()).param("party", focal.party().value())
                        .param("name", "Heat desk").param("memberName", "Ana", "")
                        .param("memberFunction", "Duty officer", "").param("memberLanguages", "en", ""))
                .andExpect(redirectedUrlPattern("/liaison-units/*"));
        assertThat(units.search(new LiaisonDirectory.Search(focal.party().value(), null, null)))
                .extracting(LiaisonUnit::name).containsExactly("Heat desk");
    }
}
