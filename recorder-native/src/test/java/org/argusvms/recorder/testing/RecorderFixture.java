package org.argusvms.recorder.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.argusvms.recorder.Recorder;
import org.argusvms.recorder.RecorderOptions;
import org.argusvms.recorder.ingest.IngestPath;
import org.argusvms.recorder.ingest.IngestSettings;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.argusvms.simulator.audio.AudioCodec;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A recorder as integration tests meet it: three simulated 720p25 cameras, a management server stub that welcomes
 * the recorder with a ticket key and acknowledges its events, the recorder itself (in-process, free ports, its own
 * storage directory) and a command connection to it.
 */
public final class RecorderFixture implements AutoCloseable {

    /**
     * Faster than production (5 s stall, 1 s to 30 s backoff, 15 s to connect) so that outages play out in seconds.
     */
    public static final IngestSettings QUICK_SUPERVISION = new IngestSettings(Duration.ofSeconds(3),
            Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofSeconds(8));
    public static final Duration PATIENCE = Duration.ofSeconds(15);
    /** The simulator's camera that serves H.265 (the others serve H.264). */
    public static final String H265_CAMERA = "cam4";
    /** The simulator's camera that sends AAC audio (RFC 3640, 16 kHz) beside H.264. */
    public static final String AAC_CAMERA = "cam5";
    /** The simulator's camera that sends G.711 µ-law audio (8 kHz) beside H.264. */
    public static final String G711_CAMERA = "cam6";
    /** The simulator's camera that sends an ONVIF metadata track (objects and motion events) beside H.264. */
    public static final String METADATA_CAMERA = "cam7";

    public final byte[] ticketKey = new SecureRandom().generateSeed(32);
    public final Path storage;
    public final CameraSimulator simulator;
    public final ManagementStub management;
    public final Recorder recorder;
    public final ControlClient control;

    public RecorderFixture() throws IOException {
        storage = Files.createTempDirectory("recorder-it");
        simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(7).h265(H265_CAMERA)
                .audio(AAC_CAMERA, AudioCodec.AAC).audio(G711_CAMERA, AudioCodec.PCMU).metadata(METADATA_CAMERA)
                .build());
        management = new ManagementStub(ticketKey);
        recorder = startRecorder(storage, management.port());
        control = ControlClient.connect(recorder.controlPort());
        Await.until("registration", PATIENCE, () -> !management.registrations().isEmpty());
    }

    /**
     * Another recorder process core on the same machine, e.g. to restart on the same storage. The ingest path is the
     * default unless {@code -Drecorder.ingest=gstreamer} asks for the other one.
     */
    public static Recorder startRecorder(Path storage, int managementPort) throws IOException {
        return Recorder.start(RecorderOptions.defaults().withStorage(storage).withPorts(0, 0, managementPort)
                        .withIngest(ingestPath()), Clock.systemUTC(), QUICK_SUPERVISION);
    }

    private static IngestPath ingestPath() {
        return IngestPath.parse(System.getProperty("recorder.ingest", RecorderOptions.defaults().ingest().optionName()));
    }

    /** Skips a test of camera sound when the tests run against the GStreamer ingest, which records video only. */
    public static void assumeIngestWithAudio() {
        Assumptions.assumeTrue(ingestPath() == IngestPath.JAVA,
                "the GStreamer ingest records video only (docs/design/audio.md)");
    }

    public static CameraConfiguration camera(String id, String url, RecordingMode mode, boolean enabled) {
        return new CameraConfiguration(id, id, URI.create(url), null, null, mode, enabled);
    }

    public static CameraConfiguration disabled(CameraConfiguration camera) {
        return new CameraConfiguration(camera.cameraId(), camera.name(), camera.streamUrl(), camera.username(),
                camera.password(), camera.recordingMode(), false);
    }

    /** Applies a configuration over the command connection and returns the camera's status; fails on an error. */
    public CameraStatus apply(CameraConfiguration camera) throws IOException {
        JsonObject response = control.request(Frames.CMD_APPLY_CAMERA, camera.toJson());
        if (!response.getBoolean("ok")) {
            throw new AssertionError("apply refused: " + response);
        }
        return CameraStatus.fromJson(response.getJsonObject("body"));
    }

    public void remove(String cameraId) throws IOException {
        JsonObject response = control.request(Frames.CMD_REMOVE_CAMERA,
                Json.createObjectBuilder().add("cameraId", cameraId).build());
        if (!response.getBoolean("ok")) {
            throw new AssertionError("remove refused: " + response);
        }
    }

    public RecorderStatus recorderStatus() {
        return recorderStatus(control);
    }

    public static RecorderStatus recorderStatus(ControlClient client) {
        try {
            return RecorderStatus.fromJson(client.request(Frames.CMD_GET_STATUS, JsonValue.EMPTY_JSON_OBJECT)
                    .getJsonObject("body"));
        } catch (ProtocolException e) {
            throw new AssertionError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The camera's status, or null if the recorder does not have it. */
    public CameraStatus status(String cameraId) {
        return recorderStatus().camera(cameraId);
    }

    /** The camera.disconnected events the management stub received for the camera. */
    public int disconnections(String cameraId) {
        return management.events(RecorderEvent.CAMERA_DISCONNECTED, cameraId).size();
    }

    /** Waits until the camera was reported connected {@code count} times in all. */
    public void awaitConnections(String cameraId, int count) {
        Await.until(count + " x camera.connected for " + cameraId, PATIENCE,
                () -> management.events(RecorderEvent.CAMERA_CONNECTED, cameraId).size() == count);
    }

    /** Waits until the recorder received {@code frames} more frames of the camera than now. */
    public void awaitMoreFrames(String cameraId, int frames) {
        long target = status(cameraId).framesReceived() + frames;
        Await.until(frames + " more frames from " + cameraId, PATIENCE,
                () -> status(cameraId).framesReceived() >= target);
    }

    /** The camera's entry in the recorder's {@code /health}, empty if it has none. */
    public Optional<JsonObject> health(String cameraId) {
        try {
            String health = httpGet("/health").body();
            try (JsonReader reader = Json.createReader(new StringReader(health))) {
                return reader.readObject().getJsonArray("cameras").stream().map(JsonValue::asJsonObject)
                        .filter(camera -> cameraId.equals(camera.getString("cameraId"))).findFirst();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public URI liveUri(String cameraId, String ticket) {
        return URI.create("ws://127.0.0.1:" + recorder.mediaPort() + "/live/" + cameraId + "?ticket=" + ticket);
    }

    public HttpResponse<String> httpGet(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + recorder.mediaPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A media-port file (export, playback, snapshot) saved to a temporary file. */
    public HttpResponse<Path> download(String pathAndQuery) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + recorder.mediaPort() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofFile(Files.createTempFile(storage, "download", ".bin")));
    }

    public List<Path> segmentFiles(String cameraId) throws IOException {
        Path directory = storage.resolve(cameraId);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.filter(path -> path.toString().endsWith(".mp4")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Override
    public void close() throws IOException {
        control.close();
        recorder.close();
        management.close();
        simulator.stop();
        try (Stream<Path> walk = Files.walk(storage)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }
}
