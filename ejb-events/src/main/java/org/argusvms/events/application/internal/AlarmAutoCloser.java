package org.argusvms.events.application.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.argusvms.events.application.SystemLog;
import org.argusvms.events.domain.model.alarm.Alarm;
import org.argusvms.events.domain.model.alarm.AlarmRepository;
import org.argusvms.events.infrastructure.messaging.EventPublisher;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Closes alarms whose definition asked for it after N minutes, once a minute, a bounded batch per run. Each closing
 * is recorded as done by "system" and published like any other change.
 */
@Singleton
public class AlarmAutoCloser {

    private static final Logger LOG = Logger.getLogger(AlarmAutoCloser.class.getName());
    private static final int BATCH = 200;

    @Inject
    private AlarmRepository alarms;

    @Inject
    private EventPublisher publisher;

    @Inject
    private Clock clock;

    @Inject
    private SystemLog systemLog;

    /** A failure (e.g. an operator changed an alarm at the same moment) is reported; the next run retries. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void closeDueAlarms() {
        try {
            closeDue();
        } catch (RuntimeException e) {
            systemLog.warning(SystemLog.EVENT_SERVER, "alarm.auto-close-failed",
                    "closing due alarms automatically failed: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private void closeDue() {
        int closed = 0;
        for (Alarm alarm : alarms.dueForAutoClose(clock.instant(), BATCH)) {
            if (alarm.closeIfDue(clock.instant())) {
                alarms.flush();
                publisher.publishAlarm(AlarmViews.toView(alarm, null, false));
                closed++;
            }
        }
        if (closed > 0) {
            int count = closed;
            LOG.info(() -> "Closed " + count + " alarms automatically");
        }
    }
}
