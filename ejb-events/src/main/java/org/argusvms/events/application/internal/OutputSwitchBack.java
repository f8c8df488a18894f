package org.argusvms.events.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.argusvms.events.application.SystemLog;
import org.argusvms.management.application.DeviceControl;

import java.io.Serializable;
import java.time.Duration;

/**
 * Sets an output back after the time an ACTIVATE_OUTPUT action asked for. The timers are not persistent: a server
 * restart within that time leaves the output as the action set it (docs/admin/rules.md says so); a persistent
 * timer store for this one feature was not worth it. A failure is written to the system log, not retried: the
 * next event's action sets the output again.
 */
@Stateless
@PermitAll
public class OutputSwitchBack {

    /** What to set, and where; the timer's info. */
    record Pending(String cameraId, String output, boolean active) implements Serializable {
    }

    @Resource
    private TimerService timers;

    @Inject
    private DeviceControl devices;

    @Inject
    private SystemLog systemLog;

    public void schedule(String cameraId, String output, boolean active, int seconds) {
        TimerConfig config = new TimerConfig(new Pending(cameraId, output, active), false);
        timers.createSingleActionTimer(Duration.ofSeconds(seconds).toMillis(), config);
    }

    /** Outside a transaction: a refused command would otherwise roll the timeout back and have it retried. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void switchBack(Timer timer) {
        Pending pending = (Pending) timer.getInfo();
        try {
            devices.setOutput(pending.cameraId(), pending.output(), pending.active());
        } catch (RuntimeException e) {
            systemLog.warning(SystemLog.EVENT_SERVER, "rule.output-switch-back-failed", "output " + pending.output()
                    + " of camera " + pending.cameraId() + " not set back to " + (pending.active() ? "active" : "inactive")
                    + ": " + e.getMessage());
        }
    }
}
