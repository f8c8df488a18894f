package org.argusvms.management.application;

/**
 * An administrator's new configuration for an existing camera, based on the camera's {@code version} as they read
 * it. A null {@code password} keeps the stored one (clients never see it); an empty one removes it.
 */
public record CameraChange(String name, String streamUrl, String username, String password, String recorderId,
                           String recordingMode, Boolean enabled, Long version) {

    /** The same fields as a new camera, so both are validated by the same rules. */
    public NewCamera asNewCamera() {
        return new NewCamera(name, streamUrl, username, password, recorderId, recordingMode, enabled);
    }
}
