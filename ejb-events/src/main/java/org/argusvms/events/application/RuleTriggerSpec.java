package org.argusvms.events.application;

import java.io.Serializable;

/**
 * A rule's trigger as clients send and see it. {@code type} EVENT needs {@code eventType} ("generic", "analytics"
 * or a device event type such as "camera.disconnected") and may narrow it with {@code cameraId}, {@code definitionId}
 * (generic), {@code analyticsType} and {@code sourceName} (analytics); TIME_PROFILE_START and TIME_PROFILE_END need
 * {@code timeProfileId}.
 */
public record RuleTriggerSpec(String type, String eventType, String cameraId, String definitionId,
                              String analyticsType, String sourceName, String timeProfileId) implements Serializable {
}
