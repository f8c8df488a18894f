package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.argusvms.simulator.onvif.OnvifDevice;
import org.argusvms.simulator.onvif.PtzState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cameras known by their ONVIF address: the recorder finds and records their stream, and carries out PTZ and
 * relay-output commands over ONVIF, against simulated cameras that demand WS-Security credentials.
 */
class OnvifIT extends RecorderFixtureTest {

    private static final String USER = "onvif-user";
    private static final String PASSWORD = "onvif-secret";

    private CameraSimulator onvifCameras;

    @BeforeAll
    void startOnvifCameras() throws IOException {
        onvifCameras = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(3).h265("cam3")
                .size(640, 360).bitrateKbps(600).credentials(USER, PASSWORD).onvifPort(0).build());
    }

    @AfterAll
    void stopOnvifCameras() {
        onvifCameras.stop();
    }

    /** cam1's profile says H264, cam3's H265: both are recorded, each in its own codec. */
    @ParameterizedTest
    @CsvSource({"cam1, h264", "cam3, hevc"})
    void recordsACameraConfiguredOnlyByItsOnvifAddress(String simulatorCamera, String codec) throws Exception {
        String cameraId = "onvif-rec-" + simulatorCamera;
        fixture.apply(onvifCamera(cameraId, simulatorCamera, PASSWORD));

        Await.until("recorded video", PATIENCE, () -> fixture.status(cameraId).framesReceived() >= 50
                && fixture.status(cameraId).bytesWritten() > 0);
        assertEquals("STREAMING", fixture.status(cameraId).state());
        fixture.remove(cameraId);
        List<Path> segments = fixture.segmentFiles(cameraId);
        assertFalse(segments.isEmpty());
        assertEquals(codec, Ffprobe.probe(segments.get(0)).codec());
    }

    @Test
    void aCameraRefusingTheCredentialsIsReportedDisconnectedWithTheReason() throws Exception {
        fixture.apply(onvifCamera("onvif-refused", "cam1", "not-the-password"));

        Await.until("the refusal reported", PATIENCE, () -> {
            String error = fixture.status("onvif-refused").lastError();
            return error != null && error.contains("NotAuthorized");
        });
        assertEquals("DISCONNECTED", fixture.status("onvif-refused").state());
        assertFalse(fixture.status("onvif-refused").lastError().contains("not-the-password"));
        fixture.remove("onvif-refused");
    }

    @Test
    void movesToAPresetAndSwitchesOutputsOverOnvif() throws Exception {
        fixture.apply(disabled(onvifCamera("onvif-ptz", "cam2", PASSWORD)));
        OnvifDevice device = onvifCameras.onvif("cam2");

        JsonObject preset = command(Frames.CMD_PTZ_GOTO_PRESET, "onvif-ptz", "presetToken", "3");
        JsonObject output = fixture.control.request(Frames.CMD_SET_OUTPUT, Json.createObjectBuilder()
                .add("cameraId", "onvif-ptz").add("outputToken", "relay2").add("active", true).build());

        assertTrue(preset.getBoolean("ok"), preset.toString());
        assertEquals(new PtzState.Position(-0.75, 0.1, 0.6), device.ptz().position());
        assertTrue(output.getBoolean("ok"), output.toString());
        assertTrue(device.relays().isActive("relay2"));
        assertFalse(device.relays().isActive("relay1"));

        fixture.control.request(Frames.CMD_SET_OUTPUT, Json.createObjectBuilder().add("cameraId", "onvif-ptz")
                .add("outputToken", "relay2").add("active", false).build());
        assertFalse(device.relays().isActive("relay2"));

        JsonObject move = fixture.control.request(Frames.CMD_PTZ_MOVE, Json.createObjectBuilder()
                .add("cameraId", "onvif-ptz").add("pan", 0.5).add("seconds", 10).build());
        assertTrue(move.getBoolean("ok"), move.toString());
        assertTrue(device.ptz().isMoving());
        fixture.control.request(Frames.CMD_PTZ_MOVE, Json.createObjectBuilder().add("cameraId", "onvif-ptz")
                .add("seconds", 1).build());
        assertFalse(device.ptz().isMoving(), "all velocities 0 stop the head");
        fixture.remove("onvif-ptz");
    }

    @Test
    void refusesCommandsClearlyAndChangesNothing() throws Exception {
        fixture.apply(disabled(onvifCamera("onvif-bad", "cam2", PASSWORD)));
        fixture.apply(disabled(onvifCamera("onvif-wrong-pw", "cam2", "guess")));
        fixture.apply(camera("rtsp-only", fixture.simulator.url("cam1"), RecordingMode.OFF, false));
        OnvifDevice device = onvifCameras.onvif("cam2");
        command(Frames.CMD_PTZ_GOTO_PRESET, "onvif-bad", "presetToken", "1");
        PtzState.Position before = device.ptz().position();

        assertError(ErrorCode.NOT_SUPPORTED, command(Frames.CMD_PTZ_GOTO_PRESET, "rtsp-only", "presetToken", "1"));
        assertError(ErrorCode.UNKNOWN_CAMERA, command(Frames.CMD_PTZ_GOTO_PRESET, "nobody", "presetToken", "1"));
        assertError(ErrorCode.INVALID_ARGUMENT, command(Frames.CMD_PTZ_GOTO_PRESET, "onvif-bad", "presetToken", "99"));
        assertError(ErrorCode.CAMERA_ERROR, command(Frames.CMD_PTZ_GOTO_PRESET, "onvif-wrong-pw", "presetToken", "2"));
        assertError(ErrorCode.INVALID_ARGUMENT, command(Frames.CMD_PTZ_GOTO_PRESET, "onvif-bad", "presetToken", ""));
        assertError(ErrorCode.INVALID_ARGUMENT, command(Frames.CMD_SET_OUTPUT, "onvif-bad", "outputToken", "relay9"));
        assertError(ErrorCode.INVALID_ARGUMENT, fixture.control.request(Frames.CMD_SET_OUTPUT, Json
                .createObjectBuilder().add("cameraId", "onvif-bad").add("outputToken", "relay1").add("active", "yes")
                .build()));
        assertError(ErrorCode.INVALID_ARGUMENT, fixture.control.request(Frames.CMD_PTZ_MOVE, Json
                .createObjectBuilder().add("cameraId", "onvif-bad").add("pan", 3).add("seconds", 5).build()));

        assertEquals(before, device.ptz().position());
        assertFalse(device.ptz().isMoving());
        assertFalse(device.relays().isActive("relay1"));
        JsonObject wrongPassword = command(Frames.CMD_PTZ_GOTO_PRESET, "onvif-wrong-pw", "presetToken", "2");
        assertFalse(wrongPassword.toString().contains("guess"), "no password in the answer");
        for (String camera : new String[] {"onvif-bad", "onvif-wrong-pw", "rtsp-only"}) {
            fixture.remove(camera);
        }
    }

    private CameraConfiguration onvifCamera(String id, String simulatedCamera, String password) {
        return new CameraConfiguration(id, id, null, USER, password, RecordingMode.ALWAYS, true, null, null,
                TriggeredRecording.DEFAULTS, MotionSettings.OFF,
                URI.create(onvifCameras.onvifAddress(simulatedCamera)));
    }

    /** The same camera, not connected: PTZ and outputs work without recording. */
    private static CameraConfiguration disabled(CameraConfiguration camera) {
        return new CameraConfiguration(camera.cameraId(), camera.name(), camera.streamUrl(), camera.username(),
                camera.password(), camera.recordingMode(), false, null, null, camera.triggeredRecording(),
                camera.motion(), camera.onvifAddress());
    }

    private JsonObject command(String command, String cameraId, String field, String value) throws IOException {
        return fixture.control.request(command, Json.createObjectBuilder().add("cameraId", cameraId)
                .add(field, value).add("active", true).build());
    }

    private static void assertError(ErrorCode expected, JsonObject response) {
        assertFalse(response.getBoolean("ok"), response.toString());
        assertEquals(expected.name(), response.getJsonObject("error").getString("code"), response.toString());
    }
}
