package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessagesTest {

    private final CameraConfiguration camera = new CameraConfiguration("cam-1", "Lobby",
            URI.create("rtsp://10.0.0.5:554/stream1"), "viewer", "s3cret!", RecordingMode.ALWAYS, true);

    @Test
    void cameraConfigurationRoundTrips() throws ProtocolException {
        assertEquals(camera, CameraConfiguration.fromJson(camera.toJson()));
    }

    @Test
    void retentionLimitsAreOptionalAndRoundTrip() throws ProtocolException {
        CameraConfiguration limited = new CameraConfiguration("cam-1", "Lobby", camera.streamUrl(), null, null,
                RecordingMode.ALWAYS, true, 48, 2048L);

        assertEquals(limited, CameraConfiguration.fromJson(limited.toJson()));
        assertEquals(48, limited.toJson().getInt("retentionHours"));
        assertFalse(camera.toJson().containsKey("retentionHours"), "absent when unlimited");
        assertEquals(null, CameraConfiguration.fromJson(camera.toJson()).retentionMegabytes());
    }

    @Test
    void nonPositiveOrFractionalRetentionIsRefused() {
        var base = camera.toJson();
        assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(base).add("retentionHours", 0).build()));
        assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(base).add("retentionMegabytes", 1.5).build()));
        assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(base).add("retentionHours", "many").build()));
    }

    @Test
    void cameraPasswordNeverAppearsInToString() {
        assertFalse(camera.toString().contains("s3cret!"));
    }

    @Test
    void cameraConfigurationRefusesBadInput() {
        var base = camera.toJson();
        assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(base).add("streamUrl", "http://example/stream").build()));
        assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(base).add("streamUrl", "rtsp://user:pw@host/stream").build()));
        assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(base).add("recordingMode", "SOMETIMES").build()));
        assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(
                Json.createObjectBuilder(base).remove("cameraId").build()));
    }

    @Test
    void anUnparsableStreamUrlIsRejectedWithoutEchoingItsCredentials() {
        var json = Json.createObjectBuilder(camera.toJson()).add("streamUrl", "rtsp://admin:s3cret!@host/a b").build();

        ProtocolException error = assertThrows(ProtocolException.class, () -> CameraConfiguration.fromJson(json));

        assertEquals(ErrorCode.INVALID_ARGUMENT, error.code());
        assertFalse(error.getMessage().contains("s3cret!"), error.getMessage());
    }

    @Test
    void eventRoundTripsWithAttributes() throws ProtocolException {
        RecorderEvent event = new RecorderEvent("rec-1", 7, RecorderEvent.CAMERA_CONNECTED, "cam-1",
                Instant.parse("2026-11-25T10:15:30.123Z"), Map.of("resolution", "1280x720"));
        assertEquals(event, RecorderEvent.fromJson(Frames.event(event)));
    }

    @Test
    void eventWithNonStringAttributeIsRejected() {
        var json = Json.createObjectBuilder().add("recorderId", "r").add("seq", 1).add("eventType", "x")
                .add("time", "2026-11-25T10:15:30Z").add("attributes", Json.createObjectBuilder().add("n", 5)).build();
        assertThrows(ProtocolException.class, () -> RecorderEvent.fromJson(json));
    }

    @Test
    void statusAndRegistrationRoundTrip() throws ProtocolException {
        RecorderStatus status = new RecorderStatus("rec-1", "0.1.0",
                List.of(new CameraStatus("cam-1", "STREAMING", 250, 1_000_000, null, true, "UDP")));
        assertEquals(status, RecorderStatus.fromJson(status.toJson()));
        RecorderRegistration registration = new RecorderRegistration("rec-1", "Recorder 1", "127.0.0.1", 9001,
                "http://127.0.0.1:7563", "0.1.0");
        assertEquals(registration, RecorderRegistration.fromJson(Frames.recorderHello(registration)));
    }

    @Test
    void aCameraStatusWithoutRecordingIsFromAnOlderRecorderAndAWrongTypeIsRefused() throws ProtocolException {
        JsonObject older = Json.createObjectBuilder().add("cameraId", "cam-1").add("state", "STREAMING")
                .add("framesReceived", 1).add("bytesWritten", 2).build();
        assertNull(CameraStatus.fromJson(older).recording());
        JsonObject wrong = Json.createObjectBuilder(older).add("recording", "yes").build();
        assertThrows(ProtocolException.class, () -> CameraStatus.fromJson(wrong));
    }

    @Test
    void registrationWithPortOutOfRangeIsRejected() {
        var json = Json.createObjectBuilder(new RecorderRegistration("r", "n", "h", 1, "u", "v").toJson())
                .add("controlPort", 70000).build();
        assertThrows(ProtocolException.class, () -> RecorderRegistration.fromJson(json));
    }
}
