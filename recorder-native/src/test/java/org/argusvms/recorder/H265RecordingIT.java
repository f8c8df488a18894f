package org.argusvms.recorder;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.protocol.RecorderEvent;
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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.argusvms.recorder.testing.RecorderFixture.disabled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An H.265 camera (the simulator's libx265 clip, RFC 7798 over RTSP) recorded for about four seconds, then checked
 * the way a user would: segments, an export, keyframe clips, playback clips transcoded for browsers without HEVC and
 * snapshots, all with ffprobe or an image decoder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H265RecordingIT {

    private static final String CAMERA = "hevc-1";

    private RecorderFixture fixture;
    private Instant recordingStarted;
    private CameraStatus stopped;

    @BeforeAll
    void recordFourSeconds() throws Exception {
        fixture = new RecorderFixture();
        CameraConfiguration camera = camera(CAMERA, fixture.simulator.url(RecorderFixture.H265_CAMERA),
                RecordingMode.ALWAYS, true);
        recordingStarted = Instant.now();
        fixture.apply(camera);
        Await.until("four seconds recorded", PATIENCE, () -> fixture.status(CAMERA).framesReceived() >= 100);
        stopped = fixture.apply(disabled(camera));
    }

    @AfterAll
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void everyReceivedFrameReachesHevcSegmentsThatDecode() throws Exception {
        List<Path> segments = fixture.segmentFiles(CAMERA);
        assertFalse(segments.isEmpty());
        long frames = 0;
        for (Path segment : segments) {
            Ffprobe.VideoReport report = Ffprobe.probe(segment);
            assertEquals("hevc", report.codec());
            assertEquals(1280, report.width());
            assertEquals(720, report.height());
            assertEquals("", Ffprobe.decodeErrors(segment));
            frames += report.frames();
        }
        assertEquals(stopped.framesReceived(), frames, "every frame received reached the disk");
        RecorderEvent connected = fixture.management.events(RecorderEvent.CAMERA_CONNECTED, CAMERA).get(0);
        assertTrue(connected.attributes().get("codec").startsWith("hvc1.1.6.L"), connected.attributes().toString());
        assertEquals("720", connected.attributes().get("height"));
    }

    @Test
    void anExportIsAnHevcMp4WithOneFramePerFramePeriod() throws Exception {
        Instant from = firstFrameTime().plusMillis(500);

        HttpResponse<Path> response = fixture.download(range("/export/", from, from.plusSeconds(2), Purpose.EXPORT));

        assertEquals(200, response.statusCode());
        Path export = response.body();
        Instant exportStart = Instant.parse(response.headers().firstValue("X-Argus-Export-Start").orElseThrow());
        Instant exportEnd = Instant.parse(response.headers().firstValue("X-Argus-Export-End").orElseThrow());
        double expectedSeconds = Duration.between(exportStart, exportEnd).toMillis() / 1000.0;
        Ffprobe.VideoReport report = Ffprobe.probe(export);
        assertEquals("hevc", report.codec());
        assertEquals(expectedSeconds * 25, report.frames(), 2);
        assertEquals(expectedSeconds, Ffprobe.formatDuration(export), 0.05);
        assertTrue(Ffprobe.packetKeyframes(export).get(0), "the first frame is a keyframe");
        assertEquals("", Ffprobe.decodeErrors(export));
    }

    @Test
    void aKeyframeClipHoldsOnlyKeyframesThatDecode() throws Exception {
        Instant from = recordingStarted.minusSeconds(60);

        HttpResponse<Path> response = fixture.download(range("/playback/", from, Instant.now(), Purpose.PLAYBACK)
                + "&keyframes=true");

        assertEquals(200, response.statusCode());
        List<Boolean> keyframes = Ffprobe.packetKeyframes(response.body());
        assertTrue(keyframes.size() >= 3 && keyframes.stream().allMatch(key -> key), "keyframes only: " + keyframes);
        assertEquals("hevc", Ffprobe.probe(response.body()).codec());
        assertEquals("", Ffprobe.decodeErrors(response.body()));
    }

    @Test
    void aPlaybackClipForABrowserWithoutHevcIsTranscodedToH264OnTheRecordedTimeline() throws Exception {
        Instant from = firstFrameTime().plusMillis(500);
        String clip = range("/playback/", from, from.plusSeconds(3), Purpose.PLAYBACK);

        HttpResponse<Path> recorded = fixture.download(clip + "&codecs=avc1,hvc1");
        HttpResponse<Path> transcoded = fixture.download(clip + "&codecs=avc1");

        assertEquals(200, recorded.statusCode());
        assertEquals("hevc", Ffprobe.probe(recorded.body()).codec(), "a browser that plays HEVC gets the recording");
        assertTrue(recorded.headers().firstValue("X-Argus-Transcoded").isEmpty());
        assertEquals(200, transcoded.statusCode());
        assertEquals("h264", transcoded.headers().firstValue("X-Argus-Transcoded").orElseThrow());
        assertEquals(recorded.headers().firstValue("X-Argus-Export-Start"),
                transcoded.headers().firstValue("X-Argus-Export-Start"), "the same timeline, from the same keyframe");
        Instant start = Instant.parse(transcoded.headers().firstValue("X-Argus-Export-Start").orElseThrow());
        Instant end = Instant.parse(transcoded.headers().firstValue("X-Argus-Export-End").orElseThrow());
        double expectedSeconds = Duration.between(start, end).toMillis() / 1000.0;
        Ffprobe.VideoReport report = Ffprobe.probe(transcoded.body());
        assertEquals("h264", report.codec());
        assertEquals(1280, report.width());
        assertEquals(720, report.height());
        assertEquals(expectedSeconds * 25, report.frames(), 2, "every recorded frame, re-encoded");
        assertEquals(expectedSeconds, Ffprobe.formatDuration(transcoded.body()), 0.1);
        assertTrue(Ffprobe.packetKeyframes(transcoded.body()).get(0), "the first frame is a keyframe");
        assertEquals("", Ffprobe.decodeErrors(transcoded.body()));
    }

    @Test
    void aTranscodedKeyframeClipIsAllKeyframes() throws Exception {
        HttpResponse<Path> response = fixture.download(range("/playback/", recordingStarted.minusSeconds(60),
                Instant.now(), Purpose.PLAYBACK) + "&keyframes=true&codecs=avc1");

        assertEquals(200, response.statusCode());
        assertEquals("h264", Ffprobe.probe(response.body()).codec());
        List<Boolean> keyframes = Ffprobe.packetKeyframes(response.body());
        assertTrue(keyframes.size() >= 3 && keyframes.stream().allMatch(key -> key), "keyframes only: " + keyframes);
        assertEquals("", Ffprobe.decodeErrors(response.body()));
    }

    @Test
    void aSnapshotDecodesTheHevcFrameToAJpeg() throws Exception {
        Instant at = firstFrameTime().plusMillis(1530);
        String ticket = ticket(Purpose.PLAYBACK);

        HttpResponse<Path> snapshot = fixture.download("/snapshot/" + CAMERA + "?at=" + at + "&ticket=" + ticket);

        assertEquals(200, snapshot.statusCode());
        assertEquals("image/jpeg", snapshot.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage still = ImageIO.read(snapshot.body().toFile());
        assertEquals(1280, still.getWidth());
        assertEquals(720, still.getHeight());
        Instant frameTime = Instant.parse(snapshot.headers().firstValue("X-Argus-Frame-Time").orElseThrow());
        assertTrue(Duration.between(frameTime, at).toMillis() < 45, "within one frame interval: " + frameTime);
    }

    /** The start of the first recorded span, from the recordings listing. */
    private Instant firstFrameTime() throws Exception {
        String listing = fixture.httpGet(range("/recordings/", recordingStarted.minusSeconds(5), Instant.now(),
                Purpose.PLAYBACK)).body();
        int from = listing.indexOf("\"from\":\"", listing.indexOf("\"spans\"")) + 8;
        return Instant.parse(listing.substring(from, listing.indexOf('"', from)));
    }

    private String range(String path, Instant from, Instant to, Purpose purpose) {
        return path + CAMERA + "?from=" + from + "&to=" + to + "&ticket=" + ticket(purpose);
    }

    private String ticket(Purpose purpose) {
        return URLEncoder.encode(MediaTicket.issue(fixture.ticketKey, purpose, CAMERA, "operator",
                Instant.now().plusSeconds(60)), StandardCharsets.UTF_8);
    }
}
