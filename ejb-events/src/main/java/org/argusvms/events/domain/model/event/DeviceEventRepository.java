package org.argusvms.events.domain.model.event;

import java.time.Instant;
import java.util.List;

public interface DeviceEventRepository {

    boolean exists(String recorderId, long seq);

    void store(DeviceEvent event);

    /** Newest first, at most {@code limit}; {@code cameraId} null means all cameras. */
    List<DeviceEvent> find(String cameraId, Instant from, Instant to, int limit);
}
