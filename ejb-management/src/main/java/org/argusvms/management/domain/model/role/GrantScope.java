package org.argusvms.management.domain.model.role;

/** Which cameras a grant covers: every camera, the cameras of one device group, or one camera. */
public enum GrantScope {
    ALL, DEVICE_GROUP, CAMERA
}
