package org.argusvms.events.application;

import java.util.List;

/** A user-defined event definition as administrators send it; nulls where the client sent nothing. */
public record UserEventDefinitionInput(String name, String description, List<String> relatedCameraIds) {
}
