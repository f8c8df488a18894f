package org.argusvms.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The parts of the stack that live outside WildFly, started once per test run: the camera simulator and a recorder
 * process. Keycloak and PostgreSQL are started by the test command ({@code bin/test}); WildFly and the EAR by
 * Arquillian. Register this extension AFTER Arquillian's so that, by its {@code beforeAll}, the EAR is deployed and
 * the demo camera can be added through the REST API like an administrator would.
 */
public class ArgusStack implements BeforeAllCallback {

    public static final String RECORDER_ID = "rec-test";
    public static final String DEMO_CAMERA = "Lobby";
    public static final int SIMULATOR_PORT = Integer.getInteger("argus.simulator.port", 8554);
    /** The simulator's ONVIF devices: a free port unless set, so it cannot clash with a service on this machine. */
    public static final int SIMULATOR_ONVIF_PORT = Integer.getInteger("argus.simulator.onvif.port", freePort());
    public static final int RECORDER_CONTROL_PORT = 9001;
    public static final int RECORDER_MEDIA_PORT = 7563;
    /** The simulator's camera that serves H.265; the others serve H.264. */
    public static final String H265_SIMULATOR_CAMERA = "cam5";
    /** The simulator's camera that sends AAC sound beside its H.264 video. */
    public static final String AUDIO_SIMULATOR_CAMERA = "cam6";
    /** The simulator's camera that sends G.711 µ-law sound beside its H.264 video. */
    public static final String G711_SIMULATOR_CAMERA = "cam7";
    /** The simulator's camera that sends an ONVIF metadata track (a crossing person, motion every 2 s). */
    public static final String METADATA_SIMULATOR_CAMERA = "cam8";
    /** A second recorder, started only by the tests that ask for it ({@link #secondRecorder()}), e.g. to move cameras. */
    public static final String SECOND_RECORDER_ID = "rec-test-2";
    public static final int SECOND_RECORDER_CONTROL_PORT = 9011;
    public static final int SECOND_RECORDER_MEDIA_PORT = 7573;

    private static final Path WORK = Path.of(System.getProperty("argus.work.dir", "target/stack"));
    private static ExternalProcesses processes;
    private static ManagedProcess secondRecorder;

    public static String keycloakUrl() {
        return System.getProperty("argus.keycloak.url", "http://localhost:8180");
    }

    public static String webClientUrl() {
        return "http://localhost:8080/argus/";
    }

    public static String apiUrl() {
        return "http://localhost:8080/api/v1";
    }

    public static String demoCameraName() {
        return DEMO_CAMERA;
    }

    public static String cameraUrl(String path) {
        return "rtsp://127.0.0.1:" + SIMULATOR_PORT + "/" + path;
    }

    /** The ONVIF device service of a simulated camera ({@code simulatorPath} such as "cam2"). */
    public static String onvifAddress(String simulatorPath) {
        return "http://127.0.0.1:" + SIMULATOR_ONVIF_PORT + "/onvif/" + simulatorPath + "/device_service";
    }

    /** The simulator's test view of a camera's PTZ position and relays (plain text, not ONVIF, no authentication). */
    public static URI onvifStateUrl(String simulatorPath) {
        return URI.create("http://127.0.0.1:" + SIMULATOR_ONVIF_PORT + "/onvif/" + simulatorPath + "/state");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path recorderStorage() {
        return WORK.resolve("recorder-storage");
    }

    public static Path secondRecorderStorage() {
        return WORK.resolve("recorder-2-storage");
    }

    /**
     * Starts the second recorder unless it runs, and waits until it has registered; it is stopped with the other
     * processes when the run ends. Returns its id.
     */
    public static synchronized String secondRecorder() {
        if (secondRecorder == null) {
            try {
                secondRecorder = startRecorder(SECOND_RECORDER_ID, "Second test recorder", secondRecorderStorage(),
                        SECOND_RECORDER_CONTROL_PORT, SECOND_RECORDER_MEDIA_PORT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        awaitRecorderOnline(api(), api().token("admin", "admin"), SECOND_RECORDER_ID);
        return SECOND_RECORDER_ID;
    }

    /** Stops the second recorder, e.g. to see it offline; the next {@link #secondRecorder()} starts it again. */
    public static synchronized void stopSecondRecorder() {
        if (secondRecorder != null) {
            secondRecorder.close();
            secondRecorder = null;
        }
    }

    private static void awaitRecorderOnline(ApiClient api, String adminToken, String recorderId) {
        Await.until("recorder " + recorderId + " registered and online", Duration.ofSeconds(90), () -> {
            ApiClient.Answer answer = api.get("/recording-servers", adminToken);
            return answer.status() == 200 && answer.jsonArray().stream().map(JsonValue::asJsonObject)
                    .anyMatch(r -> recorderId.equals(r.getString("id")) && r.getBoolean("online")) ? true : null;
        });
    }

    /**
     * Each run starts with an empty database (bin/lib/postgres.sh reset), so a recorder's state of the previous run
     * concerns cameras that no longer exist: it would restore and stream every camera of every earlier run, and
     * deliver the events its outbox kept (in order, before any of this run's). That state is deleted first.
     */
    private static ManagedProcess startRecorder(String id, String name, Path storage, int controlPort, int mediaPort)
            throws IOException {
        for (String stale : List.of("cameras.json", "event-outbox.journal", "storages.json")) {
            Files.deleteIfExists(storage.resolve(".recorder").resolve(stale));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return ManagedProcess.start(id.equals(RECORDER_ID) ? "recorder" : "recorder-" + id, List.of(java, "-Xmx256m",
                        "-jar", System.getProperty("argus.recorder.jar"), "--id", id, "--name", name,
                        "--storage", storage.toString(),
                        "--control-port", String.valueOf(controlPort), "--media-port", String.valueOf(mediaPort),
                        "--management-host", "127.0.0.1", "--management-port", "9000"), WORK)
                .awaitPort(controlPort, Duration.ofSeconds(60));
    }

    public static ApiClient api() {
        return new ApiClient(apiUrl(), keycloakUrl());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store root = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        root.getOrComputeIfAbsent(ExternalProcesses.class, key -> startProcesses(), ExternalProcesses.class);
        ensureDemoCamera();
    }

    private static synchronized ExternalProcesses startProcesses() {
        if (processes == null) {
            processes = new ExternalProcesses();
        }
        return processes;
    }

    /** Waits for the recorder to register with the deployed management server, then adds the demo camera once. */
    public static String ensureDemoCamera() {
        return ensureCamera(DEMO_CAMERA, "cam1");
    }

    /**
     * Adds a camera of the simulator ({@code simulatorPath} such as "cam2") under {@code name} through the REST API,
     * as an administrator would, unless it exists; waits first for the recorder to be registered.
     */
    public static String ensureCamera(String name, String simulatorPath) {
        ApiClient api = api();
        String admin = api.token("admin", "admin");
        awaitRecorderOnline(api, admin, RECORDER_ID);
        for (JsonValue camera : api.get("/cameras", admin).jsonArray()) {
            if (name.equals(camera.asJsonObject().getString("name"))) {
                return camera.asJsonObject().getString("id");
            }
        }
        JsonObject body = Json.createObjectBuilder().add("name", name).add("streamUrl", cameraUrl(simulatorPath))
                .add("recorderId", RECORDER_ID).build();
        ApiClient.Answer created = api.postJson("/cameras", admin, body);
        if (created.status() != 201) {
            throw new IllegalStateException("could not add camera " + name + ": " + created.status() + " " + created.body());
        }
        return created.json().getString("id");
    }

    /** Simulator and recorder processes; closed by JUnit when the whole run ends. */
    static final class ExternalProcesses implements ExtensionContext.Store.CloseableResource {

        private final ManagedProcess simulator;
        private final ManagedProcess recorder;

        ExternalProcesses() {
            try {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                simulator = ManagedProcess.start("camera-simulator", List.of(java, "-Xmx256m", "-jar",
                                System.getProperty("argus.simulator.jar"), "--port", String.valueOf(SIMULATOR_PORT),
                                "--cameras", "8", "--h265", H265_SIMULATOR_CAMERA,
                                "--metadata", METADATA_SIMULATOR_CAMERA,
                                "--audio", AUDIO_SIMULATOR_CAMERA + "=aac," + G711_SIMULATOR_CAMERA + "=pcmu",
                                "--onvif-port", String.valueOf(SIMULATOR_ONVIF_PORT)), WORK)
                        .awaitPort(SIMULATOR_PORT, Duration.ofSeconds(120))
                        .awaitPort(SIMULATOR_ONVIF_PORT, Duration.ofSeconds(30));
                recorder = startRecorder(RECORDER_ID, "Test recorder", recorderStorage(), RECORDER_CONTROL_PORT,
                        RECORDER_MEDIA_PORT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            stopSecondRecorder();
            recorder.close();
            simulator.close();
        }
    }
}
