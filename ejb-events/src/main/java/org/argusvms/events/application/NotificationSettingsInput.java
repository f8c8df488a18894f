package org.argusvms.events.application;

/**
 * The SMTP server for rule e-mails. {@code smtpPort} defaults to 587 with {@code startTls} true; a null
 * {@code password} keeps the stored one, an empty one removes it. {@code version} is required once settings exist.
 */
public record NotificationSettingsInput(String smtpHost, Integer smtpPort, String fromAddress, Boolean startTls,
                                        String username, String password, Long version) {
}
