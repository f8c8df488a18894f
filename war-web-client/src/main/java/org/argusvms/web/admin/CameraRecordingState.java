package org.argusvms.web.admin;

import org.argusvms.management.application.CameraView;
import org.argusvms.recorder.protocol.RecordingMode;

/**
 * Whether a camera is being recorded. Its recorder says whether it writes the camera to disk right now; a camera that
 * is not being written but waits for a trigger (EVENT or MOTION mode, streaming) is ARMED. From a recorder that does
 * not say, the recording mode and the state decide: ALWAYS and streaming is RECORDING.
 */
enum CameraRecordingState {
    RECORDING("Recording", "ok"),
    ARMED("On event", "warn"),
    NOT_RECORDING("Not recording", "off");

    private final String label;
    private final String tone;

    CameraRecordingState(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    static CameraRecordingState of(CameraView camera) {
        if (!camera.enabled() || !"STREAMING".equals(camera.state())) {
            return NOT_RECORDING;
        }
        RecordingMode mode;
        try {
            mode = RecordingMode.valueOf(camera.recordingMode());
        } catch (IllegalArgumentException | NullPointerException unknownMode) {
            return NOT_RECORDING;
        }
        if (Boolean.TRUE.equals(camera.recording()) || (camera.recording() == null && mode == RecordingMode.ALWAYS)) {
            return RECORDING;
        }
        return mode.recordsOnTrigger() ? ARMED : NOT_RECORDING;
    }

    String label() {
        return label;
    }

    /** The CSS modifier of the badge, as {@link org.argusvms.web.view.CameraStateBadge#tone()}. */
    String tone() {
        return tone;
    }
}
