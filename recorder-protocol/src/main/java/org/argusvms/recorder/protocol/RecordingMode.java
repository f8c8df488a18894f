package org.argusvms.recorder.protocol;

/** When a recorder writes a camera's stream to disk. Later modes (motion, event, schedule) extend this list. */
public enum RecordingMode {
    ALWAYS,
    OFF
}
