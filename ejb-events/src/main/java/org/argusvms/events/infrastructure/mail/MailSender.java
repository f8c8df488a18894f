package org.argusvms.events.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.argusvms.events.domain.model.notification.NotificationSettings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends plain-text mail through the administrator's SMTP server (Jakarta Mail, a session per message: the
 * settings may change at any time and rule e-mails are rare). Timeouts keep a dead server from holding a rule run.
 */
@ApplicationScoped
public class MailSender {

    static final String TIMEOUT_MILLIS = "10000";

    @Inject
    private Clock clock;

    public void send(NotificationSettings settings, List<String> recipients, String subject, String body)
            throws MessagingException {
        NotificationSettings.Smtp smtp = settings.smtp();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.auth", String.valueOf(smtp.username() != null));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.fromAddress(), true));
        for (String recipient : recipients) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        if (smtp.username() != null) {
            Transport.send(message, smtp.username(), settings.password() == null ? "" : settings.password());
        } else {
            Transport.send(message);
        }
    }
}
