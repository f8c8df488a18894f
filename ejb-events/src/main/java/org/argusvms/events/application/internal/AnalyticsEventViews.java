package org.argusvms.events.application.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.connector.api.AnalyticsEventMessage;
import org.argusvms.connector.api.AnalyticsEventMessage.DetectedObject;
import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.domain.model.analytics.AnalyticsEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argusvms.json.Jsons;

/** Analytics events in the shape every event has for clients, and their detected objects as stored JSON. */
final class AnalyticsEventViews {

    /** The event type of every analytics event; the sender's type is the {@code analyticsType} attribute. */
    static final String EVENT_TYPE = "analytics";

    private AnalyticsEventViews() {
    }

    static DeviceEventView toView(AnalyticsEvent event) {
        AnalyticsEvent.Header header = event.header();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("analyticsType", header.analyticsType());
        attributes.put("message", header.message());
        attributes.put("senderEventId", header.senderEventId());
        attributes.put("sourceAddress", event.sourceAddress());
        putIfPresent(attributes, "sourceName", header.sourceName());
        putIfPresent(attributes, "description", header.description());
        putIfPresent(attributes, "location", header.location());
        putIfPresent(attributes, "vendor", header.vendor());
        putIfPresent(attributes, "objects", event.objectsJson());
        return new DeviceEventView(event.id(), null, 0, EVENT_TYPE, event.cameraId(), event.occurredAt(),
                event.receivedAt(), attributes, DeviceEventView.ANALYTICS);
    }

    private static void putIfPresent(Map<String, String> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }

    /** Null for no objects, so that the column stays empty. */
    static String objectsJson(List<DetectedObject> objects) {
        if (objects.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Jsons.arrayBuilder();
        for (DetectedObject object : objects) {
            JsonObjectBuilder json = Jsons.objectBuilder();
            addIfPresent(json, "name", object.name());
            addIfPresent(json, "type", object.type());
            if (object.confidence() != null) {
                json.add("confidence", object.confidence());
            }
            if (object.box() != null) {
                json.add("box", Jsons.objectBuilder().add("top", object.box().top())
                        .add("left", object.box().left()).add("bottom", object.box().bottom())
                        .add("right", object.box().right()));
            }
            array.add(json);
        }
        return array.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    /** The sender's camera reference if it can be an Argus camera id (at most 36 characters), else null. */
    static String cameraIdOf(AnalyticsEventMessage message) {
        String cameraId = message.cameraId();
        return cameraId != null && cameraId.length() <= 36 ? cameraId : null;
    }
}
