package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * An administrator's new configuration for an existing camera, based on the camera's {@code version} as they read
 * it. A null {@code password} keeps the stored one (clients never see it); an empty one removes it. Absent
 * triggered-recording fields ({@code preBufferSeconds}, {@code postBufferSeconds}, {@code idleRecording}) keep
 * their stored values, so clients that do not know them do not reset them. {@code onvifAddress} is part of the
 * configuration like {@code streamUrl}: absent or empty means the camera has none. An absent {@code motion} (or
 * absent fields of it) keeps the stored motion detection. An absent {@code storageId} keeps the camera's storage
 * (on another recorder: that one's default); an empty one returns it to its recorder's default storage. An absent
 * {@code rtspTransport} keeps the stored one. Absent {@code liveStream} and {@code liveStreamUrl} keep the stored second
 * stream; an empty {@code liveStreamUrl} removes the URL (without a {@code liveStream}: back to one stream). Built in code from the fields of a {@link NewCamera} and a version
 * ({@link #of}).
 */
public record CameraChange(String name, String streamUrl, String username, String password, String recorderId,
                           String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                           String idleRecording, Long version, String onvifAddress, CameraMotion motion,
                           String storageId, String rtspTransport, String liveStream, String liveStreamUrl) {

    /** JSON-B's constructor: every field, absent ones null. */
    @JsonbCreator
    public CameraChange {
    }

    /** The camera as {@code fields} describes it (see {@link NewCamera#builder()}), based on {@code version}. */
    public static CameraChange of(NewCamera fields, Long version) {
        return new CameraChange(fields.name(), fields.streamUrl(), fields.username(), fields.password(),
                fields.recorderId(), fields.recordingMode(), fields.enabled(), fields.preBufferSeconds(),
                fields.postBufferSeconds(), fields.idleRecording(), version, fields.onvifAddress(), fields.motion(),
                fields.storageId(), fields.rtspTransport(), fields.liveStream(), fields.liveStreamUrl());
    }

    /** The same fields as a new camera, so both are validated by the same rules. */
    public NewCamera asNewCamera() {
        return new NewCamera(name, streamUrl, username, password, recorderId, recordingMode, enabled,
                preBufferSeconds, postBufferSeconds, idleRecording, onvifAddress, motion, storageId, rtspTransport,
                liveStream, liveStreamUrl);
    }

    /** The same change based on {@code otherVersion} (e.g. from an If-Match header). */
    public CameraChange withVersion(Long otherVersion) {
        return of(asNewCamera(), otherVersion);
    }
}
