package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a recorder observed. {@code seq} increases by one per event of a recorder and is how the management side
 * detects duplicates after a reconnect; {@code cameraId} is null for recorder-wide events.
 */
public record RecorderEvent(String recorderId, long seq, String eventType, String cameraId, Instant time,
                            Map<String, String> attributes) implements Serializable {

    public static final String CAMERA_CONNECTED = "camera.connected";
    public static final String CAMERA_DISCONNECTED = "camera.disconnected";
    public static final String RECORDING_STARTED = "recording.started";
    public static final String RECORDING_STOPPED = "recording.stopped";
    /**
     * The recorder's motion detection saw motion in the camera's include region (after hysteresis); attribute
     * {@code cells}: how many grid cells moved.
     */
    public static final String MOTION_STARTED = "motion.started";
    /** The camera's motion ended (quiet period over, or the stream ended); attribute {@code durationMillis}. */
    public static final String MOTION_STOPPED = "motion.stopped";
    /**
     * The camera's own motion detection, reported in its ONVIF metadata stream, turned on (a motion topic such as
     * {@code tns1:RuleEngine/CellMotionDetector/Motion} with {@code IsMotion=true}, or {@code tns1:VideoSource/
     * MotionAlarm} with {@code State=true}); attributes {@code topic}, {@code utcTime}, {@code source.<Name>} and
     * {@code data.<Name>} of the notification's simple items.
     */
    public static final String ONVIF_MOTION_STARTED = "onvif.motion.started";
    /** The camera's own motion detection turned off; attributes as {@link #ONVIF_MOTION_STARTED}. */
    public static final String ONVIF_MOTION_STOPPED = "onvif.motion.stopped";
    /**
     * Any other ONVIF event in the camera's metadata stream (an analytics rule such as a line crossing, a tamper or
     * input alarm) whose state changed; attributes as {@link #ONVIF_MOTION_STARTED}, plus {@code propertyOperation}.
     */
    public static final String ONVIF_EVENT = "onvif.event";
    /**
     * The recorder's storage ran out of space (a write failed with ENOSPC or free space fell below the threshold);
     * attributes {@code freeBytes}, {@code deletedSegments} (oldest unlocked media deleted to make room) and
     * {@code fileSystem} (which one, for a recorder whose storages are on several).
     */
    public static final String STORAGE_FULL = "storage.full";
    /**
     * The recorder's event outbox was full and dropped its oldest unacknowledged events (recorder-wide); attribute
     * {@code firstDroppedSeq}. One such event per overflow, however many are dropped; the gap in {@code seq} shows how
     * many.
     */
    public static final String EVENTS_DROPPED = "events.dropped";
    /** Synthesised by the resource adapter from a recorder's hello; attributes carry the registration. */
    public static final String RECORDER_REGISTERED = "recorder.registered";
    /** Synthesised by the resource adapter when a recorder's event connection ends or falls silent. */
    public static final String RECORDER_OFFLINE = "recorder.offline";

    public RecorderEvent {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public JsonObject toJson() {
        JsonObjectBuilder attrs = Json.createObjectBuilder();
        attributes.forEach(attrs::add);
        JsonObjectBuilder builder = Json.createObjectBuilder()
                .add("recorderId", recorderId).add("seq", seq).add("eventType", eventType)
                .add("time", time.toString()).add("attributes", attrs);
        if (cameraId != null) {
            builder.add("cameraId", cameraId);
        }
        return builder.build();
    }

    public static RecorderEvent fromJson(JsonObject json) throws ProtocolException {
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonValue attrs = json.get("attributes");
        if (attrs instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                if (!(entry.getValue() instanceof JsonString value)) {
                    throw JsonFields.invalid("event attribute \"" + entry.getKey() + "\" must be a string");
                }
                attributes.put(entry.getKey(), value.getString());
            }
        } else if (attrs != null && attrs != JsonValue.NULL) {
            throw JsonFields.invalid("\"attributes\" must be an object");
        }
        return new RecorderEvent(
                JsonFields.requiredString(json, "recorderId"),
                JsonFields.requiredLong(json, "seq"),
                JsonFields.requiredString(json, "eventType"),
                JsonFields.optionalString(json, "cameraId"),
                JsonFields.requiredInstant(json, "time"),
                attributes);
    }
}
