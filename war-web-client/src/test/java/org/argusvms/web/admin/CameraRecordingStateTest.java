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
        return gate(mode, true, "STREAMING").recording(recording).build();
    }

    private static CameraView camera(String mode, boolean enabled, String state) {
        return gate(mode, enabled, state).build();
    }

    private static CameraView.Builder gate(String mode, boolean enabled, String state) {
        return CameraView.builder("c-1", "Gate").streamUrl("rtsp://10.0.0.5/s").recorderId("rec-1")
                .recordingMode(mode).enabled(enabled).version(1).state(state, null);
    }
}
