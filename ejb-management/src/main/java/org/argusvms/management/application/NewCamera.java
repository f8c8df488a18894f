package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * What an administrator supplies to add a camera; validated by {@link CameraService#addCamera}. The triggered
 * recording fields are optional: absent ones take the recorder's defaults (5 s, 10 s, FULL) on a new camera and
 * keep their stored value on a change. A camera needs {@code streamUrl} (rtsp://), {@code onvifAddress} (its ONVIF
 * device service, http(s)://), or both; with only the ONVIF address the recorder asks the camera for its stream.
 * {@code motion} is optional: without it motion detection is off, unless {@code recordingMode} is MOTION, which
 * switches it on (recording on motion needs the detection). {@code storageId} is optional: the storage of its
 * recording server the camera records to (absent: the recorder's default storage; docs/design/storages.md).
 */
public record NewCamera(String name, String streamUrl, String username, String password, String recorderId,
                        String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                        String idleRecording, String onvifAddress, CameraMotion motion, String storageId) {

    /** JSON-B's constructor: a record with more than one needs it named. */
    @JsonbCreator
    public NewCamera {
    }

    /** A camera recorded to its recorder's default storage. */
    public NewCamera(String name, String streamUrl, String username, String password, String recorderId,
                     String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                     String idleRecording, String onvifAddress, CameraMotion motion) {
        this(name, streamUrl, username, password, recorderId, recordingMode, enabled, preBufferSeconds,
                postBufferSeconds, idleRecording, onvifAddress, motion, null);
    }

    /** A camera with the default motion detection (off unless recorded on motion). */
    public NewCamera(String name, String streamUrl, String username, String password, String recorderId,
                     String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                     String idleRecording, String onvifAddress) {
        this(name, streamUrl, username, password, recorderId, recordingMode, enabled, preBufferSeconds,
                postBufferSeconds, idleRecording, onvifAddress, null);
    }

    /** A camera known by its RTSP URL only (no ONVIF address). */
    public NewCamera(String name, String streamUrl, String username, String password, String recorderId,
                     String recordingMode, Boolean enabled, Integer preBufferSeconds, Integer postBufferSeconds,
                     String idleRecording) {
        this(name, streamUrl, username, password, recorderId, recordingMode, enabled, preBufferSeconds,
                postBufferSeconds, idleRecording, null);
    }
}
