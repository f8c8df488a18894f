package org.argusvms.recorder.onvif;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the ONVIF commands refuse before a camera is contacted, and how an unreachable camera is reported. */
class OnvifCommandsTest {

    private final URI closedPort = URI.create("http://127.0.0.1:" + freePort() + "/onvif/device_service");
    private final Map<String, CameraConfiguration> cameras = Map.of(
            "onvif", new CameraConfiguration("onvif", "Gate", null, "admin", "secret-pw", RecordingMode.ALWAYS, true,
                    null, null, TriggeredRecording.DEFAULTS, MotionSettings.OFF, closedPort),
            "rtsp", new CameraConfiguration("rtsp", "Lobby", URI.create("rtsp://127.0.0.1/live"), null, null,
                    RecordingMode.ALWAYS, true));
    private final OnvifCommands commands = new OnvifCommands(id -> Optional.ofNullable(cameras.get(id)),
            new OnvifSettings(Duration.ofMillis(500), Duration.ofSeconds(1)), Clock.systemUTC());

    @Test
    void refusesBadBodiesWithoutContactingTheCamera() {
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_GOTO_PRESET, body().build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_GOTO_PRESET, body().add("presetToken", " ").build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_GOTO_PRESET,
                body().add("presetToken", "x".repeat(65)).build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_GOTO_PRESET, body().add("presetToken", "a\nb").build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_SET_OUTPUT, body().add("outputToken", "relay1").build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_SET_OUTPUT,
                body().add("outputToken", "relay1").add("active", 1).build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_MOVE, body().add("pan", 1.5).add("seconds", 5).build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_MOVE,
                body().add("pan", "left").add("seconds", 5).build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_MOVE, body().add("pan", 0.5).build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_MOVE, body().add("pan", 0.5).add("seconds", 61).build());
        assertCode(ErrorCode.INVALID_ARGUMENT, Frames.CMD_PTZ_MOVE,
                Json.createObjectBuilder().add("seconds", 5).build());
    }

    @Test
    void tellsUnknownCamerasAndCamerasWithoutOnvifApart() {
        assertCode(ErrorCode.UNKNOWN_CAMERA, Frames.CMD_PTZ_GOTO_PRESET,
                Json.createObjectBuilder().add("cameraId", "nobody").add("presetToken", "1").build());
        ProtocolException noOnvif = assertCode(ErrorCode.NOT_SUPPORTED, Frames.CMD_SET_OUTPUT,
                Json.createObjectBuilder().add("cameraId", "rtsp").add("outputToken", "relay1").add("active", true)
                        .build());
        assertTrue(noOnvif.getMessage().contains("no ONVIF address"), noOnvif.getMessage());
    }

    @Test
    void reportsAnUnreachableCameraAsACameraErrorWithoutItsPassword() {
        ProtocolException error = assertCode(ErrorCode.CAMERA_ERROR, Frames.CMD_PTZ_GOTO_PRESET,
                body().add("presetToken", "1").build());

        assertTrue(error.getMessage().contains(closedPort.getAuthority()), error.getMessage());
        assertFalse(error.getMessage().contains("secret-pw"));
    }

    private static jakarta.json.JsonObjectBuilder body() {
        return Json.createObjectBuilder().add("cameraId", "onvif");
    }

    private ProtocolException assertCode(ErrorCode expected, String command, JsonObject body) {
        ProtocolException error = assertThrows(ProtocolException.class, () -> commands.handle(command, body),
                body.toString());
        assertEquals(expected, error.code(), error.getMessage());
        return error;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
