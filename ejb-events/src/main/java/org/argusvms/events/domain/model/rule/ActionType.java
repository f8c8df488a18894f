package org.argusvms.events.domain.model.rule;

/**
 * What a rule can do. The last three are recognised so that administrators get a clear "not supported yet": the
 * recorder and the camera drivers cannot change frame rates, drive outputs or move PTZ heads yet.
 */
public enum ActionType {
    START_RECORDING, STOP_RECORDING, RAISE_ALARM, WRITE_RULE_LOG, SEND_EMAIL, SHOW_ON_VIDEO_WALL,
    CHANGE_FRAME_RATE(false), ACTIVATE_OUTPUT(false), GO_TO_PTZ_PRESET(false);

    private final boolean supported;

    ActionType() {
        this(true);
    }

    ActionType(boolean supported) {
        this.supported = supported;
    }

    public boolean supported() {
        return supported;
    }
}
