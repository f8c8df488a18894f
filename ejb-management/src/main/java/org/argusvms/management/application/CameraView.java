package org.argusvms.management.application;

import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.io.Serializable;

/**
 * A camera as clients see it: configuration without secrets, plus the live state its recorder reports
 * ({@code state} is CONNECTING, STREAMING, DISCONNECTED, DISABLED or UNKNOWN when the recorder cannot be asked).
 * {@code preBufferSeconds}, {@code postBufferSeconds} and {@code idleRecording} say how triggered recording behaves
 * (docs/design/recording-modes.md). {@code onvifAddress} is the camera's ONVIF device service (null if none);
 * {@code streamUrl} may then be null, the recorder asks the camera for it. {@code username} is the camera's user
 * name (null if none); the password is never part of a view. {@code motion} is the camera's motion detection on
 * its recorder (docs/design/motion-detection.md). {@code storageId} is the storage of its recorder it records to
 * (null: the recorder's default storage; docs/design/storages.md). {@code recording} is whether its recorder writes it
 * to disk right now (null when the recorder cannot be asked or does not say).
 */
public record CameraView(String id, String name, String streamUrl, String recorderId, String recordingMode,
                         boolean enabled, long version, String state, String lastError, int preBufferSeconds,
                         int postBufferSeconds, String idleRecording, String onvifAddress, String username,
                         CameraMotion motion, String storageId, Boolean recording)
        implements Serializable {

    /** A view without what the recorder reports of its recording (tests, clients that do not need it). */
    public CameraView(String id, String name, String streamUrl, String recorderId, String recordingMode,
                      boolean enabled, long version, String state, String lastError, int preBufferSeconds,
                      int postBufferSeconds, String idleRecording, String onvifAddress, String username,
                      CameraMotion motion, String storageId) {
        this(id, name, streamUrl, recorderId, recordingMode, enabled, version, state, lastError, preBufferSeconds,
                postBufferSeconds, idleRecording, onvifAddress, username, motion, storageId, null);
    }

    /** A view of a camera recording to its recorder's default storage. */
    public CameraView(String id, String name, String streamUrl, String recorderId, String recordingMode,
                      boolean enabled, long version, String state, String lastError, int preBufferSeconds,
                      int postBufferSeconds, String idleRecording, String onvifAddress, String username,
                      CameraMotion motion) {
        this(id, name, streamUrl, recorderId, recordingMode, enabled, version, state, lastError, preBufferSeconds,
                postBufferSeconds, idleRecording, onvifAddress, username, motion, null);
    }

    /** A view of a camera without motion detection. */
    public CameraView(String id, String name, String streamUrl, String recorderId, String recordingMode,
                      boolean enabled, long version, String state, String lastError, int preBufferSeconds,
                      int postBufferSeconds, String idleRecording, String onvifAddress, String username) {
        this(id, name, streamUrl, recorderId, recordingMode, enabled, version, state, lastError, preBufferSeconds,
                postBufferSeconds, idleRecording, onvifAddress, username, CameraMotion.of(MotionSettings.OFF));
    }

    /** A view with the recorder's default triggered-recording settings, without ONVIF address and user name. */
    public CameraView(String id, String name, String streamUrl, String recorderId, String recordingMode,
                      boolean enabled, long version, String state, String lastError) {
        this(id, name, streamUrl, recorderId, recordingMode, enabled, version, state, lastError,
                TriggeredRecording.DEFAULTS.preBufferSeconds(), TriggeredRecording.DEFAULTS.postBufferSeconds(),
                TriggeredRecording.DEFAULTS.idleRecording().name(), null, null);
    }
}
