package org.argusvms.mobile.events;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one WebSocket subscriber wants: event types and cameras, each empty for "all". With cameras listed, only
 * events of those cameras are delivered (events that concern no camera, such as generic events, are not).
 */
record Subscription(Set<String> eventTypes, Set<String> cameraIds) {

    static final int MAX_FILTER_ENTRIES = 1000;

    /**
     * Reads {@code {"type":"subscribe","eventTypes":[…],"cameraIds":[…]}}.
     *
     * @throws IllegalArgumentException with a message for the subscriber when the filters are not lists of strings
     */
    static Subscription fromJson(JsonObject message) {
        return new Subscription(strings(message, "eventTypes"), strings(message, "cameraIds"));
    }

    private static Set<String> strings(JsonObject message, String field) {
        JsonValue value = message.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Set.of();
        }
        if (!(value instanceof JsonArray array) || array.size() > MAX_FILTER_ENTRIES) {
            throw new IllegalArgumentException(field + " must be a list of at most " + MAX_FILTER_ENTRIES + " strings");
        }
        Set<String> entries = new LinkedHashSet<>();
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonString string)) {
                throw new IllegalArgumentException(field + " must be a list of strings");
            }
            entries.add(string.getString());
        }
        return Set.copyOf(entries);
    }

    boolean wants(String eventType, String cameraId) {
        return (eventTypes.isEmpty() || eventTypes.contains(eventType))
                && (cameraIds.isEmpty() || (cameraId != null && cameraIds.contains(cameraId)));
    }
}
