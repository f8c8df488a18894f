package org.argusvms.recorder.storage;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;

/**
 * One segment file as the index knows it.
 *
 * @param path        relative to the recorder's main storage directory with '/' separators, or absolute for a
 *                    segment in another storage's directory (docs/design/storages.md)
 * @param startMillis wall-clock arrival of the first frame (epoch ms)
 * @param endMillis   start plus the media duration of all samples
 * @param storageId   the storage whose retention governs the segment (null: the recorder's default storage)
 */
public record SegmentRecord(String cameraId, String path, long startMillis, long endMillis, long frames,
                            long keyframes, long bytes, String storageId) {

    /** A segment of the default storage. */
    public SegmentRecord(String cameraId, String path, long startMillis, long endMillis, long frames, long keyframes,
                         long bytes) {
        this(cameraId, path, startMillis, endMillis, frames, keyframes, bytes, null);
    }

    public Instant start() {
        return Instant.ofEpochMilli(startMillis);
    }

    public Instant end() {
        return Instant.ofEpochMilli(endMillis);
    }

    public boolean overlaps(long fromMillis, long toMillis) {
        return startMillis < toMillis && endMillis > fromMillis;
    }

    /** The same segment, now {@code otherBytes} long and ending at {@code otherEndMillis}. */
    SegmentRecord grown(long otherEndMillis, long addedFrames, long addedKeyframes, long otherBytes) {
        return new SegmentRecord(cameraId, path, startMillis, otherEndMillis, frames + addedFrames,
                keyframes + addedKeyframes, otherBytes, storageId);
    }

    JsonObject toJson() {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("op", "add").add("camera", cameraId)
                .add("path", path).add("start", startMillis).add("end", endMillis).add("frames", frames)
                .add("keyframes", keyframes).add("bytes", bytes);
        if (storageId != null) {
            builder.add("storage", storageId);
        }
        return builder.build();
    }

    static SegmentRecord fromJson(JsonObject json) {
        return new SegmentRecord(json.getString("camera"), json.getString("path"),
                json.getJsonNumber("start").longValueExact(), json.getJsonNumber("end").longValueExact(),
                json.getJsonNumber("frames").longValueExact(), json.getJsonNumber("keyframes").longValueExact(),
                json.getJsonNumber("bytes").longValueExact(), json.getString("storage", null));
    }
}
