package org.argusvms.web.view;

import org.argusvms.management.application.CameraView;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameraRowTest {

    @Test
    void showsWhatTheOperatorNeedsAndOffersLiveVideo() {
        CameraRow row = new CameraRow(camera(true, "STREAMING", null));

        assertEquals("cam-1", row.getId());
        assertEquals("Lobby", row.getName());
        assertEquals("rec-1", row.getRecorderId());
        assertEquals("Streaming", row.getStateLabel());
        assertEquals("ok", row.getStateTone());
        assertEquals("", row.getLastError());
        assertTrue(row.isWatchable());
    }

    @Test
    void aDisabledCameraIsShownDisabledAndNotOfferedForLiveVideo() {
        CameraRow row = new CameraRow(camera(false, "DISCONNECTED", null));

        assertEquals("Disabled", row.getStateLabel());
        assertFalse(row.isWatchable());
    }

    @Test
    void theRecordersLastErrorIsAvailableAsExplanation() {
        CameraRow row = new CameraRow(camera(true, "DISCONNECTED", "RTSP 401 Unauthorized"));

        assertEquals("Disconnected", row.getStateLabel());
        assertEquals("RTSP 401 Unauthorized", row.getLastError());
    }

    private static CameraView camera(boolean enabled, String state, String lastError) {
        return CameraView.builder("cam-1", "Lobby").streamUrl("rtsp://10.0.0.5/stream").recorderId("rec-1")
                .enabled(enabled).version(1).state(state, lastError).build();
    }
}
