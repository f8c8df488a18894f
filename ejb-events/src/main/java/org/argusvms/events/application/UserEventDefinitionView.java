package org.argusvms.events.application;

import java.io.Serializable;
import java.util.List;

public record UserEventDefinitionView(String id, String name, String description, List<String> relatedCameraIds,
                                      long version) implements Serializable {
}
