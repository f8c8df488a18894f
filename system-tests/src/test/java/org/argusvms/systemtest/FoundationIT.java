package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation's vertical slice on the real stack: REST with Keycloak bearer tokens → management EJB → EclipseLink on
 * PostgreSQL → resource adapter → recorder process → camera simulator, and recorder events back through the adapter to
 * the event server's MDB.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class FoundationIT {

    private final ApiClient api = ArgusStack.api();
    private String admin;
    private String operator;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void tokens() {
        admin = api.token("admin", "admin");
        operator = api.token("operator", "operator");
    }

    @Test
    void requestsWithoutOrWithATamperedTokenAreRefused() {
        assertEquals(401, api.get("/cameras", null).status());

        String[] parts = operator.split("\\.");
        char last = parts[2].charAt(parts[2].length() / 2);
        String forgedSignature = parts[2].substring(0, parts[2].length() / 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(parts[2].length() / 2 + 1);
        assertEquals(401, api.get("/cameras", parts[0] + "." + parts[1] + "." + forgedSignature).status());

        assertEquals(401, api.get("/cameras", "not-a-jwt").status());
        assertEquals(200, api.get("/cameras", operator).status());
    }

    @Test
    void anOperatorMayListButNotAddCameras() {
        Answer answer = api.postJson("/cameras", operator, camera("Operator camera", ArgusStack.cameraUrl("cam2")));
        assertEquals(403, answer.status(), answer.body());
        assertTrue(cameraNames().stream().noneMatch("Operator camera"::equals));
    }

    @Test
    void aCameraAddedThroughRestIsPushedToItsRecorderAndRecorded() throws IOException {
        String cameraId = ArgusStack.ensureDemoCamera();

        // The recorder got the configuration through the adapter: it reports the camera streaming.
        JsonObject streaming = Await.until("camera reported STREAMING by its recorder", Duration.ofSeconds(60), () -> {
            JsonObject camera = api.get("/cameras/" + cameraId, operator).json();
            return "STREAMING".equals(camera.getString("state")) ? camera : null;
        });
        assertEquals(ArgusStack.RECORDER_ID, streaming.getString("recorderId"));
        assertFalse(streaming.toString().contains("password"), "no secrets in the camera view");

        // The recorder's camera.connected event came back through the adapter and the event server's MDB.
        Await.until("camera.connected event stored", Duration.ofSeconds(30), () ->
                api.get("/events?cameraId=" + cameraId, operator).jsonArray().stream().map(JsonValue::asJsonObject)
                        .anyMatch(e -> "camera.connected".equals(e.getString("eventType"))) ? true : null);

        // And the recorder writes media for it.
        Path cameraDir = ArgusStack.recorderStorage().resolve(cameraId);
        Await.until("a recorded segment on disk", Duration.ofSeconds(30), () -> {
            try (Stream<Path> files = Files.exists(cameraDir) ? Files.walk(cameraDir) : Stream.empty()) {
                return files.filter(p -> p.toString().endsWith(".mp4")).anyMatch(p -> p.toFile().length() > 10_000) ? true : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Test
    void liveAccessIsASignedUrlOnTheCamerasRecorder() {
        String cameraId = ArgusStack.ensureDemoCamera();
        Answer answer = api.post("/cameras/" + cameraId + "/live-access", operator, "application/json", "");
        assertEquals(200, answer.status(), answer.body());
        String url = answer.json().getString("webSocketUrl");
        assertTrue(url.startsWith("ws://127.0.0.1:" + ArgusStack.RECORDER_MEDIA_PORT + "/live/" + cameraId + "?ticket="), url);
        assertEquals(401, api.post("/cameras/" + cameraId + "/live-access", null, "application/json", "").status());
        assertEquals(404, api.post("/cameras/no-such-camera/live-access", operator, "application/json", "").status());
    }

    @Test
    void badCameraInputGetsAClearErrorAndStoresNothing() {
        ArgusStack.ensureDemoCamera();
        List<String> before = cameraNames();

        assertProblem(api.post("/cameras", admin, "application/json", "{\"name\": \"Broken"), 400, null);
        assertProblem(api.post("/cameras", admin, "application/json", "[1, 2, 3]"), 400, null);
        assertProblem(api.postJson("/cameras", admin, camera("", ArgusStack.cameraUrl("cam2"))), 400, "name");
        assertProblem(api.postJson("/cameras", admin, camera("Bad URL", "http://127.0.0.1/stream")), 400, "streamUrl");
        assertProblem(api.postJson("/cameras", admin, camera("Creds in URL", "rtsp://user:pw@127.0.0.1/stream")), 400, "streamUrl");
        assertProblem(api.postJson("/cameras", admin, camera(ArgusStack.DEMO_CAMERA, ArgusStack.cameraUrl("cam2"))), 400, "name");
        assertProblem(api.postJson("/cameras", admin, Json.createObjectBuilder(camera("Bad mode", ArgusStack.cameraUrl("cam2")))
                .add("recordingMode", "SOMETIMES").build()), 400, "recordingMode");
        assertProblem(api.postJson("/cameras", admin, Json.createObjectBuilder(camera("Nowhere", ArgusStack.cameraUrl("cam2")))
                .add("recorderId", "no-such-recorder").build()), 404, null);
        assertProblem(api.post("/cameras", admin, "application/json",
                "{\"name\":\"" + "x".repeat(100_000) + "\"}"), 413, null);

        assertEquals(before, cameraNames(), "no camera was stored by refused requests");
    }

    @Test
    void anUnreachableCameraIsStoredButReportedDisconnectedWithTheReason() {
        Answer created = api.postJson("/cameras", admin, camera("Unreachable", "rtsp://127.0.0.1:9/nothing-listens-here"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        try {
            JsonObject reported = Await.until("recorder reports the camera DISCONNECTED", Duration.ofSeconds(40), () -> {
                JsonObject camera = api.get("/cameras/" + id, operator).json();
                return "DISCONNECTED".equals(camera.getString("state")) ? camera : null;
            });
            assertNotNull(reported.getString("lastError", null), "the reason is shown: " + reported);
        } finally {
            assertEquals(204, api.delete("/cameras/" + id, admin).status());
        }
    }

    @Test
    void motionSettingsAreStoredShownPushedToTheRecorderAndBadOnesRefused() {
        JsonArray lowerHalf = Json.createArrayBuilder().add(Json.createArrayBuilder()
                .add(point(0, 0.5)).add(point(1, 0.5)).add(point(1, 1)).add(point(0, 1))).build();
        JsonObject motion = Json.createObjectBuilder().add("enabled", true).add("sensitivity", 70)
                .add("include", lowerHalf).build();
        Answer created = api.postJson("/cameras", admin, Json.createObjectBuilder(camera("Motion settings",
                ArgusStack.cameraUrl("cam2"))).add("motion", motion).build());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        try {
            JsonObject shown = api.get("/cameras/" + id, operator).json();
            JsonObject shownMotion = shown.getJsonObject("motion");
            assertTrue(shownMotion.getBoolean("enabled"), shown.toString());
            assertEquals(70, shownMotion.getInt("sensitivity"));
            assertEquals(0, shownMotion.getInt("analysisFps"), "key frames only unless asked");
            assertEquals(List.of(List.of(0.0, 0.5), List.of(1.0, 0.5), List.of(1.0, 1.0), List.of(0.0, 1.0)),
                    shownMotion.getJsonArray("include").getJsonArray(0).stream().map(JsonValue::asJsonArray)
                            .map(point -> List.of(point.getJsonNumber(0).doubleValue(),
                                    point.getJsonNumber(1).doubleValue())).toList(), "the region as sent");
            Await.until("the recorder got the motion settings", Duration.ofSeconds(30),
                    () -> recorderConfiguration(id).contains("\"sensitivity\":70") ? true : null);

            JsonObject malformedRegion = Json.createObjectBuilder().add("include", Json.createArrayBuilder()
                    .add(lowerHalf.get(0)).add(Json.createArrayBuilder().add(point(0, 0)).add(point(1, 1)))).build();
            assertProblem(changeMotion(shown, Json.createObjectBuilder().add("sensitivity", 101).build()), 400,
                    "motion.sensitivity");
            assertProblem(changeMotion(shown, malformedRegion), 400, "motion.include[1]");
            assertProblem(api.putJson("/cameras/" + id, admin, Json.createObjectBuilder(shown)
                    .add("recordingMode", "MOTION").add("motion", Json.createObjectBuilder().add("enabled", false))
                    .build()), 400, "motion.enabled");
            JsonObject after = api.get("/cameras/" + id, operator).json();
            assertEquals(shown.getJsonObject("motion"), after.getJsonObject("motion"), "refused changes changed nothing");
            assertEquals(shown.getJsonNumber("version"), after.getJsonNumber("version"));
            assertEquals("ALWAYS", after.getString("recordingMode"));
        } finally {
            assertEquals(204, api.delete("/cameras/" + id, admin).status());
        }
    }

    private Answer changeMotion(JsonObject camera, JsonObject motion) {
        return api.putJson("/cameras/" + camera.getString("id"), admin,
                Json.createObjectBuilder(camera).add("motion", motion).build());
    }

    private static JsonArray point(double x, double y) {
        return Json.createArrayBuilder().add(x).add(y).build();
    }

    /** The camera's entry in the recorder's state file ("" while it has none). */
    private static String recorderConfiguration(String cameraId) {
        try {
            String cameras = Files.readString(ArgusStack.recorderStorage().resolve(".recorder").resolve("cameras.json"));
            return Json.createReader(new StringReader(cameras)).readObject().getJsonArray("cameras").stream()
                    .map(JsonValue::asJsonObject).filter(camera -> cameraId.equals(camera.getString("cameraId")))
                    .map(JsonObject::toString).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static void assertProblem(Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        if (field != null) {
            assertEquals(field, problem.getString("field"), problem.toString());
        }
    }

    private List<String> cameraNames() {
        return api.get("/cameras", admin).jsonArray().stream().map(v -> v.asJsonObject().getString("name")).sorted().toList();
    }

    private static JsonObject camera(String name, String url) {
        return Json.createObjectBuilder().add("name", name).add("streamUrl", url).add("recorderId", ArgusStack.RECORDER_ID).build();
    }
}
