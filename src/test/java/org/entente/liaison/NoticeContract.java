package org.entente.liaison;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.crisis.Escalation;
import org.entente.crisis.LevelNotice;
import org.entente.crisis.ProtocolLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Level notices leave by e-mail through a real SMTP server and by SMS through an HTTP gateway, both on 127.0.0.1;
 * a gateway that fails is retried with backoff and then given up; the unit acknowledges once, through the link in
 * the message or after logging in.
 */
abstract class NoticeContract {

    private static final Pattern LINK = Pattern.compile("https://entente\\.test(/notices/ack_[A-Za-z0-9_-]+)");

    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom room;
    @Autowired
    Escalation escalation;
    @Autowired
    NoticeOutbox outbox;
    @Autowired
    LiaisonDirectory units;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    GreenMail smtp;
    HttpServer smsGateway;
    final List<String> smsRequests = new CopyOnWriteArrayList<>();
    volatile int smsStatus = 202;

    Fixtures.TestUser member;
    long unit;
    long crisis;
    String crisisName;

    @BeforeEach
    void aUnitNotifiedOfALevel() throws IOException {
        // Messages other tests left in the shared outbox would be sent with these; settle them first.
        jdbc.update("update notice_message set status = 'FAILED' where status = 'PENDING'");
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        smsGateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 3026), 0);
        smsGateway.createContext("/sms", exchange -> {
            smsRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(smsStatus, -1);
            exchange.close();
        });
        smsGateway.start();

        var lead = fixtures.user(Role.FOCAL_POINT);
        member = fixtures.user(Role.FOCAL_POINT);
        Instant now = clock.instant();
        unit = units.establish(member.actor(), member.party(), new LiaisonUnit.Details("Coastal desk", null, null, null,
                null, null, null, null, null, List.of(
                        new UnitMember("Ana", "Duty officer", "ana@unit.example", "+15550001", "fr", null),
                        new UnitMember("Ben", "Logistics", "ben@unit.example", "+15550002", "en", null),
                        new UnitMember("Cy", "Driver", null, "+15550003", "en", null)),
                List.of(new OnCallShift("Ana", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8)))))).id();
        String protocol = "M" + System.nanoTime() % 100000000;
        escalation.define(fixtures.user(Role.SECRETARIAT).actor(), protocol, "Flood protocol",
                List.of(new ProtocolLevel("WATCH", null), new ProtocolLevel("ALERT", null)), List.of(), List.of(),
                List.of(new LevelNotice("ALERT", member.party().value(), "en fr")));
        crisisName = "Flood " + System.nanoTime() % 100000;
        crisis = room.open(lead.actor(), new Crisis.Declaration("L" + System.nanoTime() % 100000000, crisisName,
                CrisisType.FLOOD, lead.party(), Set.of(lead.party(), member.party()), null, Classification.PUBLIC, 24))
                .id();
        escalation.apply(lead.actor(), crisis, protocol, "WATCH");
        escalation.moveTo(lead.actor(), crisis, "ALERT", "River at the red mark");
        // The notices are written when the escalation's LevelEntered arrives, after it committed.
        fixtures.awaitReactions();
    }

    @AfterEach
    void stopGateways() {
        smtp.stop();
        smsGateway.stop(0);
        clock.reset();
    }

    NoticeOutbox.Delivery delivery() {
        return outbox.inbox(member.actor(), unit).get(0);
    }

    @Test
    void theNoticeGoesByEmailToEveryMemberWithAnAddressAndBySmsToTheMemberOnCallInHerLanguage() throws Exception {
        assertThat(outbox.dispatch()).isEqualTo(3);

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        List<String> recipients = new java.util.ArrayList<>();
        for (MimeMessage mail : mails) {
            recipients.add(GreenMailUtil.getAddressList(mail.getAllRecipients()));
        }
        assertThat(recipients).containsExactlyInAnyOrder("ana@unit.example", "ben@unit.example");
        assertThat(mails[0].getSubject()).contains(crisisName, "ALERT");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains("entered escalation level ALERT", "Coastal desk", "https://entente.test/notices/ack_");
        assertThat(GreenMailUtil.getBody(mails[0]).replace("=\r\n", "")).containsAnyOf("niveau d'escalade ALERT",
                "niveau d=27escalade ALERT");

        assertThat(smsRequests).singleElement().satisfies(request -> {
            assertThat(request).startsWith("Bearer test-gateway-token ").contains("\"to\":\"+15550001\"")
                    .contains("au niveau ALERT").contains("https://entente.test/notices/ack_");
        });
        assertThat(outbox.dispatch()).isZero();
        assertThat(delivery().count("EMAIL", "SENT")).isEqualTo(2);
        assertThat(delivery().count("SMS", "SENT")).isEqualTo(1);

        List<String> summaries = jdbc.queryForList(
                "select summary from audit_entry where action like 'notice.%'", String.class);
        assertThat(summaries).hasSizeGreaterThanOrEqualTo(3)
                .noneMatch(s -> s.contains("@") || s.contains("+1555"));
    }

    @Test
    void aGatewayThatFailsIsRetriedAfterOneTwoFourAndEightMinutesThenGivenUp() {
        smsStatus = 503;
        assertThat(outbox.dispatch()).isEqualTo(2);
        assertThat(smsRequests).hasSize(1);
        assertThat(outbox.dispatch()).isZero();
        assertThat(smsRequests).hasSize(1);
        for (int minutes : new int[] {1, 2, 4, 8}) {
            clock.advance(Duration.ofMinutes(minutes).minusSeconds(1));
            outbox.dispatch();
            assertThat(delivery().count("SMS", "FAILED")).isZero();
            clock.advance(Duration.ofSeconds(1));
            outbox.dispatch();
        }
        assertThat(smsRequests).hasSize(5);
        assertThat(delivery().count("SMS", "FAILED")).isEqualTo(1);
        assertThat(delivery().count("SMS", "PENDING")).isZero();

        smsStatus = 202;
        clock.advance(Duration.ofHours(1));
        assertThat(outbox.dispatch()).isZero();
        assertThat(smsRequests).hasSize(5);
    }

    @Test
    void theUnitAcknowledgesOnceThroughTheLinkInTheMessageWithoutLoggingIn() throws Exception {
        outbox.dispatch();
        Matcher link = LINK.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        String path = link.group(1);

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString(crisisName)))
                .andExpect(content().string(containsString("Acknowledge for the unit")));
        assertThat(delivery().notice().isAcknowledged()).as("opening the link acknowledges nothing").isFalse();

        mvc.perform(post(path).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(delivery().notice().acknowledgedBy()).isEqualTo("the link in the notice");
        mvc.perform(get(path)).andExpect(content().string(containsString("Acknowledged at")));

        mvc.perform(post("/api/v1/liaison-units/{u}/notifications/{n}/acknowledgement", unit, delivery().notice().id())
                        .header("Authorization", member.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy", is("the link in the notice")));
        mvc.perform(get("/notices/ack_not-a-real-secret")).andExpect(status().isNotFound());
        mvc.perform(post("/notices/ack_not-a-real-secret").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void onlyAMemberOfTheUnitsPartyAcknowledgesAfterLoggingIn() throws Exception {
        long notice = delivery().notice().id();
        mvc.perform(post("/api/v1/liaison-units/{u}/notifications/{n}/acknowledgement", unit, notice)
                        .header("Authorization", fixtures.user(Role.FOCAL_POINT).bearer()))
                .andExpect(status().isForbidden());
        assertThat(delivery().notice().isAcknowledged()).isFalse();

        var colleague = fixtures.user(member.party(), Role.MONITOR);
        mvc.perform(post("/api/v1/liaison-units/{u}/notifications/{n}/acknowledgement", unit, notice)
                        .header("Authorization", colleague.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy", is(colleague.username())))
                .andExpect(jsonPath("$.messages.email.pending", is(2)));
        mvc.perform(get("/api/v1/liaison-units/{u}/notifications", unit).header("Authorization", member.bearer()))
                .andExpect(jsonPath("$[0].acknowledgedBy", is(colleague.username())))
                .andExpect(jsonPath("$[0].messages.sms.pending", is(1)));
    }

    @Test
    void theUnitsPageOffersItsMembersTheAcknowledgementAndTheDashboardShowsIt() throws Exception {
        var session = org.entente.support.PageSession.login(mvc, member);
        long notice = delivery().notice().id();
        mvc.perform(get("/liaison-units/{u}", unit).cookie(session))
                .andExpect(content().string(containsString("/notifications/" + notice + "/acknowledge")));
        mvc.perform(get("/liaison-units/{u}", unit).cookie(org.entente.support.PageSession.login(mvc,
                        fixtures.user(Role.FOCAL_POINT))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/acknowledge"))))
                .andExpect(content().string(containsString("not yet acknowledged")));
        mvc.perform(post("/liaison-units/{u}/notifications/{n}/acknowledge", unit, notice).cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(delivery().notice().acknowledgedBy()).isEqualTo(member.username());
        outbox.dispatch();
        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(containsString("e-mail 2 sent, 0 waiting, 0 failed; SMS 1 sent")));
    }

    @Test
    void enteringALevelNotifiesTheLiaisonUnitsItNamesAndFlagsAPartyWithoutOne() throws Exception {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        var lead = fixtures.user(Role.FOCAL_POINT);
        var withUnit = fixtures.user(Role.FOCAL_POINT);
        var withoutUnit = fixtures.party();
        long unit = units.establish(withUnit.actor(), withUnit.party(), new LiaisonUnit.Details("Desk", null, null,
                null, null, null, null, null, null, List.of(new UnitMember("Ana", "Duty officer", null, null, "en", null)),
                List.of())).id();
        String code = "N" + System.nanoTime() % 100000000;
        String body = """
                {"code": "%s", "name": "Flood protocol", "levels": [
                  {"name": "WATCH"},
                  {"name": "ALERT", "notices": [{"party": "%s", "languages": "en, FR"}, {"party": "%s", "languages": "ar"}]}]}"""
                .formatted(code, withUnit.party(), withoutUnit.code());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/protocols")
                        .header("Authorization", secretariat.bearer())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body.replace(withoutUnit.code().value(), "XQZ")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("levels[1].notices[1].party"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/protocols")
                        .header("Authorization", secretariat.bearer())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.levels[1].notices[0].languages")
                        .value("en fr"));

        long flood = room.open(lead.actor(), new Crisis.Declaration("F" + System.nanoTime() % 100000000, "Flood",
                CrisisType.FLOOD, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        escalation.apply(lead.actor(), flood, code, "WATCH");
        fixtures.awaitReactions();
        assertThat(outbox.ofCrisis(flood)).isEmpty();
        escalation.moveTo(lead.actor(), flood, "ALERT", "River at the red mark");
        fixtures.awaitReactions();

        assertThat(outbox.ofCrisis(flood)).extracting(NoticeOutbox.Delivery::notice)
                .extracting(LevelNotification::party, LevelNotification::isDelivered, LevelNotification::languages)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(withUnit.party().value(), true, "en fr"),
                        org.assertj.core.groups.Tuple.tuple(withoutUnit.code().value(), false, "ar"));
        assertThat(outbox.inbox(withUnit.actor(), unit)).singleElement()
                .satisfies(n -> assertThat(n.notice().crisis()).isEqualTo(flood));
        mvc.perform(get("/api/v1/level-notices").param("crisis", String.valueOf(flood))
                        .header("Authorization", lead.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()", is(2)));
        mvc.perform(get("/api/v1/level-notices").param("crisis", String.valueOf(flood))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/liaison-units/{id}/notifications", unit)).andExpect(status().isUnauthorized());
    }
}
