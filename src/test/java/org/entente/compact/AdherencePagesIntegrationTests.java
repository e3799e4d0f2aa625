package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.PageSession;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The adherence wizard, the secretariat's decision and the public pages, as people use them. */
@IntegrationTest
class AdherencePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue catalogue;
    @Autowired
    AdherenceDesk desk;

    Fixtures.TestUser secretariat;
    String code;

    @BeforeEach
    void anOpenCompact() {
        secretariat = fixtures.user(Role.SECRETARIAT);
        code = "W" + System.nanoTime() % 100000000;
        CompactScenes.labourAndRecruitment(catalogue, secretariat, code, 5, null);
    }

    @Test
    void aFocalPointOptsInWithTheWizardAndTheSecretariatAcceptsOnThePage() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        Cookie session = PageSession.login(mvc, focal);
        String wizard = "/compacts/" + code + "/adherence/" + focal.party() + "/declare";

        mvc.perform(get("/compacts/{c}", code).cookie(session))
                .andExpect(content().string(containsString(wizard)));
        mvc.perform(post(wizard).cookie(session).with(csrf()).param("step", "1").param("modules", "REC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("module REC requires module LAB")));
        mvc.perform(post(wizard).cookie(session).with(csrf()).param("step", "1").param("modules", "LAB", "REC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Step 2 of 5: adaptations")))
                .andExpect(content().string(containsString("A weekly rest day.")));
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>
                declaration = step -> post(wizard).cookie(session).with(csrf()).param("step", step)
                .param("modules", "LAB", "REC")
                .param("adaptations[0].moduleCode", "LAB").param("adaptations[0].provisionNumber", "1")
                .param("adaptations[0].effect", "")
                .param("adaptations[1].moduleCode", "LAB").param("adaptations[1].provisionNumber", "2")
                .param("adaptations[1].effect", "DEFERS").param("adaptations[1].text", "From 2028 in rural areas")
                .param("targets[0].moduleCode", "LAB").param("targets[0].indicatorCode", "INSPECTIONS")
                .param("targets[0].baseline", "100").param("targets[0].target", "250")
                .param("dates[0].moduleCode", "LAB").param("dates[0].phaseName", "Law enacted")
                .param("dates[0].dueOn", "2027-09-30");
        // One short step at a time, each carrying what the others hold; the last shows what will be declared.
        mvc.perform(declaration.apply("2"))
                .andExpect(content().string(containsString("Step 3 of 5: baselines and targets")))
                .andExpect(content().string(containsString("value=\"From 2028 in rural areas\"")));
        mvc.perform(post(wizard).cookie(session).with(csrf()).param("step", "3").param("back", "yes")
                        .param("modules", "LAB", "REC"))
                .andExpect(content().string(containsString("Step 2 of 5: adaptations")));
        mvc.perform(declaration.apply("4"))
                .andExpect(content().string(containsString("Step 5 of 5: check and declare")))
                .andExpect(content().string(containsString("1 of 1 set")));
        assertThat(desk.of(code, focal.party())).isEmpty();
        mvc.perform(declaration.apply("5"))
                .andExpect(redirectedUrl("/compacts/" + code + "/adherence/" + focal.party()));

        var adherence = desk.of(code, focal.party()).orElseThrow();
        assertThat(adherence.status()).isEqualTo(AdherenceStatus.DECLARED);
        assertThat(adherence.adaptations()).singleElement().satisfies(a -> assertThat(a.effect()).isEqualTo(AdaptationEffect.DEFERS));
        assertThat(adherence.targets()).hasSize(1);
        assertThat(adherence.phaseDates()).hasSize(1);

        mvc.perform(post("/compacts/{c}/adherence/{p}/accept", code, focal.party().value()).cookie(PageSession.login(mvc, secretariat)).with(csrf()))
                .andExpect(redirectedUrl("/compacts/" + code + "/adherence/" + focal.party()));
        assertThat(desk.of(code, focal.party()).orElseThrow().status()).isEqualTo(AdherenceStatus.ACCEPTED);
        mvc.perform(get("/compacts/{c}", code))
                .andExpect(content().string(containsString("✓ A")))
                .andExpect(content().string(containsString("Accepted")));
    }

    @Test
    void theWizardRefusesToWeakenACoreProtectionAndKeepsWhatWasTyped() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        Cookie session = PageSession.login(mvc, focal);
        mvc.perform(post("/compacts/{c}/adherence/{p}/declare", code, focal.party().value()).cookie(session).with(csrf())
                        .param("step", "2").param("modules", "LAB")
                        .param("adaptations[0].moduleCode", "LAB").param("adaptations[0].provisionNumber", "1")
                        .param("adaptations[0].core", "true")
                        .param("adaptations[0].effect", "NARROWS_SCOPE").param("adaptations[0].text", "Not in farming"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is a core protection")))
                .andExpect(content().string(containsString("Not in farming")));
        assertThat(desk.of(code, focal.party())).isEmpty();
    }

    @Test
    void aReturnedDeclarationShowsItsReasonsToThePartyOnly() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        desk.declare(focal.actor(), code, focal.party(), new Declaration(java.util.Set.of("LAB"), List.of(), List.of(), List.of()));
        desk.giveBack(secretariat.actor(), code, focal.party(), "Baselines are missing");

        mvc.perform(get("/compacts/{c}/adherence/{p}", code, focal.party().value()).cookie(PageSession.login(mvc, focal)))
                .andExpect(content().string(containsString("Baselines are missing")));
        mvc.perform(get("/compacts/{c}/adherence/{p}", code, focal.party().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Baselines are missing"))));
    }

    @Test
    void aPartysPageListsWhatFallsDueAndTheConsolidatedTextShowsItsAdaptations() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        desk.declare(focal.actor(), code, focal.party(), new Declaration(java.util.Set.of("LAB"),
                List.of(new Adaptation("LAB", "2", AdaptationEffect.DEFERS, "rural areas", "Rest day from 2028")),
                List.of(), List.of(new PhaseDate("LAB", "Law enacted", java.time.LocalDate.of(2027, 9, 30)))));
        desk.accept(secretariat.actor(), code, focal.party());

        mvc.perform(get("/commitments/{p}", focal.party().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2027-09-30")))
                .andExpect(content().string(containsString("Law enacted")));
        mvc.perform(get("/compacts/{c}/adherence/{p}/text", code, focal.party().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A weekly rest day.")))
                .andExpect(content().string(containsString("Rest day from 2028")))
                .andExpect(content().string(containsString("Defers (rural areas)")));
    }

    @Test
    void onlyThePartysFocalPointOpensItsWizard() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        mvc.perform(get("/compacts/{c}/adherence/{p}/declare", code, focal.party().value())
                        .cookie(PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/compacts/{c}/adherence/{p}/declare", code, focal.party().value()).cookie(PageSession.login(mvc, focal)))
                .andExpect(status().isOk());
    }
}
