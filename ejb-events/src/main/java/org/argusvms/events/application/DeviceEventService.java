package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.time.Instant;
import java.util.List;

/** The event server's intake and query of device events. */
@Local
public interface DeviceEventService {

    /**
     * Stores the event once (a redelivered (recorderId, seq) is ignored) and publishes it to subscribers.
     *
     * @return false if it was a duplicate
     */
    boolean record(RecorderEvent event);

    /** Newest first; {@code cameraId} null for all cameras; {@code limit} is capped at 1000. */
    List<DeviceEventView> find(String cameraId, Instant from, Instant to, int limit);
}
