package org.entente.liaison;

import org.entente.crisis.LevelNotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the dashboard and the API say of a notice's messages, whatever gateways are configured. */
class NoticeDeliveryTests {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    record Gateway(NoticeMessage.Channel channel, boolean ready) implements NoticeGateway {
        @Override
        public void send(String address, String subject, String body) {
        }
    }

    @Test
    void aChannelWithoutAConfiguredGatewayIsNamedAsWaitingSoNobodyThinksItsMessagesLeft() {
        LevelNotification notice = LevelNotification.send(1, "ALERT", new LevelNotice("ALERT", "XCO", "en"), 7, "hash", NOW);
        List<NoticeMessage> messages = List.of(
                NoticeMessage.queue(1, NoticeMessage.Channel.EMAIL, "a@unit.example", "en", "S", "B", NOW),
                NoticeMessage.queue(1, NoticeMessage.Channel.EMAIL, "b@unit.example", "en", "S", "B", NOW),
                NoticeMessage.queue(1, NoticeMessage.Channel.SMS, "+15550001", "en", "S", "B", NOW));
        messages.get(0).sent(NOW);

        var delivery = NoticeOutbox.Delivery.of(notice, messages, Map.of(
                NoticeMessage.Channel.EMAIL, new Gateway(NoticeMessage.Channel.EMAIL, true),
                NoticeMessage.Channel.SMS, new Gateway(NoticeMessage.Channel.SMS, false)));

        assertThat(delivery.count("EMAIL", "SENT")).isEqualTo(1);
        assertThat(delivery.count("EMAIL", "PENDING")).isEqualTo(1);
        assertThat(delivery.count("SMS", "FAILED")).isZero();
        assertThat(delivery.waitingForGateway()).containsExactly(NoticeMessage.Channel.SMS);
    }

    @Test
    void aFailedAttemptWaitsLongerEachTimeAndTheFifthIsFinal() {
        NoticeMessage message = NoticeMessage.queue(1, NoticeMessage.Channel.SMS, "+15550001", "en", "S", "B", NOW);
        message.failed("SMS gateway answered 503", NOW);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        message.failed("SMS gateway answered 503", NOW);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
        message.failed("x", NOW);
        message.failed("x", NOW);
        assertThat(message.status()).isEqualTo(NoticeMessage.Status.PENDING);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(480));
        message.failed("x", NOW);
        assertThat(message.status()).isEqualTo(NoticeMessage.Status.FAILED);
        assertThat(message.attempts()).isEqualTo(5);
    }
}
