package org.argusvms.events.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A stored event as clients see it, whatever its source.
 *
 * @param recorderId null for generic events
 * @param seq        the recorder's sequence number; 0 for generic events
 * @param sourceType {@link #RECORDER}, {@link #GENERIC}, {@link #ANALYTICS} or {@link #USER}
 */
public record DeviceEventView(String id, String recorderId, long seq, String eventType, String cameraId,
                              Instant occurredAt, Instant receivedAt, Map<String, String> attributes,
                              String sourceType) implements Serializable {

    /** Reported by a recorder about itself or one of its cameras. */
    public static final String RECORDER = "recorder";
    /** A message from an external system that matched a generic-event definition. */
    public static final String GENERIC = "generic";
    /** An XML document from a video-analytics system. */
    public static final String ANALYTICS = "analytics";
    /** A user-defined event, triggered by an operator or through the REST API. */
    public static final String USER = "user";
}
