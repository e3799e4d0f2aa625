package org.entente.identity;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Tokens and login throttling on a real database, through the API as a client would use them. */
abstract class IdentityContract {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String issue(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/identity/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"%s\", \"password\": \"%s\", \"name\": \"cli\"}".formatted(username, password)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token", startsWith("ent_")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void aTokenIssuedWithTheRightPasswordIdentifiesItsUser() throws Exception {
        var user = fixtures.user(Role.MONITOR, Role.AUDITOR);
        String token = issue(user.username(), Fixtures.PASSWORD);

        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username", is(user.username())))
                .andExpect(jsonPath("$.memberships[0].party", is(user.party().value())))
                .andExpect(jsonPath("$.roles", hasItem("AUDITOR")));
    }

    @Test
    void onlyTheHashOfATokenIsStored() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        String token = issue(user.username(), Fixtures.PASSWORD);

        Long stored = jdbc.sql("select count(*) from access_token where token_hash = :t or hint = :t")
                .param("t", token).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(stored).isZero();
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        String token = issue(user.username(), Fixtures.PASSWORD);
        String list = mvc.perform(get("/api/v1/identity/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(list, "$[0].id");

        mvc.perform(delete("/api/v1/identity/tokens/{id}", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revokedAt").exists());
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
    }

    @Test
    void aWrongTokenIsUnauthorizedNotAnonymous() throws Exception {
        mvc.perform(get("/api/v1/parties").header("Authorization", "Bearer ent_forged-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        mvc.perform(post("/api/v1/identity/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"%s\", \"password\": \"wrong-password-1\"}".formatted(user.username())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void repeatedFailuresLockTheLoginEvenForTheRightPassword() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/identity/tokens").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\": \"%s\", \"password\": \"guess-%d-xxxxxx\"}".formatted(user.username(), i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/identity/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(user.username(), Fixtures.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.title", is("Too many attempts")));
    }

    @Test
    void anExpiryBeyondAYearIsRefusedNamingTheField() throws Exception {
        var user = fixtures.user(Role.MONITOR);
        mvc.perform(post("/api/v1/identity/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"%s\", \"password\": \"%s\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}"
                                .formatted(user.username(), Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("expiresAt")));
    }
}
