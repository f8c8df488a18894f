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

    @Override
    void close();
}
