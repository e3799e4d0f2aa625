package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.PageSession;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The secretariat amends a module with the designer form; partners comment; everyone compares versions. */
@IntegrationTest
class AmendmentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue catalogue;
    @Autowired
    AmendmentDesk amendments;

    @Test
    void anAmendmentIsProposedCommentedAdoptedAndComparedOnThePages() throws Exception {
        var officer = fixtures.user(Role.SECRETARIAT);
        String code = "E" + System.nanoTime() % 100000000;
        catalogue.draft(officer.actor(), code, new Compact.Terms("Amending on pages", null, officer.party(), 1, 30));
        catalogue.addModule(officer.actor(), code, "REC", new ModuleContent("Recruitment", null,
                ModuleCategory.ETHICAL_RECRUITMENT, List.of(), List.of(), null,
                List.of(new Provision("1", "No fees for workers.", Strength.SHALL, true)), List.of(), List.of()));
        catalogue.open(officer.actor(), code);
        Cookie session = PageSession.login(mvc, officer);

        mvc.perform(get("/compacts/{c}/modules/REC/amend", code).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No fees for workers.")));
        mvc.perform(post("/compacts/{c}/modules/REC/amend", code).cookie(session).with(csrf())
                        .param("amendmentTitle", "Reimbursement").param("rationale", "Close the gap")
                        .param("commentsUntil", LocalDate.now(ZoneOffset.UTC).toString())
                        .param("title", "Recruitment").param("category", "ETHICAL_RECRUITMENT").param("sunsetKind", "NONE")
                        .param("provisions[0].number", "1").param("provisions[0].text", "No fees for workers.")
                        .param("provisions[0].strength", "SHALL").param("provisions[0].coreProtection", "true")
                        .param("provisions[1].number", "2").param("provisions[1].text", "Paid fees are reimbursed.")
                        .param("provisions[1].strength", "SHALL").param("provisions[1].coreProtection", "true"))
                .andExpect(redirectedUrlPattern("/compacts/" + code + "/amendments/*"));
        long id = amendments.of(officer.actor(), code).get(0).id();

        mvc.perform(get("/compacts/{c}/amendments/{id}", code, id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paid fees are reimbursed.")))
                .andExpect(content().string(containsString("added")))
                .andExpect(content().string(containsString("adherents will be asked to re-confirm")));
        mvc.perform(post("/compacts/{c}/amendments/{id}/comments", code, id).cookie(PageSession.login(mvc, fixtures.user(Role.MONITOR)))
                        .with(csrf()).param("text", "Nous soutenons cette clause.").param("language", "fr"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/compacts/{c}/amendments/{id}/adopt", code, id).cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.get(officer.actor(), code).module("REC").orElseThrow().module().currentVersion()).isEqualTo(2);

        mvc.perform(get("/compacts/{c}/amendments/{id}", code, id))
                .andExpect(content().string(containsString("Nous soutenons cette clause.")))
                .andExpect(content().string(containsString("lang=\"fr\"")));
        mvc.perform(get("/compacts/{c}/modules/REC/diff", code).param("from", "1").param("to", "2").param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("مضاف")));
    }
}
