package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After logging in, each demo user lands on what is waiting for them: Costrava's focal point sees its situation
 * report due, Dalmeria's its late report and the notice its liaison desk has not acknowledged, Costrava's
 * logistics officer the shipments on their way; someone with nothing to do is told so.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class StartPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    Cookie login(String username) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", "test-demo-password")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/start");
        return result.getResponse().getCookie("SESSION");
    }

    String start(String username) throws Exception {
        return mvc.perform(get("/start").param("lang", "en").cookie(login(username))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void eachPersonLandsOnWhatIsWaitingForThem() throws Exception {
        assertThat(start("focal.xco")).contains("Situation report due for Cyclone Idris",
                "href=\"/crises/1/sitreps/new?party=XCO\"");
        // Dalmeria reports every other day, so its report is late; its liaison desk has a notice to acknowledge.
        assertThat(start("focal.xda")).contains("level notice to acknowledge for Dalmeria",
                "href=\"/crises/1/sitreps/new?party=XDA\"", "overdue");
        assertThat(start("logistics.xco")).contains("on the way to you, to receive: Cyclone Idris")
                .doesNotContain("Situation report due");
        assertThat(start("logistics.slc")).contains("request for assistance waiting for your decision: Cyclone Idris");
        assertThat(start("auditor")).contains("Nothing is waiting for you.");
    }

    @Test
    void aVisitorIsAskedToLogIn() throws Exception {
        var response = mvc.perform(get("/start")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
}
