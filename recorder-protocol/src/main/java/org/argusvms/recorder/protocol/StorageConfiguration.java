package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One storage of a recorder: a directory its cameras record into and the retention that applies to everything
 * recorded there. Exactly one storage of a recorder is its default, used by cameras that name none (or an unknown
 * one).
 *
 * @param retentionDays recordings that ended longer ago are deleted (null: no age limit)
 * @param maxBytes      beyond this total the storage's oldest recordings are deleted (null: no size limit)
 */
public record StorageConfiguration(String storageId, String name, String path, Integer retentionDays, Long maxBytes,
                                   boolean defaultStorage) {

    public static final int MAX_RETENTION_DAYS = 3650;

    public StorageConfiguration {
        if (storageId == null || storageId.isBlank() || storageId.length() > 64) {
            throw new IllegalArgumentException("storageId must be 1 to 64 characters");
        }
        String pathProblem = StoragePaths.problem(path);
        if (pathProblem != null) {
            throw new IllegalArgumentException("storage " + storageId + ": " + pathProblem);
        }
        if (retentionDays != null && (retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS)) {
            throw new IllegalArgumentException("storage " + storageId + ": retentionDays must be 1.."
                    + MAX_RETENTION_DAYS);
        }
        if (maxBytes != null && maxBytes <= 0) {
            throw new IllegalArgumentException("storage " + storageId + ": maxBytes must be positive");
        }
        if (name == null || name.isBlank()) {
            name = storageId;
        }
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("storageId", storageId).add("name", name)
                .add("path", path).add("default", defaultStorage);
        if (retentionDays != null) {
            builder.add("retentionDays", retentionDays);
        }
        if (maxBytes != null) {
            builder.add("maxBytes", maxBytes);
        }
        return builder.build();
    }

    public static StorageConfiguration fromJson(JsonObject json) throws ProtocolException {
        try {
            Long days = optionalWholeNumber(json, "retentionDays");
            return new StorageConfiguration(JsonFields.requiredString(json, "storageId"),
                    JsonFields.optionalString(json, "name"), JsonFields.requiredString(json, "path"),
                    days == null ? null : Math.toIntExact(days), optionalWholeNumber(json, "maxBytes"),
                    json.getBoolean("default", false));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw JsonFields.invalid(e.getMessage());
        }
    }

    /** {@code {"storages":[…]}}: the body of {@link Frames#CMD_APPLY_STORAGES}. */
    public static JsonObject listToJson(List<StorageConfiguration> storages) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        storages.forEach(storage -> array.add(storage.toJson()));
        return Json.createObjectBuilder().add("storages", array).build();
    }

    /**
     * Reads a recorder's whole storage set: unique ids, exactly one default.
     *
     * @throws ProtocolException INVALID_ARGUMENT naming what is wrong
     */
    public static List<StorageConfiguration> listFromJson(JsonObject json) throws ProtocolException {
        if (!(json.get("storages") instanceof jakarta.json.JsonArray array)) {
            throw JsonFields.invalid("\"storages\" must be an array");
        }
        List<StorageConfiguration> storages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw JsonFields.invalid("\"storages\" must hold objects");
            }
            StorageConfiguration storage = fromJson(value.asJsonObject());
            if (!ids.add(storage.storageId())) {
                throw JsonFields.invalid("storage " + storage.storageId() + " is listed twice");
            }
            storages.add(storage);
        }
        if (storages.stream().filter(StorageConfiguration::defaultStorage).count() != 1) {
            throw JsonFields.invalid("exactly one storage must be the default");
        }
        return List.copyOf(storages);
    }

    private static Long optionalWholeNumber(JsonObject json, String name) throws ProtocolException {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw JsonFields.invalid("\"" + name + "\" must be a whole number");
        }
        return number.longValueExact();
    }
}
