package org.argusvms.simulator.fault;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The faults one simulated camera currently shows. Injected and cleared from any thread (tests, the control
 * endpoint); read by the camera's feed, its viewers and the RTSP connections that serve it.
 */
public final class CameraFaults {

    public static final Duration DEFAULT_SLOW_START_DELAY = Duration.ofSeconds(3);

    private static final Logger LOG = Logger.getLogger(CameraFaults.class.getName());

    private final String cameraName;
    private final Set<Fault> active = ConcurrentHashMap.newKeySet();
    /** How each RTSP connection that touched this camera hangs up, for {@link Fault#DISCONNECT}. */
    private final Set<Runnable> hangUps = ConcurrentHashMap.newKeySet();
    private volatile Duration slowStartDelay = DEFAULT_SLOW_START_DELAY;

    public CameraFaults(String cameraName) {
        this.cameraName = cameraName;
    }

    /** Starts showing the fault (again: no change); {@link Fault#DISCONNECT} also drops current connections. */
    public void inject(Fault fault) {
        if (active.add(fault)) {
            LOG.info(() -> cameraName + ": fault " + fault.optionName() + " injected");
        }
        if (fault == Fault.DISCONNECT) {
            hangUps.forEach(Runnable::run);
        }
    }

    public void clear(Fault fault) {
        if (active.remove(fault)) {
            LOG.info(() -> cameraName + ": fault " + fault.optionName() + " cleared");
        }
    }

    public void clearAll() {
        Set.copyOf(active).forEach(this::clear);
    }

    public boolean isActive(Fault fault) {
        return active.contains(fault);
    }

    public Set<Fault> active() {
        Set<Fault> copy = EnumSet.noneOf(Fault.class);
        copy.addAll(active);
        return copy;
    }

    public Duration slowStartDelay() {
        return slowStartDelay;
    }

    /** @throws IllegalArgumentException for a negative delay or one of a minute or more */
    public void setSlowStartDelay(Duration delay) {
        if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(1)) >= 0) {
            throw new IllegalArgumentException("slow-start delay must be between 0 and 60 s, got " + delay);
        }
        this.slowStartDelay = delay;
    }

    /** An RTSP connection serving this camera; it is hung up whenever {@link Fault#DISCONNECT} is injected. */
    public void watch(Runnable hangUp) {
        hangUps.add(hangUp);
    }

    public void unwatch(Runnable hangUp) {
        hangUps.remove(hangUp);
    }

    public String cameraName() {
        return cameraName;
    }
}
