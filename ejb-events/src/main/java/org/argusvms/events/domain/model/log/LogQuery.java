package org.argusvms.events.domain.model.log;

import org.argusvms.recorder.protocol.log.LogKind;
import org.argusvms.recorder.protocol.log.LogLevel;

import java.time.Instant;

/**
 * Which log entries to find; every null criterion matches everything.
 *
 * @param minimumLevel entries of this level or more severe
 * @param from         inclusive
 * @param to           exclusive
 * @param source       a prefix of the source ("recorder:rec-1" finds that recorder and its cameras); case-sensitive
 *                     because sources are identifiers
 * @param user         the exact user name
 * @param text         contained in the message, ignoring case
 */
public record LogQuery(LogKind kind, LogLevel minimumLevel, Instant from, Instant to, String source, String user,
                       String text) {

    public static final LogQuery ALL = new LogQuery(null, null, null, null, null, null, null);
}
