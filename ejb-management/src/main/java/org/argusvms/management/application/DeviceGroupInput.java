package org.argusvms.management.application;

import java.util.List;

/** A device group as an administrator defines it; {@code version} is required when changing an existing group. */
public record DeviceGroupInput(String name, String description, List<String> cameraIds, Long version) {
}
