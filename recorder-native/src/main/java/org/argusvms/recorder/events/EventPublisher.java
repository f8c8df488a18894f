package org.argusvms.recorder.events;

import java.util.Map;

/**
 * Where recorder components report what they observe. Implementations must be thread-safe and must not block: they
 * are called from GStreamer streaming threads and the storage writer.
 */
public interface EventPublisher {

    void publish(String eventType, String cameraId, Map<String, String> attributes);
}
