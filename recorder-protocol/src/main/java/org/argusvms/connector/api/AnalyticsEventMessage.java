package org.argusvms.connector.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One analytics event as parsed by the adapter from the sender's XML document (format in
 * {@code docs/design/event-server.md}). Optional texts are null when absent.
 *
 * @param senderId      the sender's own event ID ({@code EventHeader/ID})
 * @param occurredAt    when the sender says it happened ({@code EventHeader/Timestamp})
 * @param type          the kind of analytics event, e.g. "LineCrossing" ({@code EventHeader/Type})
 * @param message       short text ({@code EventHeader/Message})
 * @param cameraId      the camera the event concerns ({@code Source/FQID/ObjectId}), or null
 * @param sourceName    the sender's name for the source ({@code Source/Name}), or null
 * @param sourceAddress the sender's IP address as text
 * @param receivedAt    when the adapter had the whole document
 */
public record AnalyticsEventMessage(String senderId, Instant occurredAt, String type, String message,
                                    String cameraId, String sourceName, String description, String location,
                                    String vendor, List<DetectedObject> objects, String sourceAddress,
                                    Instant receivedAt) implements Serializable {

    public AnalyticsEventMessage {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(receivedAt, "receivedAt");
        objects = List.copyOf(objects);
    }

    /**
     * One object the analytics detected.
     *
     * @param confidence 0..1, or null when not given
     * @param box        where in the image, or null
     */
    public record DetectedObject(String name, String type, Double confidence, BoundingBox box) implements Serializable {
    }

    /** Relative image coordinates, 0..1 from the top left corner; top &lt; bottom and left &lt; right. */
    public record BoundingBox(double top, double left, double bottom, double right) implements Serializable {
    }
}
