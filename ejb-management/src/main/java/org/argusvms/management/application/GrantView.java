package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

/** One grant of a role: {@code scope} ALL, DEVICE_GROUP or CAMERA, the group or camera id, and the rights. */
public record GrantView(String scope, String targetId, List<String> rights) implements Serializable {
}
