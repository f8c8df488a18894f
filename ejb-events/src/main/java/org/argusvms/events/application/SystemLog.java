package org.argusvms.events.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.infrastructure.messaging.LogQueueSender;
import org.argusvms.recorder.protocol.log.LogLevel;
import org.argusvms.recorder.protocol.log.LogMessage;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes SYSTEM entries to the log server for code that hit a problem. Asynchronous and in a transaction of its own,
 * so the entry survives when the caller's transaction rolls back, and logging never fails the caller. Messages must not
 * contain secrets.
 */
@Stateless
@PermitAll
public class SystemLog {

    private static final Logger LOG = Logger.getLogger(SystemLog.class.getName());

    /** How the event server names itself as a source. */
    public static final String EVENT_SERVER = "event-server";

    @Inject
    private LogQueueSender queue;

    @Inject
    private Clock clock;

    @Asynchronous
    public void error(String source, String category, String message) {
        send(LogLevel.ERROR, source, category, message);
    }

    @Asynchronous
    public void warning(String source, String category, String message) {
        send(LogLevel.WARNING, source, category, message);
    }

    @Asynchronous
    public void info(String source, String category, String message) {
        send(LogLevel.INFO, source, category, message);
    }

    private void send(LogLevel level, String source, String category, String message) {
        try {
            queue.send(LogMessage.system(level, clock.instant(), source, category, message));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not queue a system log entry (" + category + ")", e);
        }
    }
}
