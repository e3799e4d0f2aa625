package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.party.PartyDirectory;
import org.entente.shared.PartyCode;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The worker's side: filing anonymously, the receipt, following up with the passphrase, retries that never file
 * twice, the throttle on wrong passphrases, the SMS gateway, and personal data that never rests in clear.
 */
@IntegrationTest
class GrievanceIntakeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Intake intake;
    @Autowired
    PartyDirectory parties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String body(PartyCode from, PartyCode to, String narrative, String passphrase) {
        return json.writeValueAsString(Map.of("category", "RECRUITMENT_FEES", "narrative", narrative, "countryFrom",
                from.value(), "countryTo", to.value(), "language", "ar", "passphrase", passphrase, "contact",
                "+000 555 0142"));
    }

    @Test
    void aWorkerFilesWithoutAnAccountAndGetsAReceiptToReadAloud() throws Exception {
        PartyCode from = GrievanceScenes.freshState(parties);
        PartyCode to = GrievanceScenes.freshState(parties);
        String answer = mvc.perform(post("/api/v1/grievances").contentType(MediaType.APPLICATION_JSON)
                        .content(body(from, to, "The agency took my savings.", "sun and moon")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("RECEIVED"))
                .andReturn().getResponse().getContentAsString();
        String receipt = json.readTree(answer).get("receipt").asString();
        assertThat(receipt).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
        long id = GrievanceScenes.idOf(jdbc, receipt);
        assertThat(jdbc.sql("select jurisdiction from grievance_case where id = ?").param(id).query(String.class)
                .single()).as("the destination handles it").isEqualTo(to.value());
        // Read aloud over a bad line: lower case, spaces for dashes, O for zero and I for one are all understood.
        String spoken = receipt.toLowerCase().replace('-', ' ').replace('0', 'o').replace('1', 'i');
        var view = intake.followUp(spoken, "sun and moon");
        assertThat(view.stage()).isEqualTo(Stage.RECEIVED);
        assertThat(view.category()).isEqualTo(Category.RECRUITMENT_FEES);
        assertThat(view.contactGiven()).isTrue();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyFilesOnceAndAnswersTheSameReceipt() throws Exception {
        PartyCode from = GrievanceScenes.freshState(parties);
        PartyCode to = GrievanceScenes.freshState(parties);
        String request = body(from, to, "Retried over a bad network.", "patient words");
        List<String> receipts = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            String answer = mvc.perform(post("/api/v1/grievances").contentType(MediaType.APPLICATION_JSON)
                            .header("Idempotency-Key", "retry-" + from.value() + to.value()).content(request))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            receipts.add(json.readTree(answer).get("receipt").asString());
        }
        assertThat(receipts).containsOnly(receipts.get(0));
        assertThat(jdbc.sql("select count(*) from grievance_case where country_from = ? and country_to = ?")
                .params(from.value(), to.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsFiled() throws Exception {
        long before = jdbc.sql("select count(*) from grievance_case").query(Long.class).single();
        mvc.perform(post("/api/v1/grievances").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"UNPAID_WAGES\",\"narrative\":\"\",\"countryFrom\":\"NOWHERE\","
                                + "\"countryTo\":\"XCO\",\"language\":\"xx\",\"passphrase\":\"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "narrative", "countryFrom", "language", "passphrase")));
        mvc.perform(post("/api/v1/grievances").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"STOLEN_GOAT\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from grievance_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aWrongPassphraseIsNotFoundAndRepeatedOnesLockTheCaseForAWhile() throws Exception {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc,
                org.entente.grievance.Category.PASSPORT_KEPT);
        String wrong = "{\"receipt\":\"" + filed.receipt() + "\",\"passphrase\":\"not the one\"}";
        String right = "{\"receipt\":\"" + filed.receipt() + "\",\"passphrase\":\"" + GrievanceScenes.PASSPHRASE + "\"}";
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(post("/api/v1/grievances/follow-up").contentType(MediaType.APPLICATION_JSON).content(wrong))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/grievances/follow-up").contentType(MediaType.APPLICATION_JSON).content(right))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .exists("Retry-After"));
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(post("/api/v1/grievances/follow-up").contentType(MediaType.APPLICATION_JSON).content(right))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("RECEIVED"));
        // A receipt that exists nowhere answers exactly as a wrong passphrase does.
        mvc.perform(post("/api/v1/grievances/follow-up").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receipt\":\"0000-0000-0000-0000-0000\",\"passphrase\":\"anything\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void nothingThatIdentifiesTheWorkerRestsInClearInAnyColumnOrAuditEntry() {
        PartyCode from = GrievanceScenes.freshState(parties);
        PartyCode to = GrievanceScenes.freshState(parties);
        String narrative = "Supervisor Kwabena Mensah-Oduya locked me in the depot";
        String name = "Amaru Quispe-Llamoca";
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, jdbc, new Filing(Category.HARASSMENT_OR_VIOLENCE,
                narrative, from.value(), to.value(), "es", GrievanceScenes.PASSPHRASE, "+000 555 8765", name,
                "PX-99118877", "Depot Zarandona SA", "Agencia Quimbaya", "Zarandona depot", "last Tuesday", false),
                from, to);
        intake.addInformation(filed.receipt(), GrievanceScenes.PASSPHRASE, "Quispe-Llamoca again: more detail",
                List.of(new EvidenceUpload("evidence", GrievanceScenes.photo())));
        List<String> secrets = List.of("Kwabena", "Quispe", "PX-99118877", "555 8765", "Zarandona", "Quimbaya",
                "Tuesday", filed.receipt(), GrievanceScenes.PASSPHRASE);
        List<String> found = new ArrayList<>();
        for (String table : List.of("grievance_case", "grievance_message", "grievance_event", "grievance_evidence",
                "audit_entry")) {
            jdbc.sql("select * from " + table).query(rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                            : String.valueOf(value);
                    for (String secret : secrets) {
                        if (text.contains(secret)) {
                            found.add(table + "." + rs.getMetaData().getColumnName(c) + " holds " + secret);
                        }
                    }
                }
            });
        }
        assertThat(found).isEmpty();
        // ...and yet the handler reads it all.
        var handler = org.entente.shared.Actor.user("handler-" + to.value(), List.of(new org.entente.shared.Actor
                .Membership(to, java.util.Set.of(org.entente.shared.Role.MEDIATOR))));
        var view = applicationCasework.open(handler, filed.id());
        assertThat(view.personal().narrative()).isEqualTo(narrative);
        assertThat(view.personal().name()).isEqualTo(name);
        assertThat(view.messages()).extracting(Casework.Message::text).contains("Quispe-Llamoca again: more detail");
        assertThat(view.evidence()).hasSize(1);
    }

    @Autowired
    Casework applicationCasework;
}
