package org.entente.liaison;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends notice e-mails through the SMTP server Spring Boot configures from {@code spring.mail.*}, if any. */
@Component
class MailNoticeGateway implements NoticeGateway {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    MailNoticeGateway(ObjectProvider<JavaMailSender> mail, @Value("${entente.notices.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public NoticeMessage.Channel channel() {
        return NoticeMessage.Channel.EMAIL;
    }

    @Override
    public boolean ready() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public void send(String address, String subject, String body) throws DeliveryFailure {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.getObject().send(message);
        } catch (MailException e) {
            // The exception's message can quote the address; say only what kind of failure it was.
            throw new DeliveryFailure("SMTP: " + e.getClass().getSimpleName(), e);
        }
    }
}
