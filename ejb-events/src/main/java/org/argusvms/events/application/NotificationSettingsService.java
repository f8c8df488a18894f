package org.argusvms.events.application;

import jakarta.ejb.Local;

import java.util.Optional;

/** The SMTP settings rule e-mails use (admin area CONFIGURATION); the password is never returned. */
@Local
public interface NotificationSettingsService {

    /** Empty until an administrator has configured a server. */
    Optional<NotificationSettingsView> settings();

    /**
     * @throws org.argusvms.management.application.ValidationException naming the field
     * @throws org.argusvms.management.application.ConflictException if {@code version} is stale
     */
    NotificationSettingsView replace(NotificationSettingsInput input);
}
