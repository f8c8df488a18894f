package org.argusvms.events.domain.model.log;

import java.time.Instant;

/**
 * A position in the newest-first order of log entries (time, then id), for reading a long result in chunks without
 * skipping or repeating entries while new ones arrive.
 */
public record LogCursor(Instant occurredAt, String id) {

    public static LogCursor after(LogEntry entry) {
        return new LogCursor(entry.occurredAt(), entry.id());
    }
}
