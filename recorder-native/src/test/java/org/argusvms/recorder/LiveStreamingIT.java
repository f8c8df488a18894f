package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.LiveClient;
import org.argusvms.recorder.testing.Mp4Boxes;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live viewers on the media port: tickets, the init message, the GOP cache, and what a browser can play. */
class LiveStreamingIT extends RecorderFixtureTest {

    @Test
    void aViewerStartsWithTheInitSegmentAndAKeyframeWithinASecond() throws Exception {
        fixture.apply(camera("live-1", fixture.simulator.url("cam2"), RecordingMode.OFF, true));
        Await.until("streaming, mid-GOP", PATIENCE, () -> fixture.status("live-1").framesReceived() > 30);
        String ticket = MediaTicket.issue(fixture.ticketKey, "live-1", "operator", Instant.now().plusSeconds(60));

        long opened = System.nanoTime();
        try (LiveClient viewer = LiveClient.open(fixture.liveUri("live-1", ticket))) {
            Await.until("init and a first fragment", Duration.ofSeconds(1), () -> viewer.binaries.size() >= 2);
            long firstFragmentMillis = (System.nanoTime() - opened) / 1_000_000;
            Await.until("a second of video", PATIENCE, () -> viewer.binaries.size() >= 26);
            viewer.close();

            JsonObject init = Json.createReader(new StringReader(viewer.texts.get(0))).readObject();
            assertEquals("init", init.getString("type"));
            assertTrue(init.getString("mime").matches("video/mp4; codecs=\"avc1\\.[0-9a-f]{6}\""));
            assertEquals(1280, init.getInt("width"));
            assertEquals(720, init.getInt("height"));
            assertEquals(List.of("ftyp", "moov"), boxTypes(viewer.binaries.get(0)));
            Mp4Boxes.Box firstTrun = Mp4Boxes.parse(viewer.binaries.get(1)).get(0).find("traf", "trun");
            assertEquals(0, firstTrun.u32(12 + 8) & 0x00010000, "the first fragment is a keyframe");
            assertTrue(firstFragmentMillis < 1000, "first fragment after " + firstFragmentMillis + " ms");
            Path received = fixture.storage.resolve("live-1.mp4");
            Files.write(received, viewer.concatenatedBinary());
            Ffprobe.VideoReport report = Ffprobe.probe(received);
            assertEquals("h264", report.codec());
            assertEquals(viewer.binaries.size() - 1, report.frames(), "one frame per fragment");
            assertEquals("", Ffprobe.decodeErrors(received));
        } finally {
            fixture.remove("live-1");
        }
    }

    @Test
    void requestsWithoutAValidTicketAreRefusedBeforeTheUpgrade() throws Exception {
        byte[] key = fixture.ticketKey;
        fixture.apply(camera("guarded-1", fixture.simulator.url("cam3"), RecordingMode.OFF, true));
        Instant inAMinute = Instant.now().plusSeconds(60);
        List<String> badTickets = List.of(
                MediaTicket.issue(key, "other", "operator", inAMinute),
                MediaTicket.issue(key, "guarded-1", "operator", Instant.now().minusSeconds(1)),
                MediaTicket.issue(new byte[32], "guarded-1", "operator", inAMinute),
                MediaTicket.issue(key, MediaTicket.Purpose.EXPORT, "guarded-1", "operator", inAMinute),
                "garbage");
        try {
            for (String ticket : badTickets) {
                ExecutionException refused = assertThrows(ExecutionException.class,
                        () -> LiveClient.open(fixture.liveUri("guarded-1", ticket)));
                assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
            }
            assertEquals(403, fixture.httpGet("/live/guarded-1").statusCode(), "no ticket");
            String forUnknown = MediaTicket.issue(key, "unknown-cam", "operator", inAMinute);
            assertEquals(404, fixture.httpGet("/live/unknown-cam?ticket=" + forUnknown).statusCode());
            String valid = MediaTicket.issue(key, "guarded-1", "operator", inAMinute);
            assertEquals(426, fixture.httpGet("/live/guarded-1?ticket=" + valid).statusCode(), "not a WebSocket");
        } finally {
            fixture.remove("guarded-1");
        }
    }

    @Test
    void liveIsUnavailableUntilTheManagementServerSentTheTicketKey(@TempDir Path storage) throws Exception {
        try (ServerSocket silentManagement = new ServerSocket(0);
             Recorder unregistered = RecorderFixture.startRecorder(storage, silentManagement.getLocalPort())) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + unregistered.mediaPort() + "/live/cam?ticket=x")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(503, response.statusCode());
        }
    }

    @Test
    void healthListsCamerasWithoutSecrets() throws Exception {
        fixture.apply(new CameraConfiguration("health-1", "Back door", URI.create("rtsp://127.0.0.1:9/none"),
                "admin", "Sup3rSecret", RecordingMode.OFF, false));
        try {
            HttpResponse<String> response = fixture.httpGet("/health");

            assertEquals(200, response.statusCode());
            assertFalse(response.body().contains("Sup3rSecret"));
            JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
            assertEquals("rec-1", health.getString("recorderId"));
            assertTrue(health.getBoolean("managementConnected"));
            assertTrue(health.getJsonArray("cameras").stream().map(JsonValue::asJsonObject).anyMatch(
                    camera -> camera.getString("cameraId").equals("health-1")
                            && camera.getString("state").equals("DISABLED")));
        } finally {
            fixture.remove("health-1");
        }
    }

    private static List<String> boxTypes(byte[] data) {
        return Mp4Boxes.parse(data).stream().map(Mp4Boxes.Box::type).toList();
    }
}
