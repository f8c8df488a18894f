package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.LiveClient;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live video of an H.265 camera: browsers without HEVC share one on-demand H.264 transcode, which runs only while
 * one of them watches (the camera's /health entry says so); a browser that declares HEVC gets the camera's stream.
 */
class H265LiveIT extends RecorderFixtureTest {

    private static final String CAMERA = "hevc-live";

    @BeforeEach
    void streamTheH265Camera() throws Exception {
        fixture.apply(camera(CAMERA, fixture.simulator.url(RecorderFixture.H265_CAMERA), RecordingMode.OFF, true));
        Await.until("streaming", PATIENCE, () -> fixture.status(CAMERA).framesReceived() > 10);
    }

    @Test
    void viewersWithoutHevcShareOneH264TranscodeThatStopsAfterTheLastLeaves() throws Exception {
        assertFalse(health().getBoolean("transcoding"), "no transcode before anyone watches");

        try (LiveClient first = LiveClient.open(liveUri(""));
             LiveClient second = LiveClient.open(liveUri("&codecs=avc1"))) {
            Await.until("two seconds of transcoded video for both", PATIENCE,
                    () -> first.binaries.size() >= 51 && second.binaries.size() >= 51);
            JsonObject watched = health();
            first.close();
            second.close();

            assertTrue(watched.getBoolean("transcoding"));
            assertEquals(2, watched.getInt("transcodedViewers"));
            assertEquals(1, watched.getInt("transcodesStarted"), "two viewers, one transcode");
            for (LiveClient viewer : new LiveClient[] {first, second}) {
                JsonObject init = json(viewer.texts.get(0));
                assertTrue(init.getString("mime").startsWith("video/mp4; codecs=\"avc1.42"), init.toString());
                assertEquals(1280, init.getInt("width"));
                Path received = Files.createTempFile(fixture.storage, "transcoded", ".mp4");
                Files.write(received, viewer.concatenatedBinary());
                Ffprobe.VideoReport report = Ffprobe.probe(received);
                assertEquals("h264", report.codec());
                assertEquals(720, report.height());
                assertEquals(viewer.binaries.size() - 1, report.frames(), "one frame per fragment");
                assertEquals("", Ffprobe.decodeErrors(received));
            }
        }
        Await.until("the transcode stopped after the last viewer left", PATIENCE,
                () -> !health().getBoolean("transcoding"));
        assertEquals(0, health().getInt("transcodedViewers"));
        assertTrue(fixture.status(CAMERA).framesReceived() > 50, "recording and ingest went on throughout");
    }

    @Test
    void aViewerWhoseBrowserPlaysHevcGetsTheCamerasOwnStream() throws Exception {
        try (LiveClient viewer = LiveClient.open(liveUri("&codecs=avc1,hvc1"))) {
            Await.until("a second of video", PATIENCE, () -> viewer.binaries.size() >= 26);
            viewer.close();

            JsonObject init = json(viewer.texts.get(0));
            assertTrue(init.getString("mime").startsWith("video/mp4; codecs=\"hvc1.1.6.L"), init.toString());
            Path received = Files.createTempFile(fixture.storage, "original", ".mp4");
            Files.write(received, viewer.concatenatedBinary());
            assertEquals("hevc", Ffprobe.probe(received).codec());
            assertEquals("", Ffprobe.decodeErrors(received));
        }
        assertEquals(0, health().getInt("transcodesStarted"), "no transcode for a viewer who plays HEVC");
    }

    private URI liveUri(String codecs) {
        String ticket = MediaTicket.issue(fixture.ticketKey, CAMERA, "operator", Instant.now().plusSeconds(60));
        return URI.create(fixture.liveUri(CAMERA, ticket) + codecs);
    }

    /** The camera's entry in the recorder's /health, what an operator's monitoring reads. */
    private JsonObject health() {
        try {
            return json(fixture.httpGet("/health").body()).getJsonArray("cameras").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(camera -> CAMERA.equals(camera.getString("cameraId")))
                    .findFirst().orElseThrow();
        } catch (Exception e) {
            throw new AssertionError("no health report", e);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
