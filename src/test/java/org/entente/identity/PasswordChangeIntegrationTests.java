package org.entente.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A changed password ends what the old one opened: the holder's other sessions and every token issued before. */
@IntegrationTest
class PasswordChangeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void changingThePasswordEndsTheOtherSessionsAndTheOldTokensButNotThisSession() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        Cookie here = PageSession.login(mvc, user);
        Cookie elsewhere = PageSession.login(mvc, user);
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/identity/me").header("Authorization", user.bearer())).andExpect(status().isOk());

        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "a-brand-new-passphrase"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/identity/me").header("Authorization", user.bearer()))
                .andExpect(status().isUnauthorized());
    }
}
