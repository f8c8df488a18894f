package org.argusvms.events.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** A stored device event as clients see it. */
public record DeviceEventView(String id, String recorderId, long seq, String eventType, String cameraId,
                             Instant occurredAt, Instant receivedAt, Map<String, String> attributes) implements Serializable {
}
