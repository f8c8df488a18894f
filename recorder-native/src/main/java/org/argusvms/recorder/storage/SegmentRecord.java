package org.argusvms.recorder.storage;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * One segment file as the index knows it.
 *
 * @param path        relative to the storage root, with '/' separators
 * @param startMillis wall-clock arrival of the first frame (epoch ms)
 * @param endMillis   start plus the media duration of all samples
 */
public record SegmentRecord(String cameraId, String path, long startMillis, long endMillis, long frames,
                            long keyframes, long bytes) {

    public Instant start() {
        return Instant.ofEpochMilli(startMillis);
    }

    public Instant end() {
        return Instant.ofEpochMilli(endMillis);
    }

    public boolean overlaps(long fromMillis, long toMillis) {
        return startMillis < toMillis && endMillis > fromMillis;
    }

    JsonObject toJson() {
        return Json.createObjectBuilder().add("op", "add").add("camera", cameraId).add("path", path)
                .add("start", startMillis).add("end", endMillis).add("frames", frames).add("keyframes", keyframes)
                .add("bytes", bytes).build();
    }

    static SegmentRecord fromJson(JsonObject json) {
        return new SegmentRecord(json.getString("camera"), json.getString("path"),
                json.getJsonNumber("start").longValueExact(), json.getJsonNumber("end").longValueExact(),
                json.getJsonNumber("frames").longValueExact(), json.getJsonNumber("keyframes").longValueExact(),
                json.getJsonNumber("bytes").longValueExact());
    }
}
