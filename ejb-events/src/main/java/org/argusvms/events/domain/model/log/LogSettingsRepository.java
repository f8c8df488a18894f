package org.argusvms.events.domain.model.log;

public interface LogSettingsRepository {

    /** The one settings row (the schema creates it). */
    LogSettings current();

    /** Writes pending changes now, so the returned version is the new one. */
    void flush();
}
