package org.argusvms.recorder;

import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.RecorderFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Cameras with sound (the simulator's AAC and G.711 cameras) recorded for about five seconds, then checked with
 * ffprobe as a user would: the segments and an export hold the video and the audio track, with the camera's codec
 * and sample rate, and the audio lasts as long as the video; a ticket without the right to listen gets the video
 * alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AudioRecordingIT {

    private RecorderFixture fixture;
    private Instant recordingStarted;

    @BeforeAll
    void recordFiveSeconds() throws Exception {
        RecorderFixture.assumeIngestWithAudio();
        fixture = new RecorderFixture();
        List<CameraConfiguration> cameras = List.of(
                camera("aac-1", fixture.simulator.url(RecorderFixture.AAC_CAMERA), RecordingMode.ALWAYS, true),
                camera("g711-1", fixture.simulator.url(RecorderFixture.G711_CAMERA), RecordingMode.ALWAYS, true),
                camera("aac-udp", fixture.simulator.url(RecorderFixture.AAC_CAMERA), RecordingMode.ALWAYS, true)
                        .withRtspTransport(RtspTransport.UDP));
        recordingStarted = Instant.now();
        for (CameraConfiguration camera : cameras) {
            fixture.apply(camera);
        }
        for (CameraConfiguration camera : cameras) {
            Await.until("five seconds recorded", PATIENCE,
                    () -> fixture.status(camera.cameraId()).framesReceived() >= 125);
        }
        for (CameraConfiguration camera : cameras) {
            fixture.apply(disabled(camera));
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"aac-1, aac, 16000", "g711-1, pcm_mulaw, 8000", "aac-udp, aac, 16000"})
    void segmentsHoldTheVideoAndTheCamerasAudio(String camera, String codec, int sampleRate) throws Exception {
        List<Path> segments = fixture.segmentFiles(camera);
        assertFalse(segments.isEmpty());
        for (Path segment : segments) {
            assertEquals("h264", Ffprobe.probe(segment).codec());
            Ffprobe.AudioReport audio = Ffprobe.probeAudio(segment);
            assertEquals(codec, audio.codec());
            assertEquals(sampleRate, audio.sampleRate());
            assertEquals(1, audio.channels());
            assertEquals(Ffprobe.streamSpan(segment, "v:0"), audio.spanSeconds(), 0.15,
                    "audio covers the video of " + segment.getFileName());
            assertEquals("", Ffprobe.decodeErrors(segment));
        }
    }

    @ParameterizedTest
    @CsvSource({"aac-1, aac, 16000", "g711-1, pcm_mulaw, 8000"})
    void anExportCarriesTheAudioTrackWithoutReencoding(String camera, String codec, int sampleRate) throws Exception {
        Instant from = firstFrameTime(camera).plusMillis(500);

        HttpResponse<Path> response = fixture.download(range(camera, "/export/", from, from.plusSeconds(3),
                Purpose.EXPORT_AUDIO));

        assertEquals(200, response.statusCode());
        Path export = response.body();
        Instant exportStart = Instant.parse(response.headers().firstValue("X-Argus-Export-Start").orElseThrow());
        Instant exportEnd = Instant.parse(response.headers().firstValue("X-Argus-Export-End").orElseThrow());
        double expectedSeconds = Duration.between(exportStart, exportEnd).toMillis() / 1000.0;
        Ffprobe.AudioReport audio = Ffprobe.probeAudio(export);
        assertEquals(codec, audio.codec());
        assertEquals(sampleRate, audio.sampleRate());
        // the last audio frame may outlast the last video frame by up to its own length (64 ms of AAC at 16 kHz)
        assertEquals(expectedSeconds, Ffprobe.formatDuration(export), 0.1);
        assertEquals(expectedSeconds, Ffprobe.streamSpan(export, "v:0"), 0.05);
        assertEquals(expectedSeconds, audio.spanSeconds(), 0.15, "the audio lasts as long as the video");
        assertEquals("", Ffprobe.decodeErrors(export));
    }

    @ParameterizedTest
    @CsvSource({"aac-1, /export/", "g711-1, /export/", "aac-1, /playback/"})
    void whoMayNotListenGetsTheVideoAloneWithoutAnAudioByte(String camera, String route) throws Exception {
        Instant from = firstFrameTime(camera).plusMillis(500);
        Purpose purpose = route.equals("/export/") ? Purpose.EXPORT : Purpose.PLAYBACK;

        HttpResponse<Path> silent = fixture.download(range(camera, route, from, from.plusSeconds(3), purpose));
        HttpResponse<Path> heard = fixture.download(range(camera, route, from, from.plusSeconds(3),
                purpose.withAudio(true)));

        assertEquals(200, silent.statusCode());
        Path video = silent.body();
        assertEquals(Long.parseLong(silent.headers().firstValue("Content-Length").orElseThrow()), Files.size(video));
        assertEquals("", Ffprobe.streams(video, "a"), "no audio stream");
        assertEquals(Ffprobe.probe(heard.body()), Ffprobe.probe(video), "the same video as with sound");
        assertEquals("", Ffprobe.decodeErrors(video));
        assertTrue(Files.size(video) < Files.size(heard.body()));
    }

    private Instant firstFrameTime(String camera) throws Exception {
        String listing = fixture.httpGet(range(camera, "/recordings/", recordingStarted.minusSeconds(5),
                Instant.now(), Purpose.EXPORT)).body();
        int from = listing.indexOf("\"from\":\"", listing.indexOf("\"spans\"")) + 8;
        return Instant.parse(listing.substring(from, listing.indexOf('"', from)));
    }

    private String range(String camera, String path, Instant from, Instant to, Purpose purpose) {
        String ticket = URLEncoder.encode(MediaTicket.issue(fixture.ticketKey, purpose, camera, "operator",
                Instant.now().plusSeconds(60)), StandardCharsets.UTF_8);
        return path + camera + "?from=" + from + "&to=" + to + "&ticket=" + ticket;
    }
}
