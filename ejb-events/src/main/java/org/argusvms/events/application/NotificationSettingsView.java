package org.argusvms.events.application;

import java.io.Serializable;

/** The SMTP settings without the password: {@code passwordSet} tells whether one is stored. */
public record NotificationSettingsView(String smtpHost, int smtpPort, String fromAddress, boolean startTls,
                                       String username, boolean passwordSet, long version) implements Serializable {
}
