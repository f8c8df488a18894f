package org.argusvms.recorder.protocol;

/** What a camera in {@link RecordingMode#ALWAYS} records while no event or motion triggers it. */
public enum IdleRecording {
    /** Every frame (the camera's full frame rate). */
    FULL,
    /**
     * Only keyframes (about one frame per GOP) until a trigger raises the rate to every frame; the rate drops again at
     * the first keyframe after the post-buffer.
     */
    KEYFRAMES
}
