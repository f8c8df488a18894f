package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.RecorderFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time-range access on the media port and evidence locks on the control port, against a recorder recording a
 * simulated camera (25 fps, keyframe every second) for about 3 s, paused for about 3 s, then recording again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingsAccessIT {

    private static final String CAMERA = "access-1";

    private RecorderFixture fixture;
    private Instant recordingStarted;
    private Instant pausedAt;
    private Instant resumedAt;

    @BeforeAll
    void recordWithAPause() throws Exception {
        fixture = new RecorderFixture();
        CameraConfiguration camera = camera(CAMERA, fixture.simulator.url("cam1"), RecordingMode.ALWAYS, true);
        recordingStarted = Instant.now();
        fixture.apply(camera);
        Await.until("three seconds recorded", PATIENCE, () -> fixture.status(CAMERA).framesReceived() >= 75);
        fixture.apply(withMode(camera, RecordingMode.OFF));
        pausedAt = Instant.now();
        Await.until("a three-second pause", PATIENCE, () -> Instant.now().isAfter(pausedAt.plusSeconds(3)));
        resumedAt = Instant.now();
        fixture.apply(camera);
        long framesAtResume = fixture.status(CAMERA).framesReceived();
        Await.until("two more seconds recorded", PATIENCE,
                () -> fixture.status(CAMERA).framesReceived() >= framesAtResume + 50);
    }

    @AfterAll
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theRecordingsListShowsTheSpansAndTheGapWhileRecordingWasOff() throws Exception {
        Instant from = recordingStarted.minusSeconds(5);
        Instant to = Instant.now().plusSeconds(1);

        HttpResponse<String> response = get("/recordings/" + CAMERA, from, to, ticket());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject listing = json(response.body());
        JsonArray spans = listing.getJsonArray("spans");
        assertEquals(2, spans.size(), listing.toString());
        Instant firstEnd = Instant.parse(spans.getJsonObject(0).getString("to"));
        Instant secondStart = Instant.parse(spans.getJsonObject(1).getString("from"));
        assertTrue(!firstEnd.isAfter(pausedAt.plusMillis(200)), "first span ends when recording was switched off");
        assertTrue(!secondStart.isBefore(resumedAt), "second span starts after recording was switched on");
        Duration gap = Duration.between(firstEnd, secondStart);
        assertTrue(gap.compareTo(Duration.ofMillis(2900)) > 0 && gap.compareTo(Duration.ofSeconds(6)) < 0,
                "gap " + gap);
        JsonArray gaps = listing.getJsonArray("gaps");
        assertEquals(3, gaps.size(), "before, between and after the spans: " + gaps);
        assertEquals(firstEnd.toString(), gaps.getJsonObject(1).getString("from"));
    }

    @Test
    void anExportIsOneMp4OfTheRangeCutAtKeyframesWithTheDurationFfprobeReports() throws Exception {
        JsonObject firstSpan = json(get("/recordings/" + CAMERA, recordingStarted.minusSeconds(5), Instant.now(),
                ticket()).body()).getJsonArray("spans").getJsonObject(0);
        Instant from = Instant.parse(firstSpan.getString("from")).plusMillis(500);
        Instant to = from.plusSeconds(2);

        HttpResponse<Path> response = HttpClient.newHttpClient().send(request("/export/" + CAMERA, from, to,
                ticket()), HttpResponse.BodyHandlers.ofFile(Files.createTempFile("export", ".mp4")));

        assertEquals(200, response.statusCode());
        assertEquals("video/mp4", response.headers().firstValue("Content-Type").orElseThrow());
        Path export = response.body();
        Instant exportStart = Instant.parse(response.headers().firstValue("X-Argus-Export-Start").orElseThrow());
        Instant exportEnd = Instant.parse(response.headers().firstValue("X-Argus-Export-End").orElseThrow());
        assertFalse(exportStart.isAfter(from), "starts at the keyframe at or before \"from\"");
        assertTrue(Duration.between(exportStart, from).toMillis() < 1100, "at most one GOP earlier");
        assertFalse(exportEnd.isBefore(to), "covers the whole range");
        double expectedSeconds = Duration.between(exportStart, exportEnd).toMillis() / 1000.0;
        assertEquals(expectedSeconds, Ffprobe.formatDuration(export), 0.05);
        Ffprobe.VideoReport report = Ffprobe.probe(export);
        assertEquals(1280, report.width());
        assertEquals(expectedSeconds * 25, report.frames(), 2);
        assertTrue(Ffprobe.packetKeyframes(export).get(0), "the first frame is a keyframe");
        assertEquals("", Ffprobe.decodeErrors(export));
        Files.delete(export);
    }

    @Test
    void badRangesAreRefusedWith400AndAJsonError() throws Exception {
        Instant now = Instant.now();
        for (String path : List.of("/recordings/", "/export/")) {
            assertBadRequest(get(path + CAMERA, now, now, ticket()), "after");
            assertBadRequest(get(path + CAMERA, now, now.minusSeconds(60), ticket()), "after");
            assertBadRequest(get(path + CAMERA, now.minus(Duration.ofHours(25)), now, ticket()), "24 hours");
            assertBadRequest(fixture.httpGet(path + CAMERA + "?from=yesterday&to=" + now + "&ticket=" + ticket()),
                    "ISO-8601");
            assertBadRequest(fixture.httpGet(path + CAMERA + "?ticket=" + ticket()), "required");
        }
    }

    @Test
    void aBadTicketIsRefusedWith403() throws Exception {
        Instant now = Instant.now();
        String otherCamera = MediaTicket.issue(fixture.ticketKey, "other", "operator", now.plusSeconds(60));
        String wrongKey = MediaTicket.issue(new byte[32], CAMERA, "operator", now.plusSeconds(60));
        for (String path : List.of("/recordings/", "/export/")) {
            for (String ticket : List.of(otherCamera, wrongKey, "garbage")) {
                HttpResponse<String> response = get(path + CAMERA, now.minusSeconds(60), now, ticket);
                assertEquals(403, response.statusCode(), path + " " + response.body());
                assertTrue(json(response.body()).containsKey("error"));
            }
        }
    }

    @Test
    void aTicketForAnotherPurposeIsRefusedWith403() throws Exception {
        Instant now = Instant.now();
        String live = MediaTicket.issue(fixture.ticketKey, Purpose.LIVE, CAMERA, "guard", now.plusSeconds(60));
        String playback = MediaTicket.issue(fixture.ticketKey, Purpose.PLAYBACK, CAMERA, "guard", now.plusSeconds(60));

        assertEquals(403, get("/recordings/" + CAMERA, now.minusSeconds(60), now, live).statusCode());
        assertEquals(403, get("/export/" + CAMERA, now.minusSeconds(60), now, live).statusCode());
        HttpResponse<String> exportWithPlayback = get("/export/" + CAMERA, recordingStarted, pausedAt, playback);
        assertEquals(403, exportWithPlayback.statusCode());
        assertTrue(json(exportWithPlayback.body()).getString("error").contains("playback"));
        assertEquals(200, get("/recordings/" + CAMERA, now.minusSeconds(60), now, playback).statusCode());
    }

    @Test
    void aPlaybackTicketGetsShortInlineClipsThatTheWebClientMayFetchFromAnotherOrigin() throws Exception {
        String playback = MediaTicket.issue(fixture.ticketKey, Purpose.PLAYBACK, CAMERA, "viewer",
                Instant.now().plusSeconds(60));
        JsonObject firstSpan = json(get("/recordings/" + CAMERA, recordingStarted.minusSeconds(5), Instant.now(),
                playback).body()).getJsonArray("spans").getJsonObject(0);
        Instant from = Instant.parse(firstSpan.getString("from"));

        HttpResponse<byte[]> clip = HttpClient.newHttpClient().send(request("/playback/" + CAMERA, from,
                from.plusSeconds(2), playback), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, clip.statusCode());
        assertEquals("video/mp4", clip.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(clip.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        assertEquals("*", clip.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(clip.body().length > 1000);
        HttpResponse<String> tooLong = get("/playback/" + CAMERA, from, from.plus(Duration.ofMinutes(6)), playback);
        assertEquals(400, tooLong.statusCode());
        assertTrue(json(tooLong.body()).getString("error").contains("export"));
    }

    @Test
    void aKeyframeClipHoldsOneFramePerGopAndMaySpanAnHour() throws Exception {
        String playback = MediaTicket.issue(fixture.ticketKey, Purpose.PLAYBACK, CAMERA, "viewer",
                Instant.now().plusSeconds(60));
        Instant from = recordingStarted.minusSeconds(30 * 60);
        Instant to = Instant.now().plusSeconds(20 * 60);
        Path clip = Files.createTempFile("keyframes", ".mp4");

        HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                request("/playback/" + CAMERA, from, to, playback).uri() + "&keyframes=true")).build(),
                HttpResponse.BodyHandlers.ofFile(clip));

        assertEquals(200, response.statusCode());
        List<Boolean> keyframes = Ffprobe.packetKeyframes(clip);
        assertTrue(keyframes.size() >= 3 && keyframes.stream().allMatch(key -> key), "keyframes only: " + keyframes);
        assertEquals("", Ffprobe.decodeErrors(clip));
        Files.delete(clip);
        HttpResponse<String> tooLong = fixture.httpGet("/playback/" + CAMERA + "?from=" + from + "&to="
                + from.plus(Duration.ofMinutes(61)) + "&keyframes=true&ticket=" + playback);
        assertBadRequest(tooLong, "keyframe clip");
    }

    @Test
    void aSnapshotIsTheRecordedFrameOnScreenAtTheInstant() throws Exception {
        String playback = MediaTicket.issue(fixture.ticketKey, Purpose.PLAYBACK, CAMERA, "viewer",
                Instant.now().plusSeconds(60));
        JsonObject firstSpan = json(get("/recordings/" + CAMERA, recordingStarted.minusSeconds(5), Instant.now(),
                playback).body()).getJsonArray("spans").getJsonObject(0);
        Instant at = Instant.parse(firstSpan.getString("from")).plusMillis(1530);

        HttpResponse<byte[]> snapshot = snapshot(at, playback);

        assertEquals(200, snapshot.statusCode(), new String(snapshot.body(), StandardCharsets.UTF_8));
        assertEquals("image/jpeg", snapshot.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage still = ImageIO.read(new ByteArrayInputStream(snapshot.body()));
        assertEquals(1280, still.getWidth());
        Instant frameTime = Instant.parse(snapshot.headers().firstValue("X-Argus-Frame-Time").orElseThrow());
        assertFalse(frameTime.isAfter(at), "the frame on screen at the instant, not a later one");
        assertTrue(Duration.between(frameTime, at).toMillis() < 45, "within one frame interval: " + frameTime);
        // Independent check: ffmpeg decodes the same instant out of an export of the GOP around it.
        HttpResponse<Path> export = HttpClient.newHttpClient().send(request("/export/" + CAMERA, at.minusSeconds(1),
                at.plusSeconds(1), ticket()), HttpResponse.BodyHandlers.ofFile(Files.createTempFile("gop", ".mp4")));
        Instant exportStart = Instant.parse(export.headers().firstValue("X-Argus-Export-Start").orElseThrow());
        int frameIndex = (int) Math.round(Duration.between(exportStart, frameTime).toMillis() / 40.0);
        double sameFrame = meanDifference(still, Ffprobe.frame(export.body(), frameIndex));
        double frameBefore = meanDifference(still, Ffprobe.frame(export.body(), frameIndex - 1));
        double frameAfter = meanDifference(still, Ffprobe.frame(export.body(), frameIndex + 1));
        Files.delete(export.body());
        assertTrue(sameFrame < 4, "differs from ffmpeg's frame only by JPEG loss: " + sameFrame);
        assertTrue(Math.min(frameBefore, frameAfter) > 2 * sameFrame,
                "and clearly from the neighbouring frames: " + frameBefore + ", " + frameAfter);
    }

    @Test
    void aSnapshotOutsideTheRecordingsOrWithoutAPlaybackTicketIsRefused() throws Exception {
        String playback = MediaTicket.issue(fixture.ticketKey, Purpose.PLAYBACK, CAMERA, "viewer",
                Instant.now().plusSeconds(60));
        String live = MediaTicket.issue(fixture.ticketKey, Purpose.LIVE, CAMERA, "viewer",
                Instant.now().plusSeconds(60));
        Instant duringThePause = pausedAt.plusMillis(1500);

        assertEquals(404, snapshot(duringThePause, playback).statusCode());
        assertEquals(404, snapshot(recordingStarted.minusSeconds(3600), playback).statusCode());
        assertEquals(403, snapshot(resumedAt.plusSeconds(1), live).statusCode());
        HttpResponse<String> malformed = fixture.httpGet("/snapshot/" + CAMERA + "?at=noon&ticket=" + playback);
        assertBadRequest(malformed, "ISO-8601");
    }

    @Test
    void evidenceLocksAreTakenAndReleasedOverTheControlProtocol() throws Exception {
        JsonObject lock = Json.createObjectBuilder().add("lockId", "case-42").add("cameraId", CAMERA)
                .add("from", recordingStarted.toString()).add("to", pausedAt.toString()).build();

        JsonObject locked = fixture.control.request(Frames.CMD_LOCK_RANGE, lock);

        assertTrue(locked.getBoolean("ok"), locked.toString());
        assertTrue(Files.readString(fixture.storage.resolve(".recorder/evidence-locks.json")).contains("case-42"));
        JsonObject backwards = fixture.control.request(Frames.CMD_LOCK_RANGE, Json.createObjectBuilder(lock)
                .add("lockId", "case-43").add("to", recordingStarted.minusSeconds(1).toString()).build());
        assertEquals("INVALID_ARGUMENT", backwards.getJsonObject("error").getString("code"));
        assertFalse(Files.readString(fixture.storage.resolve(".recorder/evidence-locks.json")).contains("case-43"));

        JsonObject released = fixture.control.request(Frames.CMD_UNLOCK_RANGE,
                Json.createObjectBuilder().add("lockId", "case-42").build());
        assertTrue(released.getJsonObject("body").getBoolean("released"), released.toString());
        assertFalse(Files.readString(fixture.storage.resolve(".recorder/evidence-locks.json")).contains("case-42"));
    }

    private void assertBadRequest(HttpResponse<String> response, String messagePart) {
        assertEquals(400, response.statusCode(), response.body());
        String error = json(response.body()).getString("error");
        assertTrue(error.contains(messagePart), error);
    }

    private String ticket() {
        return MediaTicket.issue(fixture.ticketKey, Purpose.EXPORT, CAMERA, "operator", Instant.now().plusSeconds(60));
    }

    private HttpRequest request(String path, Instant from, Instant to, String ticket) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.recorder.mediaPort() + path
                + "?from=" + from + "&to=" + to + "&ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8)))
                .build();
    }

    private HttpResponse<byte[]> snapshot(Instant at, String ticket) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + fixture.recorder.mediaPort() + "/snapshot/" + CAMERA + "?at=" + at + "&ticket="
                + URLEncoder.encode(ticket, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Mean absolute difference of the two images' RGB channels (0: identical, 255: inverse). */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * (a.getWidth() / 2) * (a.getHeight() / 2));
    }

    private HttpResponse<String> get(String path, Instant from, Instant to, String ticket) throws Exception {
        return HttpClient.newHttpClient().send(request(path, from, to, ticket), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static CameraConfiguration withMode(CameraConfiguration camera, RecordingMode mode) {
        return new CameraConfiguration(camera.cameraId(), camera.name(), camera.streamUrl(), camera.username(),
                camera.password(), mode, camera.enabled());
    }
}
