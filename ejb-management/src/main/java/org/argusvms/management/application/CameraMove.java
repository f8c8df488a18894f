package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * An administrator's request to move a camera to another recording server, based on the camera's {@code version}
 * as they read it (from the body or an If-Match header).
 */
public record CameraMove(String recordingServerId, Long version) {

    @JsonbCreator
    public CameraMove {
    }

    /** The same move based on {@code otherVersion} (e.g. from an If-Match header). */
    public CameraMove withVersion(Long otherVersion) {
        return new CameraMove(recordingServerId, otherVersion);
    }
}
