package org.argusvms.recorder.ingest;

/** A camera connection's state as reported in {@code getStatus} (protocol names). */
public enum CameraState {
    CONNECTING,
    STREAMING,
    DISCONNECTED,
    DISABLED
}
