package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a recorder reports about one of its storages.
 *
 * @param totalBytes      size of the file system the storage's directory is on
 * @param freeBytes       space left on that file system
 * @param usedBytes       bytes of recordings the recorder keeps in this storage
 * @param oldestRecording start of the oldest recording kept there (null: none)
 */
public record StorageUsage(String storageId, long totalBytes, long usedBytes, long freeBytes,
                           Instant oldestRecording) {

    public JsonObject toJson() {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("storageId", storageId)
                .add("totalBytes", totalBytes).add("usedBytes", usedBytes).add("freeBytes", freeBytes);
        if (oldestRecording != null) {
            builder.add("oldestRecording", oldestRecording.toString());
        }
        return builder.build();
    }

    public static StorageUsage fromJson(JsonObject json) throws ProtocolException {
        String oldest = JsonFields.optionalString(json, "oldestRecording");
        try {
            return new StorageUsage(JsonFields.requiredString(json, "storageId"),
                    JsonFields.requiredLong(json, "totalBytes"), JsonFields.requiredLong(json, "usedBytes"),
                    JsonFields.requiredLong(json, "freeBytes"), oldest == null ? null : Instant.parse(oldest));
        } catch (java.time.format.DateTimeParseException e) {
            throw JsonFields.invalid("\"oldestRecording\" must be an ISO-8601 instant");
        }
    }

    /** {@code {"storages":[…]}}: the answer of {@link Frames#CMD_APPLY_STORAGES} and {@link Frames#CMD_GET_STORAGES}. */
    public static JsonObject listToJson(List<StorageUsage> usages) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        usages.forEach(usage -> array.add(usage.toJson()));
        return Json.createObjectBuilder().add("storages", array).build();
    }

    public static List<StorageUsage> listFromJson(JsonObject json) throws ProtocolException {
        if (!(json.get("storages") instanceof jakarta.json.JsonArray array)) {
            throw JsonFields.invalid("\"storages\" must be an array");
        }
        List<StorageUsage> usages = new ArrayList<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw JsonFields.invalid("\"storages\" must hold objects");
            }
            usages.add(fromJson(value.asJsonObject()));
        }
        return List.copyOf(usages);
    }
}
