package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.protocol.SecondaryStreamStatus;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.LiveClient;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.argusvms.simulator.fault.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A camera's second stream for live viewing (docs/design/live-streaming.md, "Second stream"): recording keeps the
 * primary, viewers asking for {@code stream=secondary} get the sub stream while it streams and the primary otherwise,
 * and its outages are no device failures.
 */
class SecondStreamIT extends RecorderFixtureTest {

    private static final String USER = "onvif-user";
    private static final String PASSWORD = "onvif-secret";

    private CameraSimulator onvifCameras;

    @BeforeAll
    void startOnvifCameras() throws IOException {
        onvifCameras = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(1).size(640, 360)
                .bitrateKbps(600).credentials(USER, PASSWORD).onvifPort(0).build());
    }

    @AfterAll
    void stopOnvifCameras() {
        onvifCameras.stop();
    }

    @Test
    void recordsThePrimaryWhileViewersOfTheSecondaryGetTheSubStream() throws Exception {
        String cameraId = "two-streams";
        fixture.apply(withSubStream(cameraId, "cam1", RecordingMode.ALWAYS));
        awaitSecondStream(cameraId, true);

        Viewed secondary = watch(cameraId, "&stream=secondary");
        Viewed primary = watch(cameraId, "&stream=primary");
        Viewed unspecified = watch(cameraId, "");
        SecondaryStreamStatus reported = fixture.status(cameraId).secondaryStream();
        fixture.remove(cameraId);

        assertEquals(List.of("secondary", 640, 360), secondary.init(), "the sub stream's init");
        assertEquals(List.of("h264", 640, 360), secondary.frames());
        assertEquals(List.of("primary", 1280, 720), primary.init());
        assertEquals(List.of("h264", 1280, 720), primary.frames());
        assertEquals(List.of("primary", 1280, 720), unspecified.init(), "existing clients keep the primary");
        assertEquals(new SecondaryStreamStatus("STREAMING", 640, 360, 0), reported, "what the management server shows");
        List<Path> segments = fixture.segmentFiles(cameraId);
        assertFalse(segments.isEmpty());
        Ffprobe.VideoReport recorded = Ffprobe.probe(segments.get(0));
        assertEquals(List.of(1280, 720), List.of(recorded.width(), recorded.height()), "recording keeps the primary");
    }

    @Test
    void aLostSecondStreamGivesNewViewersThePrimaryAndReconnectsWithoutDeviceFailureEvents() throws Exception {
        String cameraId = "sub-outage";
        fixture.apply(withSubStream(cameraId, "cam2", RecordingMode.OFF));
        awaitSecondStream(cameraId, true);
        fixture.awaitConnections(cameraId, 1);

        fixture.simulator.faults("cam2/sub").inject(Fault.DISCONNECT);
        awaitSecondStream(cameraId, false);
        Viewed duringOutage = watch(cameraId, "&stream=secondary");
        fixture.simulator.faults("cam2/sub").clear(Fault.DISCONNECT);
        Await.until("the second stream reconnected", PATIENCE, () -> secondStream(cameraId).getBoolean("connected")
                && secondStream(cameraId).getInt("reconnects") >= 1);
        Viewed afterwards = watch(cameraId, "&stream=secondary");
        int disconnections = fixture.disconnections(cameraId);
        int connections = fixture.management.events(RecorderEvent.CAMERA_CONNECTED, cameraId).size();
        fixture.remove(cameraId);

        assertEquals(List.of("primary", 1280, 720), duringOutage.init(), "the primary, not an error");
        assertEquals(List.of("secondary", 640, 360), afterwards.init());
        assertEquals(0, disconnections, "no camera.disconnected for the second stream");
        assertEquals(1, connections, "nor camera.connected");
    }

    @Test
    void changingTheSecondStreamReconnectsOnlyItAndRecordingGoesOn() throws Exception {
        String cameraId = "sub-changed";
        CameraConfiguration withSub = withSubStream(cameraId, "cam4", RecordingMode.ALWAYS);
        fixture.apply(withSub);
        awaitSecondStream(cameraId, true);
        fixture.awaitConnections(cameraId, 1);

        fixture.apply(new CameraConfiguration(cameraId, cameraId, withSub.streamUrl(), null, null,
                RecordingMode.ALWAYS, true));
        Await.until("the second stream gone", PATIENCE,
                () -> !fixture.health(cameraId).orElseThrow().containsKey("secondaryStream"));
        Viewed withoutSecond = watch(cameraId, "&stream=secondary");
        fixture.apply(withSub);
        awaitSecondStream(cameraId, true);
        Viewed withSecondAgain = watch(cameraId, "&stream=secondary");
        int disconnections = fixture.disconnections(cameraId);
        int connections = fixture.management.events(RecorderEvent.CAMERA_CONNECTED, cameraId).size();
        fixture.remove(cameraId);

        assertEquals(List.of("primary", 1280, 720), withoutSecond.init());
        assertEquals(List.of("secondary", 640, 360), withSecondAgain.init());
        assertEquals(List.of(0, 1), List.of(disconnections, connections), "the recorded stream never reconnected");
    }

    @Test
    void aCameraWithoutSecondStreamGivesThePrimaryAndAnUnknownStreamIsABadRequest() throws Exception {
        String cameraId = "one-stream";
        fixture.apply(new CameraConfiguration(cameraId, cameraId, URI.create(fixture.simulator.url("cam3")), null,
                null, RecordingMode.OFF, true));
        Await.until("streaming", PATIENCE, () -> fixture.status(cameraId).framesReceived() > 5);

        Viewed asked = watch(cameraId, "&stream=secondary");
        int badRequest = fixture.httpGet("/live/" + cameraId + "?ticket=" + ticket(cameraId) + "&stream=tertiary")
                .statusCode();
        fixture.remove(cameraId);

        assertEquals(List.of("primary", 1280, 720), asked.init());
        assertEquals(400, badRequest);
    }

    @Test
    void anOnvifCamerasSecondStreamIsItsSecondProfile() throws Exception {
        String cameraId = "onvif-two-profiles";
        fixture.apply(new CameraConfiguration(cameraId, cameraId, null, USER, PASSWORD, RecordingMode.ALWAYS, true,
                null, null, TriggeredRecording.DEFAULTS, MotionSettings.OFF,
                URI.create(onvifCameras.onvifAddress("cam1")), null, RtspTransport.TCP, LiveStreamSource.SECONDARY,
                null));
        awaitSecondStream(cameraId, true);

        Viewed secondary = watch(cameraId, "&stream=secondary");
        Viewed primary = watch(cameraId, "&stream=primary");
        fixture.remove(cameraId);

        assertEquals(List.of("secondary", 320, 180), secondary.init());
        assertEquals(List.of("primary", 640, 360), primary.init());
        Ffprobe.VideoReport recorded = Ffprobe.probe(fixture.segmentFiles(cameraId).get(0));
        assertEquals(List.of(640, 360), List.of(recorded.width(), recorded.height()));
    }

    private CameraConfiguration withSubStream(String cameraId, String simulatorCamera, RecordingMode mode) {
        return new CameraConfiguration(cameraId, cameraId, URI.create(fixture.simulator.url(simulatorCamera)), null,
                null, mode, true, null, null, TriggeredRecording.DEFAULTS, MotionSettings.OFF, null, null,
                RtspTransport.TCP, LiveStreamSource.SECONDARY, URI.create(fixture.simulator.subStreamUrl(
                        simulatorCamera)));
    }

    private void awaitSecondStream(String cameraId, boolean connected) {
        Await.until("second stream " + (connected ? "connected" : "down"), PATIENCE,
                () -> secondStream(cameraId).getBoolean("connected") == connected);
    }

    /** The camera's second stream in the recorder's /health, what an operator's monitoring reads. */
    private JsonObject secondStream(String cameraId) {
        return fixture.health(cameraId).orElseThrow().getJsonObject("secondaryStream");
    }

    /** What a viewer saw in a second of live video: the init message and the decoded fragments. */
    private record Viewed(List<Object> init, List<Object> frames) {
    }

    private Viewed watch(String cameraId, String query) throws Exception {
        try (LiveClient viewer = LiveClient.open(URI.create(fixture.liveUri(cameraId, ticket(cameraId)) + query))) {
            Await.until("a second of video", PATIENCE, () -> viewer.binaries.size() >= 26);
            viewer.close();
            JsonObject init;
            try (JsonReader reader = Json.createReader(new StringReader(viewer.texts.get(0)))) {
                init = reader.readObject();
            }
            Path received = Files.createTempFile(fixture.storage, "live", ".mp4");
            Files.write(received, viewer.concatenatedBinary());
            Ffprobe.VideoReport report = Ffprobe.probe(received);
            assertEquals("", Ffprobe.decodeErrors(received));
            return new Viewed(List.of(init.getString("stream"), init.getInt("width"), init.getInt("height")),
                    List.of(report.codec(), report.width(), report.height()));
        }
    }

    private String ticket(String cameraId) {
        return MediaTicket.issue(fixture.ticketKey, cameraId, "operator", Instant.now().plusSeconds(60));
    }
}
