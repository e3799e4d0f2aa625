package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.entente.party.FocalPoint;
import org.entente.party.PartyDetails;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.Role;
import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/** The pages as a person uses them: logging in with a form, switching language, and the role gates. */
@IntegrationTest
class PagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PartyDirectory parties;
    @Autowired
    Sharing sharing;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Logs in with the form and returns the session cookie a browser would keep. */
    Cookie login(Fixtures.TestUser user) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf())
                        .param("username", user.username()).param("password", Fixtures.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/start"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    @Test
    void theHomePageSpeaksEnglishFrenchAndArabicRightToLeft() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\" dir=\"ltr\"")))
                .andExpect(content().string(containsString("Welcome to Entente")));
        mvc.perform(get("/").param("lang", "fr"))
                .andExpect(content().string(containsString("Bienvenue sur Entente")));
        mvc.perform(get("/").param("lang", "ar"))
                .andExpect(content().string(containsString("lang=\"ar\" dir=\"rtl\"")))
                .andExpect(content().string(containsString("مرحبًا بكم في أنتانت")));
        mvc.perform(get("/").param("lang", "de"))
                .andExpect(content().string(containsString("lang=\"en\" dir=\"ltr\"")));
    }

    @Test
    void aMissingRecordGetsAReadableNotFoundPageInTheVisitorsLanguage() throws Exception {
        mvc.perform(get("/parties/NO-SUCH-PARTY"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("does not exist, or you may not see it")))
                // An error page keeps the main menu, though it is rendered without the page's model.
                .andExpect(content().string(containsString("href=\"/compacts\"")))
                .andExpect(content().string(containsString("href=\"/parties\"")));
        mvc.perform(get("/parties/NO-SUCH-PARTY").param("lang", "ar"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("dir=\"rtl\"")));
    }

    @Test
    void loggingInNeedsTheCsrfToken() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        mvc.perform(post("/login").param("username", user.username()).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordReturnsToTheLoginFormAndRepeatedFailuresLockIt() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", "nope-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("Wait 15 minutes")));
    }

    @Test
    void loggingInSwitchesToTheUsersLanguage() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        var result = mvc.perform(post("/login").with(csrf())
                .param("username", user.username()).param("password", Fixtures.PASSWORD)).andReturn();
        assertThat(result.getResponse().getCookie(Languages.COOKIE)).isNotNull();
    }

    @Test
    void contactDetailsShowOnlyAfterLogin() throws Exception {
        var party = fixtures.party();
        parties.revise(Actor.system(), party.code(), new PartyDetails(party.name(), null, null, List.of("en"), null,
                null, List.of(new FocalPoint("Rosa Diaz", "Liaison", "rosa@example.org", null, "es", null))), null);

        mvc.perform(get("/parties/{c}", party.code().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("rosa@example.org"))))
                .andExpect(content().string(containsString("Log in to see contact details")));
        Cookie session = login(fixtures.user(Role.MONITOR));
        mvc.perform(get("/parties/{c}", party.code().value()).cookie(session))
                .andExpect(content().string(containsString("rosa@example.org")))
                .andExpect(content().string(containsString("Not confirmed for over 90 days")));
    }

    @Test
    void thePartyListSearchesWithoutJavaScript() throws Exception {
        var party = fixtures.party();
        mvc.perform(get("/parties").param("q", party.code().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(party.name())))
                .andExpect(content().string(containsString("1 party")));
    }

    @Test
    void theSecretariatRegistersAPartyWithTheForm() throws Exception {
        Cookie session = login(fixtures.user(Role.SECRETARIAT));
        String code = fixtures.party().code() + "-F";
        mvc.perform(post("/parties").cookie(session).with(csrf())
                        .param("code", code).param("kind", "CIVIL_SOCIETY").param("name", "Form-made NGO")
                        .param("workingLanguages", "en fr").param("focalPoints[0].name", "Ada")
                        .param("focalPoints[0].function", "Director").param("focalPoints[0].email", "ada@example.org"))
                .andExpect(redirectedUrl("/parties/" + code));
        assertThat(parties.get(org.entente.shared.PartyCode.of(code)).focalPoints()).hasSize(1);

        mvc.perform(post("/parties").cookie(session).with(csrf())
                        .param("code", code + "X").param("kind", "UNION").param("name", "Bad mail")
                        .param("focalPoints[0].name", "Ada").param("focalPoints[0].function", "Dir")
                        .param("focalPoints[0].email", "no-at-sign"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("focalPoints[0].email")));
        assertThat(parties.exists(org.entente.shared.PartyCode.of(code + "X"))).isFalse();
    }

    @Test
    void theAuditPageIsForAuditorsAndVerifiesTheChain() throws Exception {
        mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/audit").cookie(login(fixtures.user(Role.FOCAL_POINT)))).andExpect(status().isForbidden());
        Cookie auditor = login(fixtures.user(Role.AUDITOR));
        mvc.perform(get("/audit").cookie(auditor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("party.registered")));
        mvc.perform(post("/audit/verify").cookie(auditor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact")));
    }

    @Test
    void aFocalPointSetsItsRedLinesOnThePage() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        var neighbour = fixtures.party();
        Cookie session = login(focal);
        mvc.perform(get("/sharing").cookie(session)).andExpect(redirectedUrl("/sharing/" + focal.party()));
        mvc.perform(get("/sharing/{p}", focal.party().value()).cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Situation reports")));
        // One form for every kind: only the kinds whose parties change are written.
        mvc.perform(post("/sharing/{p}", focal.party().value()).cookie(session).with(csrf())
                        .param("share-SITUATION_REPORT", neighbour.code().value())
                        .param("share-STOCK_LEVEL", neighbour.code().value()))
                .andExpect(flash().attribute("notice", "sharing.savedAll"));
        var rules = sharing.rulesOf(focal.actor(), focal.party());
        assertThat(rules).extracting(r -> r.dataKind())
                .containsExactlyInAnyOrder(DataKind.SITUATION_REPORT, DataKind.STOCK_LEVEL);
        assertThat(rules).allSatisfy(r -> assertThat(r.parties()).containsExactly(neighbour.code()));
        long version = rules.stream().filter(r -> r.dataKind() == DataKind.STOCK_LEVEL).findFirst().orElseThrow()
                .version();

        // A form read before someone else changed a kind refuses the whole, and writes nothing.
        sharing.setRule(focal.actor(), focal.party(), DataKind.STOCK_LEVEL, java.util.Set.of(), version);
        mvc.perform(post("/sharing/{p}", focal.party().value()).cookie(session).with(csrf())
                        .param("share-STOCK_LEVEL", neighbour.code().value()).param("version-STOCK_LEVEL",
                                String.valueOf(version))
                        .param("share-BRIEFING", neighbour.code().value()))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.notNullValue()));
        assertThat(sharing.rulesOf(focal.actor(), focal.party())).noneMatch(r -> r.dataKind() == DataKind.BRIEFING);
    }

    @Test
    void aTokenCreatedOnTheAccountPageIsShownOnce() throws Exception {
        Cookie session = login(fixtures.user(Role.MONITOR));
        mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "laptop"))
                .andExpect(flash().attribute("issuedSecret", org.hamcrest.Matchers.startsWith("ent_")));
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(containsString("Copy it now")));
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(containsString("laptop")))
                .andExpect(content().string(not(containsString("Copy it now"))));
    }

    @Test
    void aLoginSessionIsKeptInTheDatabaseSoAnyNodeCanServeIt() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        login(user);
        Long sessions = jdbc.sql("select count(*) from spring_session where principal_name = :u")
                .param("u", user.username()).query(Long.class).single();
        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void adminPagesAreForAdministrators() throws Exception {
        mvc.perform(get("/admin/users").cookie(login(fixtures.user(Role.SECRETARIAT)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").cookie(login(fixtures.user(Role.ADMIN)))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorDeactivatesAnAccountAfterConfirmingAndItsHolderCanNoLongerLogIn() throws Exception {
        var admin = fixtures.user(Role.ADMIN);
        var holder = fixtures.user(Role.FOCAL_POINT);
        Cookie session = login(admin);
        Cookie holderSession = login(holder);

        mvc.perform(post("/admin/users/{u}/deactivate", holder.username()).cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Deactivate the account "
                        + holder.username() + "?")));
        mvc.perform(post("/admin/users/{u}/deactivate", holder.username()).cookie(session).with(csrf())
                        .param("confirmed", "yes"))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(post("/login").with(csrf()).param("username", holder.username()).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/account").cookie(holderSession)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/identity/me").header("Authorization", holder.bearer()))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/admin/users/{u}/reactivate", holder.username()).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(post("/login").with(csrf()).param("username", holder.username()).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/start"));
    }
}
