package org.argusvms.connector.api;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RecorderStatus;

/**
 * A command channel to one recorder. Every call is a request/response exchange with a timeout; a failure surfaces
 * as {@link RecorderCommandException} carrying the recorder's error code, and nothing is retried behind the caller's
 * back (the recorder applies commands idempotently, so the caller may retry).
 */
public interface RecorderConnection extends AutoCloseable {

    RecorderStatus getStatus() throws RecorderCommandException;

    /** Adds the camera or replaces its configuration; the recorder (re)connects to it without restarting. */
    void applyCameraConfiguration(CameraConfiguration configuration) throws RecorderCommandException;

    /** Stops recording the camera and forgets it; recorded media stays. Unknown cameras are not an error. */
    void removeCamera(String cameraId) throws RecorderCommandException;

    /**
     * Protects the camera's recordings in {@code [from, to)} from retention and disk-full cleanup until unlocked; the
     * recorder persists the lock before answering, and the same {@code lockId} again replaces the lock.
     */
    void lockRange(String lockId, String cameraId, java.time.Instant from, java.time.Instant to)
            throws RecorderCommandException;

    /** Releases the lock; returns false if the recorder held no lock of that id. */
    boolean unlockRange(String lockId) throws RecorderCommandException;

    /**
     * Tells the recorder that an event concerning the camera happens now and lasts {@code seconds} (0: a moment). A
     * camera in EVENT or MOTION mode records from its pre-buffer until its post-buffer after the event; one in ALWAYS
     * mode with idle recording KEYFRAMES records every frame for that time. Overlapping triggers extend each other.
     *
     * @param seconds 0..{@value org.argusvms.recorder.protocol.TriggeredRecording#MAX_POST_BUFFER_SECONDS}
     * @param reason  why (rule or event name), shown in the recording-started event and logs
     * @return until when the camera records triggered, or empty if its mode ignores triggers (OFF)
     * @throws RecorderCommandException INVALID_ARGUMENT for an unknown camera or seconds out of range
     */
    java.util.Optional<java.time.Instant> triggerRecording(String cameraId, int seconds, String reason)
            throws RecorderCommandException;

    /**
     * Moves the camera to one of its PTZ presets (the recorder does it over ONVIF).
     *
     * @throws RecorderCommandException NOT_SUPPORTED for a camera without ONVIF address, UNKNOWN_CAMERA,
     *                                  INVALID_ARGUMENT for a preset the camera does not know, CAMERA_ERROR when
     *                                  the camera refuses otherwise (credentials) or cannot be reached
     */
    void ptzGotoPreset(String cameraId, String presetToken) throws RecorderCommandException;

    /**
     * Moves the camera continuously at the given velocities (-1..1 each) for at most {@code seconds} (1..60); all
     * velocities 0 stop it. Errors as {@link #ptzGotoPreset}.
     */
    void ptzMove(String cameraId, double pan, double tilt, double zoom, int seconds) throws RecorderCommandException;

    /** Activates or deactivates one of the camera's relay outputs. Errors as {@link #ptzGotoPreset}. */
    void setOutput(String cameraId, String outputToken, boolean active) throws RecorderCommandException;

    /**
     * Replaces the recorder's storage set (exactly one default). The recorder creates and probes every directory
     * before it changes anything; cameras keep recording and write their next segment into their storage.
     *
     * @return space and oldest recording of each storage after the change
     * @throws RecorderCommandException INVALID_ARGUMENT (nothing changed) when a directory cannot be created or
     *                                  written, naming the storage and the reason
     */
    java.util.List<org.argusvms.recorder.protocol.StorageUsage> applyStorages(
            java.util.List<org.argusvms.recorder.protocol.StorageConfiguration> storages)
            throws RecorderCommandException;

    /** Space and oldest recording of each of the recorder's storages. */
    java.util.List<org.argusvms.recorder.protocol.StorageUsage> getStorages() throws RecorderCommandException;

    @Override
    void close();
}
