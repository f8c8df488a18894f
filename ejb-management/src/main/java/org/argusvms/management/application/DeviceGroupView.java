package org.argusvms.management.application;

import java.io.Serializable;
import java.util.List;

public record DeviceGroupView(String id, String name, String description, List<String> cameraIds, long version)
        implements Serializable {
}
