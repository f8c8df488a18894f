package org.argusvms.recorder;

import org.argusvms.recorder.mp4.Fmp4Scanner;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.ControlClient;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.ManagementStub;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.argusvms.simulator.audio.AudioCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import org.argusvms.recorder.protocol.MediaTicket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real recorder process ({@code java -jar target/recorder-native.jar}) killed with SIGKILL while recording, then
 * restarted on the same storage: everything is playable and at most about a second of video is lost.
 */
class CrashRecoveryIT {

    private static final Logger LOG = Logger.getLogger(CrashRecoveryIT.class.getName());
    /** One fragment (a GOP of 1 s at 25 fps) in flight plus the frame waiting for its successor, and some slack. */
    private static final int MAX_FRAMES_LOST = 30;

    @TempDir
    Path storage;

    /**
     * A camera without audio, one whose segments hold an AAC track beside the video, and one with an ONVIF metadata
     * track, whose documents up to about the kill are served after recovery.
     */
    @ParameterizedTest
    @ValueSource(strings = {"none", "aac", "metadata"})
    void afterKill9EverySegmentIsPlayableAndAtMostAboutOneSecondIsLost(String track) throws Exception {
        byte[] ticketKey = new SecureRandom().generateSeed(32);
        SimulatorConfig.Builder config = SimulatorConfig.builder().port(0).cameras(1);
        String audio = track.equals("metadata") ? "none" : track;
        if (!audio.equals("none")) {
            config.audio("cam1", AudioCodec.parse(audio));
        }
        if (track.equals("metadata")) {
            config.metadata("cam1");
        }
        CameraSimulator simulator = CameraSimulator.start(config.build());
        try (ManagementStub management = new ManagementStub(ticketKey)) {
            int controlPort = freePort();
            Process recorder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", Path.of("target", "recorder-native.jar").toAbsolutePath().toString(),
                    "--id", "crash-1", "--storage", storage.toString(), "--bind-host", "127.0.0.1",
                    "--control-port", Integer.toString(controlPort), "--media-port", Integer.toString(freePort()),
                    "--management-port", Integer.toString(management.port()), "--segment-seconds", "3")
                    .redirectErrorStream(true).redirectOutput(storage.resolveSibling(storage.getFileName() + ".log")
                            .toFile()).start();
            long framesBeforeKill;
            Instant killedAt;
            try {
                ControlClient control = Await.value("recorder process listening", PATIENCE, () -> {
                    try {
                        return ControlClient.connect(controlPort);
                    } catch (IOException e) {
                        return null;
                    }
                });
                control.request(Frames.CMD_APPLY_CAMERA, RecorderFixture.camera(
                        "crash-cam", simulator.url("cam1"), RecordingMode.ALWAYS, true).toJson());
                Await.until("eight seconds recorded", PATIENCE, () -> status(control).framesReceived() >= 200);
                framesBeforeKill = status(control).framesReceived();
                killedAt = Instant.now();
                recorder.destroyForcibly(); // SIGKILL: no shutdown hook, no final fragment, no index record
                assertTrue(recorder.waitFor(10, TimeUnit.SECONDS));
                control.close();
            } finally {
                recorder.destroyForcibly();
            }
            assertEquals(137, recorder.exitValue(), "killed by SIGKILL");

            Output beforeRecovery = check();
            assertEquals(1, beforeRecovery.exitCode(), "the file in progress is not yet indexed: "
                    + beforeRecovery.text());

            try (Recorder recovered = RecorderFixture.startRecorder(storage, management.port())) { // recovery
                if (track.equals("metadata")) {
                    assertMetadataServedUpToAboutTheKill(recovered, ticketKey, killedAt);
                }
            } // a clean stop
            Output afterRecovery = check();
            assertEquals(0, afterRecovery.exitCode(), afterRecovery.text());

            long framesOnDisk = 0;
            List<Path> recordedBeforeKill = segments().stream().filter(file -> startOf(file) < killedAt.toEpochMilli())
                    .toList();
            assertTrue(recordedBeforeKill.size() >= 3, "3-second segments: " + recordedBeforeKill);
            for (Path segment : recordedBeforeKill) {
                assertEquals("", Ffprobe.decodeErrors(segment), segment.toString());
                Ffprobe.VideoReport report = Ffprobe.probe(segment);
                assertEquals(Fmp4Scanner.scan(segment).samples(), report.frames());
                framesOnDisk += report.frames();
                if (!audio.equals("none")) {
                    assertEquals(Ffprobe.streamSpan(segment, "v:0"), Ffprobe.probeAudio(segment).spanSeconds(), 0.15,
                            "the audio of " + segment.getFileName() + " survived with its video");
                }
            }
            long lost = framesBeforeKill - framesOnDisk;
            LOG.info("kill -9 after " + framesBeforeKill + " frames received; " + framesOnDisk
                    + " frames playable after recovery (" + lost + " lost)");
            assertTrue(lost <= MAX_FRAMES_LOST, lost + " frames lost");
        } finally {
            simulator.stop();
        }
    }

    private record Output(int exitCode, String text) {
    }

    /** Documents every 200 ms or less up to at most a second before the kill, readable after recovery. */
    private static void assertMetadataServedUpToAboutTheKill(Recorder recovered, byte[] ticketKey, Instant killedAt) {
        String ticket = URLEncoder.encode(MediaTicket.issue(ticketKey, MediaTicket.Purpose.PLAYBACK, "crash-cam",
                "operator", Instant.now().plusSeconds(60)), StandardCharsets.UTF_8);
        // up to the kill: not what the restarted recorder records
        URI uri = URI.create("http://127.0.0.1:" + recovered.mediaPort() + "/metadata/crash-cam?from="
                + killedAt.minusSeconds(60) + "&to=" + killedAt + "&ticket=" + ticket);
        String body = Await.value("metadata served after recovery", PATIENCE, () -> {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? response.body() : null; // 503 until registered
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        });
        List<Instant> times;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            times = reader.readObject().getJsonArray("documents").stream()
                    .map(document -> Instant.parse(document.asJsonObject().getString("time"))).toList();
        }
        assertTrue(times.size() >= 25, "eight seconds of documents: " + times.size());
        for (int i = 1; i < times.size(); i++) {
            assertTrue(Duration.between(times.get(i - 1), times.get(i)).toMillis() <= 400,
                    "no document lost between " + times.get(i - 1) + " and " + times.get(i));
        }
        Instant last = times.get(times.size() - 1);
        assertTrue(last.isAfter(killedAt.minusSeconds(1)), "the last document stored, " + last
                + ", is at most a second before the kill at " + killedAt);
        LOG.info(times.size() + " metadata documents served after kill -9, the last "
                + Duration.between(last, killedAt).toMillis() + " ms before the kill");
    }

    private Output check() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = StorageCheckCommand.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                "--storage", storage.toString());
        return new Output(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private static CameraStatus status(ControlClient control) {
        CameraStatus status = RecorderFixture.recorderStatus(control).camera("crash-cam");
        assertFalse(status == null, "camera applied");
        return status;
    }

    private List<Path> segments() throws IOException {
        try (var walk = Files.walk(storage.resolve("crash-cam"))) {
            return walk.filter(path -> path.toString().endsWith(".mp4")).sorted().toList();
        }
    }

    private static long startOf(Path segment) {
        return Long.parseLong(segment.getFileName().toString().replace(".mp4", ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
