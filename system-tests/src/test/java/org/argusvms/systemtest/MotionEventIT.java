package org.argusvms.systemtest;

import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.Await;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * The recorder's own motion detection reaches the event server: with detection on, the test card's scrolling band
 * makes the recorder report {@code motion.started}, which is stored and listed for the camera like every device
 * event, so rules and alarm definitions on motion (offered in the configuration page) can fire. It was dropped before:
 * the event server did not subscribe to it.
 */
class MotionEventIT extends EventServerIT {

    private static final Duration RECORDER_ROUND_TRIP = Duration.ofSeconds(45);

    @Test
    void theRecordersMotionDetectionIsListedAsAnEventOfTheCamera() {
        String camera = WebClientSmartSearchIT.cameraWithMotionDetection();

        Await.until("motion.started listed for the test card", RECORDER_ROUND_TRIP, () ->
                api.get("/events?cameraId=" + camera, operator).jsonArray().stream().map(JsonValue::asJsonObject)
                        .anyMatch(event -> "motion.started".equals(event.getString("eventType"))) ? true : null);
    }
}
