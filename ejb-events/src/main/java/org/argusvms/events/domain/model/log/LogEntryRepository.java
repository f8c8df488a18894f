package org.argusvms.events.domain.model.log;

import org.argusvms.recorder.protocol.log.LogKind;

import java.time.Instant;
import java.util.List;

public interface LogEntryRepository {

    void store(LogEntry entry);

    /**
     * Newest first (time, then id, both descending).
     *
     * @param after null to start at the newest; otherwise only entries after this position in that order
     */
    List<LogEntry> find(LogQuery query, LogCursor after, int offset, int limit);

    /** Removes at most {@code max} of the oldest entries of the kind that occurred before {@code cutoff}; returns how many. */
    int removeOlderThan(LogKind kind, Instant cutoff, int max);
}
