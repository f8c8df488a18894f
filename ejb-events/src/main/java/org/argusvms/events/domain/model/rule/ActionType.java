package org.argusvms.events.domain.model.rule;

/**
 * What a rule can do. RECORD_ON_EVENT and CHANGE_FRAME_RATE both trigger the camera's recorder for a while; what that does depends on
 * the camera's recording mode (docs/design/recording-modes.md).
 */
public enum ActionType {
    START_RECORDING, STOP_RECORDING, RAISE_ALARM, WRITE_RULE_LOG, SEND_EMAIL, SHOW_ON_VIDEO_WALL,
    /** Cameras in EVENT or MOTION mode record pre-buffer, {@code seconds} and post-buffer. */
    RECORD_ON_EVENT,
    /** Cameras in ALWAYS mode with idle recording KEYFRAMES record every frame for {@code seconds} and post-buffer. */
    CHANGE_FRAME_RATE,
    /** Sets a camera's relay output over ONVIF through its recorder, optionally back after {@code seconds}. */
    ACTIVATE_OUTPUT,
    /** Moves a camera to a PTZ preset over ONVIF through its recorder. */
    GO_TO_PTZ_PRESET;

    /** Whether the action triggers the cameras' recorders for {@code seconds}. */
    public boolean triggersRecording() {
        return this == RECORD_ON_EVENT || this == CHANGE_FRAME_RATE;
    }
}
