package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.management.application.PageRequest;

import java.util.List;

/**
 * Search and export of the system-wide log, for administrators of the SECURITY area (the log holds the audit trail).
 * Bad criteria throw {@link org.argusvms.management.application.ValidationException} naming the parameter.
 */
@Local
public interface LogService {

    /** Most rows one export returns. */
    int EXPORT_MAX_ROWS = 100_000;

    /** Newest first. */
    List<LogEntryView> search(LogFilter filter, PageRequest page);

    /**
     * The next at most {@code size} (capped at 1000) entries of an export, newest first, after {@code after} (null for
     * the first chunk). Reading by position rather than offset neither skips nor repeats entries while new ones arrive.
     */
    List<LogEntryView> exportChunk(LogFilter filter, LogEntryView after, int size);
}
