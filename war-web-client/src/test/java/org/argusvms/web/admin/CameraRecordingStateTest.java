package org.argusvms.web.admin;

import org.argusvms.management.application.CameraView;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CameraRecordingStateTest {

    @Test
    void aStreamingCameraRecordsAsItsModeSays() {
        assertEquals(CameraRecordingState.RECORDING, CameraRecordingState.of(camera("ALWAYS", true, "STREAMING")));
        assertEquals(CameraRecordingState.ARMED, CameraRecordingState.of(camera("EVENT", true, "STREAMING")));
        assertEquals(CameraRecordingState.ARMED, CameraRecordingState.of(camera("MOTION", true, "STREAMING")));
        assertEquals(CameraRecordingState.NOT_RECORDING, CameraRecordingState.of(camera("OFF", true, "STREAMING")));
    }

    @Test
    void aCameraWithoutAStreamRecordsNothingWhateverItsMode() {
        assertEquals(CameraRecordingState.NOT_RECORDING, CameraRecordingState.of(camera("ALWAYS", true, "CONNECTING")));
        assertEquals(CameraRecordingState.NOT_RECORDING, CameraRecordingState.of(camera("ALWAYS", true, "UNKNOWN")));
        assertEquals(CameraRecordingState.NOT_RECORDING, CameraRecordingState.of(camera("ALWAYS", false, "STREAMING")));
    }

    @Test
    void whatTheRecorderReportsWinsOverWhatTheModeSuggests() {
        assertEquals(CameraRecordingState.RECORDING, CameraRecordingState.of(reported("EVENT", true)),
                "a triggered recording running");
        assertEquals(CameraRecordingState.ARMED, CameraRecordingState.of(reported("MOTION", false)));
        assertEquals(CameraRecordingState.NOT_RECORDING, CameraRecordingState.of(reported("ALWAYS", false)),
                "streaming but not written, e.g. a full disk");
    }

    private static CameraView reported(String mode, boolean recording) {
        return new CameraView("c-1", "Gate", "rtsp://10.0.0.5/s", "rec-1", mode, true, 1, "STREAMING", null, 5, 10,
                "FULL", null, null, null, null, recording);
    }

    private static CameraView camera(String mode, boolean enabled, String state) {
        return new CameraView("c-1", "Gate", "rtsp://10.0.0.5/s", "rec-1", mode, enabled, 1, state, null);
    }
}
