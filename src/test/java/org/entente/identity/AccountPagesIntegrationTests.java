package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.entente.shared.Actor;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator opens, renames and re-grants accounts from the accounts pages; no one else reaches them. */
@IntegrationTest
class AccountPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;

    @Test
    void anAdministratorSeesEveryProblemOfANewAccountAtOnceThenRenamesItAndChangesItsMemberships() throws Exception {
        var admin = fixtures.user(Role.ADMIN);
        Cookie session = PageSession.login(mvc, admin);
        var party = fixtures.party().code();
        var other = fixtures.party().code();

        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", "Not Valid")
                        .param("displayName", "").param("password", "short").param("party", party.value()))
                .andExpect(flash().attribute("formProblems", hasToString(allOf(containsString("username"),
                        containsString("displayName"), containsString("password"), containsString("roles")))))
                .andExpect(flash().attributeExists("kept"));

        String username = "clerk" + System.nanoTime() % 100000000;
        accounts.open(Actor.system(), new Accounts.NewAccount(username, "Clerk", Fixtures.PASSWORD, "en",
                Map.of(party, Set.of(Role.FOCAL_POINT))));
        mvc.perform(get("/admin/users/{u}", username).cookie(session))
                .andExpect(content().string(containsString("Add a membership")));
        mvc.perform(post("/admin/users/{u}/name", username).cookie(session).with(csrf()).param("displayName", "Chief clerk"))
                .andExpect(flash().attribute("notice", "users.renamed"));
        assertThat(accounts.get(username).displayName()).isEqualTo("Chief clerk");

        mvc.perform(post("/admin/users/{u}/memberships", username).cookie(session).with(csrf())
                        .param("newParty", other.value()).param("newRoles", "MONITOR"))
                .andExpect(flash().attribute("notice", "users.membershipsSaved"));
        // Nothing ticked for the first party: that membership ends; the new one is held.
        assertThat(accounts.get(username).memberships()).singleElement().satisfies(m -> {
            assertThat(m.party()).isEqualTo(other);
            assertThat(m.roles()).containsExactly(Role.MONITOR);
        });

        Cookie focal = PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT));
        mvc.perform(get("/admin/users/{u}", username).cookie(focal)).andExpect(status().isForbidden());
    }
}
