package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input gets a 4xx problem naming the field, never a 500 or a stack trace, and writes nothing. */
@IntegrationTest
class BadInputIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    Fixtures.TestUser secretariat;
    long partiesBefore;
    long auditBefore;

    @BeforeEach
    void setUp() {
        secretariat = fixtures.user(Role.SECRETARIAT);
        partiesBefore = count("party");
        auditBefore = count("audit_entry");
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    ResultActions postParty(String body) throws Exception {
        return mvc.perform(post("/api/v1/parties").header("Authorization", secretariat.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    void nothingWritten() {
        assertThat(count("party")).isEqualTo(partiesBefore);
        assertThat(count("audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        postParty("{\"code\": \"ABC-1\", \"kind\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status", is(400)))
                .andExpect(jsonPath("$.trace").doesNotExist());
        nothingWritten();
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        postParty("{\"code\": \"ABC-2\", \"kind\": \"OTHER\", \"name\": \"N\", \"isAdmin\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("isAdmin")))
                .andExpect(jsonPath("$.errors[0].message", is("is not a known field")));
        nothingWritten();
    }

    @Test
    void aWrongTypeIsNamedWithItsPath() throws Exception {
        postParty("{\"code\": \"ABC-3\", \"kind\": \"OTHER\", \"name\": \"N\", \"workingLanguages\": \"en\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("workingLanguages")));
        postParty("{\"code\": \"ABC-3\", \"kind\": \"OTHER\", \"name\": \"N\", \"focalPoints\": [{\"name\": \"A\", \"function\": \"B\", \"lastConfirmed\": \"yesterday\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("focalPoints[0].lastConfirmed")));
        postParty("{\"code\": \"ABC-3\", \"kind\": 3, \"name\": \"N\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("kind")));
        postParty("{\"code\": \"ABC-3\", \"kind\": \"KINGDOM\", \"name\": \"N\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("kind")));
        postParty("{\"code\": \"ABC-3\", \"kind\": \"OTHER\", \"name\": \"N\", \"version\": \"7\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("version")));
        nothingWritten();
    }

    @Test
    void aRuleBreakIsNamedEvenInsideAList() throws Exception {
        postParty("{\"code\": \"ABC-4\", \"kind\": \"OTHER\", \"name\": \"N\", \"focalPoints\": [{\"name\": \"A\", \"function\": \"B\"}, {\"name\": \"C\", \"function\": \"D\", \"email\": \"nope\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("focalPoints[1].email")));
        postParty("{\"code\": \"KEN\", \"kind\": \"UNION\", \"name\": \"N\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("code")));
        postParty("{\"code\": \"ABC-4\", \"kind\": \"OTHER\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("name")));
        nothingWritten();
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() throws Exception {
        postParty("{\"code\": \"ABC-5\", \"kind\": \"OTHER\", \"name\": \"Nul\\u0000here\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("name")))
                .andExpect(jsonPath("$.errors[0].message", is("must not contain control characters (found U+0000)")));
        postParty("{\"code\": \"ABC-5\", \"kind\": \"OTHER\", \"name\": \"N\", \"focalPoints\": [{\"name\": \"A\\u001b[2J\", \"function\": \"B\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("focalPoints[0].name")));
        nothingWritten();
        mvc.perform(get("/api/v1/parties").param("q", "a\u0000b"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("q")));
    }

    @Test
    void aNumberPastItsCeilingIsRefusedNamingTheCeiling() throws Exception {
        var officer = fixtures.user(Role.LOGISTICS_OFFICER);
        mvc.perform(post("/api/v1/logistics/commodities").header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"BIG-1\", \"name\": \"Big\", \"unit\": \"kit\", \"unitWeightKg\": 1e308,"
                                + " \"category\": \"WASH\", \"divisible\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("unitWeightKg")))
                .andExpect(jsonPath("$.errors[0].message",
                        is("must be a number between -1,000,000,000,000 and 1,000,000,000,000")));
    }

    @Test
    void aMissingBodyIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/parties").header("Authorization", secretariat.bearer())
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("body")));
        nothingWritten();
    }

    @Test
    void aDuplicateCodeIsAConflict() throws Exception {
        var existing = fixtures.party();
        partiesBefore = count("party");
        auditBefore = count("audit_entry");
        postParty("{\"code\": \"" + existing.code() + "\", \"kind\": \"OTHER\", \"name\": \"Dup\"}")
                .andExpect(status().isConflict());
        nothingWritten();
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeReading() throws Exception {
        String huge = "{\"code\": \"BIG-1\", \"kind\": \"OTHER\", \"name\": \"" + "x".repeat(300_000) + "\"}";
        postParty(huge)
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        nothingWritten();
    }

    @Test
    void aChunkedBodyThatGrowsTooLargeIsRefusedWhileReading() throws Exception {
        String huge = "{\"code\": \"BIG-2\", \"kind\": \"OTHER\", \"name\": \"N\", \"interests\": \"" + "x".repeat(400_000) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/parties"))
                .header("Authorization", secretariat.bearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        nothingWritten();
    }

    @Test
    void pagingIsCappedAndChecked() throws Exception {
        mvc.perform(get("/api/v1/parties").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("size")));
        mvc.perform(get("/api/v1/parties").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("page")));
        mvc.perform(get("/api/v1/parties").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("page")));
        mvc.perform(get("/api/v1/parties").param("kind", "EMPIRE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("kind")));
    }

    @Test
    void anUnknownRecordIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/parties/NO-SUCH-PARTY"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/parties/not a code!"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("code")));
    }

    @Test
    void anUnknownApiPathIsRefusedAsAProblem() throws Exception {
        mvc.perform(get("/api/v1/nothing-here"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
