package org.argusvms.web.admin;

import org.argusvms.management.application.CameraView;
import org.argusvms.recorder.protocol.RecordingMode;

/**
 * Whether a camera is being recorded, as far as its recording mode and its recorder-reported state tell: a camera in
 * ALWAYS mode records while it streams, one in EVENT or MOTION mode keeps only its pre-buffer until something triggers
 * it. The recorder does not report triggered recordings in its status, so ARMED does not say whether one runs now.
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
        if (mode == RecordingMode.ALWAYS) {
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
