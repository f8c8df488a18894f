package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecorderRegistration;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.ControlClient;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command connection as the resource adapter uses it (recorder-protocol.md), including what it must refuse. */
class CommandProtocolIT extends RecorderFixtureTest {

    @Test
    void answersHelloAndRegistersWithItsEndpoints() {
        assertEquals(Json.createObjectBuilder().add("type", "hello").add("protocol", 1).add("recorderId", "rec-1")
                .add("version", RecorderVersion.current()).build(), fixture.control.lastHello);
        RecorderRegistration registration = fixture.management.registrations().get(0);
        assertEquals("rec-1", registration.recorderId());
        assertEquals(fixture.recorder.controlPort(), registration.controlPort());
        assertEquals("http://127.0.0.1:" + fixture.recorder.mediaPort(), registration.mediaUrl());
    }

    @Test
    void badCommandsGetTheRightErrorAndChangeNothing() throws Exception {
        ControlClient control = fixture.control;
        Path configuration = fixture.storage.resolve(".recorder/cameras.json");
        RecorderStatus before = fixture.recorderStatus();
        String storedBefore = Files.exists(configuration) ? Files.readString(configuration) : "";
        JsonObject valid = camera("bad-1", fixture.simulator.url("cam1"), RecordingMode.ALWAYS, true).toJson();

        assertError(ErrorCode.INVALID_ARGUMENT, control.request(Frames.CMD_APPLY_CAMERA,
                Json.createObjectBuilder(valid).add("streamUrl", "http://127.0.0.1/video").build()));
        assertError(ErrorCode.INVALID_ARGUMENT, control.request(Frames.CMD_APPLY_CAMERA,
                Json.createObjectBuilder(valid).add("streamUrl", "rtsp://admin:pw@127.0.0.1/video").build()));
        assertError(ErrorCode.INVALID_ARGUMENT, control.request(Frames.CMD_APPLY_CAMERA,
                Json.createObjectBuilder(valid).remove("cameraId").build()));
        assertError(ErrorCode.INVALID_ARGUMENT, control.request(Frames.CMD_APPLY_CAMERA,
                Json.createObjectBuilder(valid).add("cameraId", "../../etc").build()));
        assertError(ErrorCode.INVALID_ARGUMENT, control.request(Frames.CMD_APPLY_CAMERA,
                Json.createObjectBuilder(valid).add("recordingMode", "SOMETIMES").build()));
        control.send(Json.createObjectBuilder().add("type", "request").add("id", 99)
                .add("command", Frames.CMD_APPLY_CAMERA).add("body", "not an object").build());
        assertError(ErrorCode.INVALID_ARGUMENT, control.receive());
        assertError(ErrorCode.INVALID_ARGUMENT, control.request(Frames.CMD_REMOVE_CAMERA, JsonValue.EMPTY_JSON_OBJECT));
        assertError(ErrorCode.UNKNOWN_COMMAND, control.request("formatDisk", JsonValue.EMPTY_JSON_OBJECT));
        assertTrue(control.request(Frames.CMD_REMOVE_CAMERA, Json.createObjectBuilder()
                .add("cameraId", "never-existed").build()).getBoolean("ok"), "removing an unknown camera succeeds");
        assertTrue(control.request(Frames.CMD_PING, JsonValue.EMPTY_JSON_OBJECT).getBoolean("ok"));

        assertEquals(before.cameras().stream().map(CameraStatus::cameraId).toList(),
                fixture.recorderStatus().cameras().stream().map(CameraStatus::cameraId).toList());
        assertEquals(storedBefore, Files.exists(configuration) ? Files.readString(configuration) : "");
        assertFalse(Files.exists(fixture.storage.resolve("bad-1")));
    }

    @Test
    void brokenFramesAndForeignProtocolVersionsEndTheConnectionWithAnError() throws Exception {
        int port = fixture.recorder.controlPort();
        try (ControlClient client = ControlClient.connect(port)) {
            byte[] notJson = "{not json".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(new byte[] {0, 0, 0, (byte) notJson.length});
            frame.write(notJson);
            client.sendRaw(frame.toByteArray());

            JsonObject error = client.receive();
            assertEquals(Frames.ERROR, error.getString("type"));
            assertEquals(ErrorCode.MALFORMED_FRAME.name(), error.getString("code"));
            assertNull(client.receive(), "connection closed");
        }
        try (ControlClient client = ControlClient.connectRaw(port)) {
            client.send(Json.createObjectBuilder().add("type", "hello").add("protocol", 2).add("role", "management")
                    .build());

            assertEquals(ErrorCode.UNSUPPORTED_PROTOCOL.name(), client.receive().getString("code"));
            assertNull(client.receive());
        }
        try (ControlClient client = ControlClient.connectRaw(port)) {
            client.sendRaw(new byte[] {0x7f, 0, 0, 0}); // announces a 2 GiB frame

            assertEquals(ErrorCode.MALFORMED_FRAME.name(), client.receive().getString("code"));
        }
        assertTrue(fixture.control.request(Frames.CMD_PING, JsonValue.EMPTY_JSON_OBJECT).getBoolean("ok"),
                "other connections are unaffected");
    }

    @Test
    void theSameConfigurationAgainKeepsTheConnectionAndAChangedOneReconnects() throws Exception {
        CameraConfiguration camera = camera("idem-1", fixture.simulator.url("cam1"), RecordingMode.OFF, true);
        fixture.apply(camera);
        Await.until("connected", PATIENCE,
                () -> fixture.management.events(RecorderEvent.CAMERA_CONNECTED, "idem-1").size() == 1);
        long framesBefore = fixture.status("idem-1").framesReceived();

        CameraStatus again = fixture.apply(camera);

        assertEquals("STREAMING", again.state());
        assertTrue(again.framesReceived() >= framesBefore, "same session, counters continue");
        Await.until("more frames on the same session", PATIENCE,
                () -> fixture.status("idem-1").framesReceived() > framesBefore + 10);
        assertEquals(1, fixture.management.events(RecorderEvent.CAMERA_CONNECTED, "idem-1").size());
        assertEquals(0, fixture.management.events(RecorderEvent.CAMERA_DISCONNECTED, "idem-1").size());

        fixture.apply(camera("idem-1", fixture.simulator.url("cam3"), RecordingMode.OFF, true));

        Await.until("reconnected with the new URL", PATIENCE,
                () -> fixture.management.events(RecorderEvent.CAMERA_CONNECTED, "idem-1").size() == 2);
        fixture.remove("idem-1");
    }

    private static void assertError(ErrorCode expected, JsonObject response) {
        assertFalse(response.getBoolean("ok"), response.toString());
        assertEquals(expected.name(), response.getJsonObject("error").getString("code"), response.toString());
    }
}
