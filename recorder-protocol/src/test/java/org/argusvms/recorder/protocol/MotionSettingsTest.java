package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.MotionSettings.Point;
import org.argusvms.recorder.protocol.MotionSettings.Polygon;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionSettingsTest {

    private static final CameraConfiguration CAMERA = new CameraConfiguration("cam-1", "Lobby",
            URI.create("rtsp://192.0.2.10:554/stream"), null, null, RecordingMode.MOTION, true);

    @Test
    void aCamerasMotionSettingsSurviveTheWire() throws ProtocolException {
        MotionSettings motion = new MotionSettings(true, 70, 2,
                List.of(Polygon.rectangle(0, 0.5, 1, 1)),
                List.of(new Polygon(List.of(new Point(0.1, 0.1), new Point(0.3, 0.1), new Point(0.2, 0.3)))));
        CameraConfiguration camera = withMotion(motion);

        assertEquals(camera, CameraConfiguration.fromJson(camera.toJson()));
        assertEquals(motion, CameraConfiguration.fromJson(camera.toJson()).motion());
    }

    @Test
    void withoutMotionSettingsDetectionIsOff() throws ProtocolException {
        assertEquals(MotionSettings.OFF, CAMERA.motion());
        assertFalse(CAMERA.toJson().containsKey("motion"), "older recorders never see the field");
        assertEquals(MotionSettings.OFF, CameraConfiguration.fromJson(CAMERA.toJson()).motion());
        assertEquals(MotionSettings.OFF, withMotion(null).motion());
    }

    @Test
    void absentFieldsOfTheMotionObjectTakeDefaults() throws ProtocolException {
        MotionSettings motion = CameraConfiguration.fromJson(cameraJson("{}")).motion();

        assertTrue(motion.enabled());
        assertEquals(MotionSettings.DEFAULT_SENSITIVITY, motion.sensitivity());
        assertEquals(0, motion.analysisFps(), "key frames only");
        assertEquals(List.of(), motion.include());
    }

    @Test
    void invalidMotionSettingsAreRefusedWithTheReason() {
        assertInvalid("{\"sensitivity\": 101}", "sensitivity must be between 0 and 100");
        assertInvalid("{\"sensitivity\": 4294967346}", "whole number");
        assertInvalid("{\"analysisFps\": 6}", "analysisFps must be between 0 (key frames only) and 5");
        assertInvalid("{\"include\": [[[0, 0], [1, 0]]]}", "3 to 64 points");
        assertInvalid("{\"include\": [[[0, 0], [1, 0], [1, 1.5]]]}", "between 0 and 1");
        assertInvalid("{\"exclude\": [[[0, 0], [1], [1, 1]]]}", "[x, y]");
        assertInvalid("{\"enabled\": \"yes\"}", "true or false");
        assertInvalid("true", "must be an object");
    }

    @Test
    void polygonsContainTheirInsideOnly() {
        Polygon triangle = new Polygon(List.of(new Point(0, 0), new Point(1, 0), new Point(0, 1)));

        assertTrue(triangle.contains(0.2, 0.2));
        assertFalse(triangle.contains(0.8, 0.8));
    }

    private static void assertInvalid(String motion, String reason) {
        ProtocolException refused = assertThrows(ProtocolException.class,
                () -> CameraConfiguration.fromJson(cameraJson(motion)));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private static JsonObject cameraJson(String motion) {
        return Json.createObjectBuilder(CAMERA.toJson())
                .add("motion", Json.createReader(new StringReader(motion)).readValue()).build();
    }

    private static CameraConfiguration withMotion(MotionSettings motion) {
        return new CameraConfiguration(CAMERA.cameraId(), CAMERA.name(), CAMERA.streamUrl(), null, null,
                CAMERA.recordingMode(), true, null, null, TriggeredRecording.DEFAULTS, motion);
    }
}
