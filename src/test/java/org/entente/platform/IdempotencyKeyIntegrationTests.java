package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A create retried with the same Idempotency-Key creates once and answers the first response again. */
@IntegrationTest
class IdempotencyKeyIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder register(Fixtures.TestUser secretariat, String key, String code) {
        return post("/api/v1/parties").header("Authorization", secretariat.bearer()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\", \"kind\": \"OTHER\", \"name\": \"Retried party\"}");
    }

    private long parties(String code) {
        return jdbc.sql("select count(*) from party where code = ?").param(code).query(Long.class).single();
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstResponseAndCreateOnce() throws Exception {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        String code = "IDEM-" + System.nanoTime() % 100000;
        String key = "retry-" + System.nanoTime();

        String first = mvc.perform(register(secretariat, key, code)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String again = mvc.perform(register(secretariat, key, code)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(parties(code)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        String key = "reused-" + System.nanoTime();
        String code = "IDEM-" + System.nanoTime() % 100000;
        mvc.perform(register(secretariat, key, code)).andExpect(status().isCreated());

        mvc.perform(register(secretariat, key, code + "X"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status", is(422)));
        assertThat(parties(code + "X")).isZero();
    }

    @Test
    void aKeyIsTheCallersOwn() throws Exception {
        String key = "shared-" + System.nanoTime();
        String code = "IDEM-" + System.nanoTime() % 100000;
        mvc.perform(register(fixtures.user(Role.SECRETARIAT), key, code)).andExpect(status().isCreated());

        // Another caller with the same key is another request: here a duplicate code, not a replay.
        mvc.perform(register(fixtures.user(Role.SECRETARIAT), key, code)).andExpect(status().isConflict());
    }

    @Test
    void aRefusedRequestIsAnsweredAgainButNothingIsCreated() throws Exception {
        var monitor = fixtures.user(Role.MONITOR);
        String key = "denied-" + System.nanoTime();
        String code = "IDEM-" + System.nanoTime() % 100000;

        mvc.perform(register(monitor, key, code)).andExpect(status().isForbidden());
        mvc.perform(register(monitor, key, code)).andExpect(status().isForbidden());
        assertThat(parties(code)).isZero();
    }
}
