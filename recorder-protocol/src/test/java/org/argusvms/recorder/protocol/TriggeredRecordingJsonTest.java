package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pre-/post-buffer and idle rate fields of a camera configuration on the wire. */
class TriggeredRecordingJsonTest {

    private static final CameraConfiguration CAMERA = new CameraConfiguration("cam-1", "Gate",
            URI.create("rtsp://10.0.0.7/stream"), null, null, RecordingMode.EVENT, true, null, null,
            new TriggeredRecording(3, 120, IdleRecording.KEYFRAMES));

    @Test
    void theSettingsRoundTripAsFlatFields() throws Exception {
        JsonObject json = CAMERA.toJson();

        assertEquals(3, json.getInt("preBufferSeconds"));
        assertEquals(120, json.getInt("postBufferSeconds"));
        assertEquals("KEYFRAMES", json.getString("idleRecording"));
        assertEquals(CAMERA, CameraConfiguration.fromJson(json));
    }

    @Test
    void aConfigurationWithoutThemGetsTheDefaults() throws Exception {
        JsonObject older = Json.createObjectBuilder(CAMERA.toJson()).remove("preBufferSeconds")
                .remove("postBufferSeconds").remove("idleRecording").build();

        assertEquals(TriggeredRecording.DEFAULTS, CameraConfiguration.fromJson(older).triggeredRecording());
        assertEquals(TriggeredRecording.DEFAULTS, new CameraConfiguration("cam-1", null,
                URI.create("rtsp://10.0.0.7/stream"), null, null, RecordingMode.ALWAYS, true).triggeredRecording());
    }

    @Test
    void outOfRangeOrMistypedValuesAreRefusedNamingTheField() {
        assertRefused("preBufferSeconds must be 0..60, got 61", "preBufferSeconds", 61);
        assertRefused("\"preBufferSeconds\" must be a whole number of seconds, 0 or more", "preBufferSeconds", -1);
        assertRefused("postBufferSeconds must be 0..3600, got 3601", "postBufferSeconds", 3601);
        ProtocolException idle = assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(CAMERA.toJson()).add("idleRecording", "HALF").build()));
        assertTrue(idle.getMessage().contains("unknown idleRecording HALF"), idle.getMessage());
        assertEquals(ErrorCode.INVALID_ARGUMENT, idle.code());
    }

    private static void assertRefused(String message, String field, int value) {
        ProtocolException refused = assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(CAMERA.toJson()).add(field, value).build()));
        assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }
}
