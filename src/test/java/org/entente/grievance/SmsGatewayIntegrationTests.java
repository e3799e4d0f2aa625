package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.entente.party.PartyDirectory;
import org.entente.shared.PartyCode;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The SMS gateway's webhook: signed calls only, and a short guided exchange that files the case. */
@IntegrationTest
class SmsGatewayIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    PartyDirectory parties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Intake intake;

    private String say(String from, String text) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("from", from, "text", text, "messageId",
                "m" + System.nanoTime()));
        String answer = mvc.perform(post("/api/v1/grievances/inbound/sms").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Entente-Signature", GrievanceEndpointAccessIntegrationTests.signed(body))
                        .content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("text").asString();
    }

    @Test
    void aCallWithoutTheSharedSecretsSignatureIsRefused() throws Exception {
        String body = "{\"from\":\"+000 555 0100\",\"text\":\"HELLO\",\"messageId\":\"x\"}";
        mvc.perform(post("/api/v1/grievances/inbound/sms").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/grievances/inbound/sms").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Entente-Signature", GrievanceEndpointAccessIntegrationTests.signed(body + " "))
                        .content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/grievances/inbound/sms").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Entente-Signature", "sha256=" + "0".repeat(64)).content(body))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWorkerFilesByTextMessagesAndGetsTheReceiptBack() throws Exception {
        PartyCode to = GrievanceScenes.freshState(parties);
        List<String> states = parties.all().stream().filter(p -> p.kind() == org.entente.party.PartyKind.STATE)
                .map(p -> p.code().value()).toList();
        String phone = "+000 555 " + (1000 + (int) (System.nanoTime() % 8000));
        assertThat(say(phone, "Hello")).contains("العربية");
        assertThat(say(phone, "1")).as("Arabic chosen: the categories in Arabic").contains("أجور غير مدفوعة");
        say(phone, "3");
        say(phone, String.valueOf(states.indexOf(to.value()) + 1));
        assertThat(say(phone, "ZZZ")).as("another country").isNotBlank();
        say(phone, "يحتفظ صاحب العمل بجواز سفري");
        say(phone, "2");
        assertThat(say(phone, "abc")).as("too short a passphrase is asked again").doesNotContain("-");
        String filed = say(phone, "nine lives");
        String receipt = filed.replaceAll("(?s).*?([0-9A-Z]{4}(-[0-9A-Z]{4}){4}).*", "$1");
        var view = intake.followUp(receipt, "nine lives");
        assertThat(view.category()).isEqualTo(Category.PASSPORT_KEPT);
        assertThat(view.language()).isEqualTo("ar");
        assertThat(view.contactGiven()).as("answered 2: no answers to this number").isFalse();
        assertThat(jdbc.sql("select channel from grievance_case where id = ?")
                .param(GrievanceScenes.idOf(jdbc, receipt)).query(String.class).single()).isEqualTo("SMS");
        assertThat(say(phone, "Hello")).as("a new exchange starts afresh").contains("العربية");
        assertThat(say(phone, "STOP")).isNotBlank();
    }
}
