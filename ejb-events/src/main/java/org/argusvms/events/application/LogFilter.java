package org.argusvms.events.application;

import java.time.Instant;

/**
 * Log search criteria as a client sends them; nulls or blanks where it sent nothing.
 *
 * @param kind   SYSTEM, AUDIT or RULE (any case)
 * @param level  the least severe level wanted: INFO, WARNING or ERROR
 * @param from   inclusive
 * @param to     exclusive; must be after {@code from}
 * @param source a source or its prefix ("recorder:rec-1" also finds "recorder:rec-1/camera:…")
 * @param user   exact user name
 * @param text   contained in the message, ignoring case
 */
public record LogFilter(String kind, String level, Instant from, Instant to, String source, String user, String text) {
}
