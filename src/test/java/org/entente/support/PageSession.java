package org.entente.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

/** Logs a test user in through the login form and returns the session cookie the pages then use. */
public final class PageSession {

    private PageSession() {
    }

    public static Cookie login(MockMvc mvc, Fixtures.TestUser user) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", user.username())
                .param("password", Fixtures.PASSWORD)).andReturn().getResponse().getCookie("SESSION");
    }
}
