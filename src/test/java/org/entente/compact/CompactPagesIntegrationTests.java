package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.PageSession;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A secretariat officer designs a compact with the forms; the public reads it. */
@IntegrationTest
class CompactPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue catalogue;

    @Test
    void theSecretariatDraftsDesignsAndOpensACompactWithTheForms() throws Exception {
        var officer = fixtures.user(Role.SECRETARIAT);
        Cookie session = PageSession.login(mvc, officer);
        String code = "P" + System.nanoTime() % 1000000;

        mvc.perform(post("/compacts").cookie(session).with(csrf()).param("code", code).param("title", "Page-made compact")
                        .param("secretariat", officer.party().value()).param("entryIntoForceThreshold", "2")
                        .param("withdrawalNoticeDays", "90"))
                .andExpect(redirectedUrl("/compacts/" + code));
        mvc.perform(post("/compacts/{c}/modules/new", code).cookie(session).with(csrf())
                        .param("code", "REC").param("title", "Recruitment").param("category", "ETHICAL_RECRUITMENT")
                        .param("gcmObjectives", "6").param("sunsetKind", "AFTER_ENTRY_INTO_FORCE").param("sunsetMonths", "36")
                        .param("provisions[0].number", "1").param("provisions[0].text", "No fees for workers.")
                        .param("provisions[0].strength", "SHALL").param("provisions[0].coreProtection", "true")
                        .param("provisions[1].number", "").param("provisions[1].text", "")
                        .param("indicators[0].code", "FEE_SHARE").param("indicators[0].name", "Fee share")
                        .param("indicators[0].unit", "PERCENT").param("indicators[0].direction", "LOWER_IS_BETTER")
                        .param("indicators[0].periodType", "YEARLY").param("indicators[0].dimensions", "SEX")
                        .param("indicators[0].numerator", "FEES").param("indicators[0].denominator", "EARNINGS")
                        .param("indicators[0].factor", "100")
                        .param("phases[0].name", "Fee ban").param("phases[0].dueOffsetDays", "90"))
                .andExpect(redirectedUrl("/compacts/" + code + "/modules/REC"));

        var module = catalogue.get(officer.actor(), code).module("REC").orElseThrow();
        assertThat(module.text().provisions()).hasSize(1);
        assertThat(module.text().provisions().get(0).coreProtection()).isTrue();
        assertThat(module.text().indicators().get(0).formula()).isPresent();
        assertThat(module.text().sunset().months()).isEqualTo(36);

        mvc.perform(post("/compacts/{c}/opening", code).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/compacts/" + code));
        mvc.perform(get("/compacts/{c}", code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open for adherence")))
                .andExpect(content().string(containsString("1 core protection(s)")))
                .andExpect(content().string(containsString("Expires 36 months after entry into force unless renewed")));
        mvc.perform(get("/compacts/{c}/modules/REC", code).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Protection essentielle")))
                .andExpect(content().string(containsString("(FEES) / (EARNINGS) × 100.0")));
    }

    @Test
    void aBrokenRuleComesBackOnTheFormNamingTheRow() throws Exception {
        var officer = fixtures.user(Role.SECRETARIAT);
        Cookie session = PageSession.login(mvc, officer);
        String code = "Q" + System.nanoTime() % 1000000;
        mvc.perform(post("/compacts").cookie(session).with(csrf()).param("code", code).param("title", "T")
                .param("secretariat", officer.party().value()).param("entryIntoForceThreshold", "1")
                .param("withdrawalNoticeDays", "0"));

        mvc.perform(post("/compacts/{c}/modules/new", code).cookie(session).with(csrf())
                        .param("code", "BAD").param("title", "Bad").param("category", "OTHER")
                        .param("provisions[0].number", "one").param("provisions[0].text", "Text")
                        .param("provisions[0].strength", "SHALL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("provisions[0].number")));
        assertThat(catalogue.get(officer.actor(), code).modules()).isEmpty();
    }

    @Test
    void aDraftIsNotFoundForVisitorsButShownToPartners() throws Exception {
        var officer = fixtures.user(Role.SECRETARIAT);
        String code = "D" + System.nanoTime() % 1000000;
        catalogue.draft(officer.actor(), code, new Compact.Terms("Secret draft", null, officer.party(), 1, 0));

        mvc.perform(get("/compacts/{c}", code)).andExpect(status().isNotFound());
        mvc.perform(get("/compacts")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("Secret draft"))));
        mvc.perform(get("/compacts/{c}", code).cookie(PageSession.login(mvc, fixtures.user(Role.MONITOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("visible to logged-in partners only")));
    }

    @Test
    void theDesignerIsForTheSecretariat() throws Exception {
        mvc.perform(get("/compacts/new").cookie(PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT)))).andExpect(status().isForbidden());
        mvc.perform(get("/compacts/new").cookie(PageSession.login(mvc, fixtures.user(Role.SECRETARIAT)))).andExpect(status().isOk());
    }

    @Test
    void terminatingACompactNeedsAChoiceAndThenAConfirmationThatSaysItCannotBeUndone() throws Exception {
        var officer = fixtures.user(Role.SECRETARIAT);
        Cookie session = PageSession.login(mvc, officer);
        String code = "T" + System.nanoTime() % 1000000;
        mvc.perform(post("/compacts").cookie(session).with(csrf()).param("code", code).param("title", "Short-lived compact")
                .param("secretariat", officer.party().value()).param("entryIntoForceThreshold", "2")
                .param("withdrawalNoticeDays", "90"));

        mvc.perform(post("/compacts/{c}/decisions", code).cookie(session).with(csrf()).param("decision", "")
                        .param("reason", "Test"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("decision"))));
        mvc.perform(post("/compacts/{c}/decisions", code).cookie(session).with(csrf()).param("decision", "TERMINATE")
                        .param("reason", "Replaced by a regional compact"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terminate “Short-lived compact” for good?")))
                .andExpect(content().string(containsString("This cannot be undone")));
        assertThat(catalogue.get(officer.actor(), code).compact().status().name()).isEqualTo("DRAFT");

        mvc.perform(post("/compacts/{c}/decisions", code).cookie(session).with(csrf()).param("decision", "TERMINATE")
                        .param("reason", "Replaced by a regional compact").param("confirmed", "yes"))
                .andExpect(redirectedUrl("/compacts/" + code));
        assertThat(catalogue.get(officer.actor(), code).compact().status().name()).isEqualTo("TERMINATED");
    }
}
