package org.entente.liaison;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import org.entente.shared.Labelled;

/**
 * One e-mail or SMS carrying a level notice to one member of a liaison unit, kept in an outbox until a gateway
 * takes it. A failed attempt is retried after 1, 2, 4 and 8 minutes; the fifth failure is final. The address is
 * personal data: it leaves this class only for the gateway.
 */
@Table("notice_message")
public final class NoticeMessage {

    static final int MAX_ATTEMPTS = 5;

    @Labelled("notice.channel")
    public enum Channel { EMAIL, SMS }

    @Labelled("notice.status")
    public enum Status { PENDING, SENT, FAILED }

    @Id
    private Long id;
    private Long notification;
    private Channel channel;
    private String address;
    private String language;
    private String subject;
    private String body;
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    @PersistenceCreator
    NoticeMessage() {
    }

    static NoticeMessage queue(long notification, Channel channel, String address, String language, String subject,
            String body, Instant now) {
        NoticeMessage m = new NoticeMessage();
        m.notification = notification;
        m.channel = channel;
        m.address = address;
        m.language = language;
        m.subject = subject;
        m.body = body;
        m.status = Status.PENDING;
        m.nextAttemptAt = now;
        m.createdAt = now;
        return m;
    }

    void sent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt; the error says what went wrong without quoting the address. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 300 ? error.substring(0, 300) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    public Long id() { return id; }
    public Long notification() { return notification; }
    public Channel channel() { return channel; }
    String address() { return address; }
    public String language() { return language; }
    public String subject() { return subject; }
    public String body() { return body; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
}
