package org.argusvms.events.application;

import java.util.List;

/**
 * An alarm definition as administrators send it; nulls where the client sent nothing. {@code enabled} defaults to
 * true, {@code priority} to 5; {@code relatedCameraIds} to none; no {@code timeProfileId} means always active.
 */
public record AlarmDefinitionInput(String name, Boolean enabled, String sourceEventType, String matchText,
                                   String matchDefinitionName, String matchCameraId, Integer priority,
                                   String category, List<String> relatedCameraIds, String instructions,
                                   Integer autoCloseMinutes, String timeProfileId) {
}
