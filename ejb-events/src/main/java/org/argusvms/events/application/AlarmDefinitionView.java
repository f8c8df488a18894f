package org.argusvms.events.application;

import java.io.Serializable;
import java.util.List;

public record AlarmDefinitionView(String id, String name, boolean enabled, String sourceEventType, String matchText,
                                  String matchDefinitionName, String matchCameraId, int priority, String category,
                                  List<String> relatedCameraIds, String instructions, Integer autoCloseMinutes,
                                  String timeProfileId, long version) implements Serializable {
}
