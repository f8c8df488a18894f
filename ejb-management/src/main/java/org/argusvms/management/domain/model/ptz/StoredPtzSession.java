package org.argusvms.management.domain.model.ptz;

import java.time.Instant;

/**
 * A camera's PTZ session as the cluster shares it: who steers the camera, with which PTZ priority, until when, and
 * the row's version, which every write compares (docs/design/ptz-priority.md).
 */
public record StoredPtzSession(String cameraId, String username, int priority, Instant expiresAt, long version) {

    public boolean isRunningAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
