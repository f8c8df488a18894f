package org.argusvms.events.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.argusvms.management.infrastructure.persistence.EncryptedStringConverter;

/**
 * The SMTP server that rule e-mails go through. One row ({@link #ID}); the password is encrypted at rest like
 * camera passwords and never leaves the server.
 */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    public static final String ID = "smtp";

    @Id
    private String id;

    @Column(name = "smtp_host", nullable = false)
    private String smtpHost;

    @Column(name = "smtp_port", nullable = false)
    private int smtpPort;

    @Column(name = "from_address", nullable = false)
    private String fromAddress;

    @Column(name = "start_tls", nullable = false)
    private boolean startTls;

    private String username;

    @Convert(converter = EncryptedStringConverter.class)
    private String password;

    @Version
    private long version;

    protected NotificationSettings() {
    }

    public NotificationSettings(Smtp smtp, String password) {
        this.id = ID;
        change(smtp, password, false);
    }

    /** Where and as whom to send; the password travels apart. */
    public record Smtp(String host, int port, String fromAddress, boolean startTls, String username) {
    }

    /** With {@code keepPassword} the stored password stays whatever {@code password} is. */
    public final void change(Smtp smtp, String password, boolean keepPassword) {
        this.smtpHost = smtp.host();
        this.smtpPort = smtp.port();
        this.fromAddress = smtp.fromAddress();
        this.startTls = smtp.startTls();
        this.username = smtp.username();
        if (!keepPassword) {
            this.password = password;
        }
    }

    public Smtp smtp() {
        return new Smtp(smtpHost, smtpPort, fromAddress, startTls, username);
    }

    public String password() {
        return password;
    }

    public boolean hasPassword() {
        return password != null;
    }

    public long version() {
        return version;
    }
}
