package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * An administrator's new configuration for an existing camera, based on the camera's {@code version} as they read
 * it. A null {@code password} keeps the stored one (clients never see it); an empty one removes it. Absent
 * triggered-recording fields ({@code preBufferSeconds}, {@code postBufferSeconds}, {@code idleRecording}) keep
 * their stored values, so clients that do not know them do not reset them. {@code onvifAddress} is part of the
 * configuration like {@code streamUrl}: absent or empty means the camera has none. An absent {@code motion} (or
 * absent fields of it) keeps the stored motion detection. An absent {@code storageId} keeps the camera's storage
 * (on another recorder: that one's default); an empty one returns it to its recorder's default storage.
 */
public record CameraChange(String name, String streamUrl, String username, String password, String recorderId,
                           String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                           String idleRecording, Long version, String onvifAddress, CameraMotion motion,
                           String storageId) {

    /** JSON-B's constructor: a record with more than one needs it named. */
    @JsonbCreator
    public CameraChange {
    }

    /** A change that keeps the camera's storage. */
    public CameraChange(String name, String streamUrl, String username, String password, String recorderId,
                        String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                        String idleRecording, Long version, String onvifAddress, CameraMotion motion) {
        this(name, streamUrl, username, password, recorderId, recordingMode, enabled, preBufferSeconds,
                postBufferSeconds, idleRecording, version, onvifAddress, motion, null);
    }

    /** A change that keeps the camera's motion detection as stored. */
    public CameraChange(String name, String streamUrl, String username, String password, String recorderId,
                        String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                        String idleRecording, Long version, String onvifAddress) {
        this(name, streamUrl, username, password, recorderId, recordingMode, enabled, preBufferSeconds,
                postBufferSeconds, idleRecording, version, onvifAddress, null);
    }

    /** A change without ONVIF address: the camera is reached by its RTSP URL only. */
    public CameraChange(String name, String streamUrl, String username, String password, String recorderId,
                        String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                        String idleRecording, Long version) {
        this(name, streamUrl, username, password, recorderId, recordingMode, enabled, preBufferSeconds,
                postBufferSeconds, idleRecording, version, null);
    }

    /** The same fields as a new camera, so both are validated by the same rules. */
    public NewCamera asNewCamera() {
        return new NewCamera(name, streamUrl, username, password, recorderId, recordingMode, enabled,
                preBufferSeconds, postBufferSeconds, idleRecording, onvifAddress, motion, storageId);
    }

    /** The same change based on {@code otherVersion} (e.g. from an If-Match header). */
    public CameraChange withVersion(Long otherVersion) {
        return new CameraChange(name, streamUrl, username, password, recorderId, recordingMode, enabled,
                preBufferSeconds, postBufferSeconds, idleRecording, otherVersion, onvifAddress, motion, storageId);
    }
}
