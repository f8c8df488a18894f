package org.argusvms.events.application;

import jakarta.ejb.Local;

/**
 * The log server's level threshold and retention, for administrators of the SECURITY area. Bad input throws
 * {@link org.argusvms.management.application.ValidationException} naming the field and changes nothing.
 */
@Local
public interface LogSettingsService {

    LogSettingsView get();

    LogSettingsView change(LogSettingsInput input);

    /** Applies retention now (it also runs every ten minutes) and says what it removed. */
    LogPurgeResult purgeNow();
}
