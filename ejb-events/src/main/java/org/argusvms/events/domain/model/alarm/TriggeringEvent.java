package org.argusvms.events.domain.model.alarm;

import java.time.Instant;

/**
 * What alarm definitions are matched against: the facts every stored event has, whatever its source.
 *
 * @param eventType      "generic", "analytics", or a device event type such as "camera.disconnected"
 * @param cameraId       the camera the event concerns, or null
 * @param text           the event's text (generic message, analytics message), or null
 * @param definitionName the generic-event definition that matched, or the analytics type; null for device events
 */
public record TriggeringEvent(String eventId, String eventType, String cameraId, String text, String definitionName,
                              Instant occurredAt) {
}
