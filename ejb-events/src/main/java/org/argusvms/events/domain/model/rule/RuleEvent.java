package org.argusvms.events.domain.model.rule;

import java.time.Instant;
import java.util.Map;

/**
 * An event as rules see it: what the event server published on the ArgusEvents topic.
 *
 * @param sourceType "recorder", "generic" or "analytics"
 * @param eventType  "generic", "analytics" or a device event type such as "camera.disconnected"
 * @param attributes the event's attributes: for generic events {@code definitionId}, {@code definition},
 *                   {@code message}; for analytics events {@code analyticsType}, {@code sourceName}, {@code message}
 */
public record RuleEvent(String id, String sourceType, String eventType, String cameraId, Instant occurredAt,
                        Map<String, String> attributes) {

    public RuleEvent {
        attributes = Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
