package org.argusvms.recorder.protocol;

/**
 * When a recorder writes a camera's stream to disk. Schedules are not a mode: the management server's time profiles
 * and rules switch a camera between modes (see docs/design/recording-modes.md).
 */
public enum RecordingMode {
    /** Records continuously (at a reduced rate while untriggered if {@link IdleRecording#KEYFRAMES} is set). */
    ALWAYS,
    /** Records nothing. */
    OFF,
    /** Records the pre-buffer and what follows while an event triggers it (triggerRecording), plus the post-buffer. */
    EVENT,
    /** Like {@link #EVENT}, triggered by the recorder's own motion detection as well as by events. */
    MOTION;

    /** Whether untriggered video is only kept in memory (the pre-buffer) rather than written. */
    public boolean recordsOnTrigger() {
        return this == EVENT || this == MOTION;
    }
}
