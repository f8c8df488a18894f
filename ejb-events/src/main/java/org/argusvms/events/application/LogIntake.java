package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.recorder.protocol.log.LogMessage;

/** Where the log queue's messages are stored. */
@Local
public interface LogIntake {

    /**
     * Stores the entry unless it is a SYSTEM entry below the configured level.
     *
     * @return false if it was filtered out
     */
    boolean accept(LogMessage message);
}
