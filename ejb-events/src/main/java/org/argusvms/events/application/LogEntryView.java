package org.argusvms.events.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A stored log entry as clients see it.
 *
 * @param kind  SYSTEM, AUDIT or RULE
 * @param level INFO, WARNING or ERROR
 * @param user  null when no user's action is recorded
 */
public record LogEntryView(String id, String kind, String level, Instant occurredAt, Instant receivedAt, String source,
                           String user, String category, String message, String origin) implements Serializable {
}
