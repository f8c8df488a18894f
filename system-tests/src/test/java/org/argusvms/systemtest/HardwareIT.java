package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.EventSocket;
import org.argusvms.systemtest.support.RecordedMedia;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hardware and its devices (docs/design/hardware-and-sites.md) against the real recorders and the simulator's ONVIF
 * device: a unit's camera records, disabling the unit stops it at the recorder and enabling brings it back, a
 * disabled OUTPUT device cannot be switched, moving the unit moves its camera, and credentials never come back.
 */
class HardwareIT extends EventServerIT {

    /** The simulator camera this test's hardware is; no other system test uses it. */
    private static final String DEVICE = "cam3";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Every answer of the test, to check that the hardware password is in none of them. */
    private final List<Answer> answers = new ArrayList<>();

    @Test
    void hardwareRecordsStopsWhenDisabledRefusesDisabledOutputsAndMovesWithItsCamera() {
        String password = "pw-" + marker;
        JsonObject created = createObject("/hardware", onvifHardware("Hardware " + marker, password,
                Json.createArrayBuilder()
                        .add(device("CAMERA", 0, "Hardware camera " + marker))
                        .add(device("OUTPUT", 0, "Door " + marker).add("outputToken", "relay1"))
                        .add(device("MICROPHONE", 0, "Microphone " + marker))));
        String hardware = created.getString("id");
        assertTrue(created.getBoolean("credentialsSet"));
        assertFalse(created.toString().contains(password), "the password is not in the created hardware");
        assertEquals(List.of("CAMERA", "MICROPHONE", "OUTPUT"), created.getJsonArray("devices").stream()
                .map(device -> device.asJsonObject().getString("kind")).toList());
        String camera = deviceId(created, "CAMERA");
        String output = deviceId(created, "OUTPUT");
        JsonObject cameraView = read("/cameras/" + camera).json();
        assertEquals(ArgusStack.onvifAddress(DEVICE), cameraView.getString("onvifAddress"));
        PlaybackIT.awaitRecorded(api, operator, camera, Duration.ofSeconds(3), Duration.ofSeconds(1));

        // Outputs: switched while the device is enabled, refused once it is disabled.
        assertEquals(204, switchOutput(camera, true).status());
        assertTrue(relayState().contains("relay1: active"), relayState());
        assertEquals(200, api.putJson("/hardware/" + hardware + "/devices/" + output, admin,
                Json.createObjectBuilder().add("enabled", false).build()).status());
        Answer refused = switchOutput(camera, false);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("disabled"), refused.body());
        assertTrue(relayState().contains("relay1: active"), "the relay was not switched: " + relayState());
        assertEquals(200, api.putJson("/hardware/" + hardware + "/devices/" + output, admin,
                Json.createObjectBuilder().add("enabled", true).build()).status());
        assertEquals(204, switchOutput(camera, false).status());

        // Disabled hardware: the recorder stops the camera; the camera keeps its own enabled flag.
        Answer disabled = change(hardware, Json.createObjectBuilder().add("enabled", false));
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("enabled"));
        Await.until("the recorder stopped " + camera, Duration.ofSeconds(30),
                () -> "DISABLED".equals(read("/cameras/" + camera).json().getString("state")) ? true : null);
        Path files = ArgusStack.recorderStorage().resolve(camera);
        long bytesWhenStopped = directoryBytes(files);
        Instant stopped = Instant.now();
        Await.until("three more seconds", Duration.ofSeconds(10), () -> Instant.now().isAfter(stopped.plusSeconds(3)));
        assertEquals(bytesWhenStopped, directoryBytes(files), "the recorder writes nothing for the disabled unit");
        assertTrue(read("/cameras/" + camera).json().getBoolean("enabled"));
        assertEquals(400, switchOutput(camera, true).status(), "a disabled unit's outputs are not switched");

        Answer enabled = change(hardware, Json.createObjectBuilder().add("enabled", true));
        assertEquals(200, enabled.status(), enabled.body());
        awaitRecordedSince(camera, stopped, "again on " + ArgusStack.RECORDER_ID);

        // Moving the hardware moves its camera: it records on the second recorder.
        String second = ArgusStack.secondRecorder();
        long version = read("/hardware/" + hardware).json().getJsonNumber("version").longValue();
        Answer moved = api.postJson("/hardware/" + hardware + "/move", admin, Json.createObjectBuilder()
                .add("recordingServerId", second).add("version", version).build());
        answers.add(moved);
        assertEquals(200, moved.status(), moved.body());
        assertEquals(second, moved.json().getString("recorderId"));
        assertEquals(second, read("/cameras/" + camera).json().getString("recorderId"));
        Instant movedAt = Instant.now();
        awaitRecordedSince(camera, movedAt, "on " + second);
        assertTrue(read("/hardware?recorderId=" + second).jsonArray().stream()
                .anyMatch(unit -> hardware.equals(unit.asJsonObject().getString("id"))));
        assertTrue(read("/site/tree").body().contains(hardware));

        for (Answer answer : answers) {
            assertFalse(answer.body().contains(password), "the password is never returned: " + answer.body());
        }

        assertEquals(204, api.delete("/hardware/" + hardware, admin).status());
        assertEquals(404, api.get("/cameras/" + camera, admin).status(), "its camera went with it");
        assertEquals(404, api.get("/hardware/" + hardware, admin).status());
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        int before = read("/hardware").jsonArray().size();
        String name = "Refused hardware " + marker;
        JsonArrayBuilder oneCamera = Json.createArrayBuilder().add(device("CAMERA", 0, "Refused camera " + marker));

        assertProblem(api.postJson("/hardware", admin, rtspHardware(name).add("driver", "HTTP").build()), 400, "driver");
        assertProblem(api.postJson("/hardware", admin, rtspHardware(name).add("address", "http://127.0.0.1/x")
                .build()), 400, "address");
        assertProblem(api.postJson("/hardware", admin, rtspHardware(name).add("recorderId", "no-such-recorder")
                .build()), 400, "recorderId");
        assertProblem(api.postJson("/hardware", admin, rtspHardware(name).add("devices", Json.createArrayBuilder()
                .add(device("CAMERA", 0, "Refused camera " + marker))
                .add(device("CAMERA", 0, "Refused camera 2 " + marker))).build()), 400, "devices[1].channel");
        assertProblem(api.postJson("/hardware", admin, rtspHardware(name).add("devices", Json.createArrayBuilder()
                .add(device("TOASTER", 0, "Toaster"))).build()), 400, "devices[0].kind");
        assertProblem(api.post("/hardware", admin, "application/json", "{\"name\": "), 400, null);
        assertEquals(403, api.postJson("/hardware", operator, rtspHardware(name).add("devices", oneCamera).build())
                .status());
        assertEquals(403, api.get("/hardware", operator).status(), "hardware is configuration: administrators only");

        assertEquals(before, read("/hardware").jsonArray().size(), "nothing was added");
        assertFalse(read("/cameras").body().contains("Refused camera " + marker));

        JsonObject unit = createObject("/hardware", rtspHardware("Stale " + marker).build());
        long version = unit.getJsonNumber("version").longValue();
        try (EventSocket socket = EventSocket.openApi("/configuration/ws", admin)) {
            socket.await(message -> "ready".equals(message.getString("type", "")), Duration.ofSeconds(10));
            assertEquals(200, change(unit.getString("id"), Json.createObjectBuilder().add("name", "Renamed " + marker))
                    .status());
            JsonObject change = socket.await(message -> "configuration-changed".equals(message.getString("type", ""))
                    && unit.getString("id").equals(message.getJsonObject("change").getString("id")),
                    Duration.ofSeconds(10)).getJsonObject("change");
            assertEquals(List.of("hardware", "UPDATED"), List.of(change.getString("type"), change.getString("change")),
                    "administrators' clients hear of the change at once");
        }
        Answer stale = api.putJson("/hardware/" + unit.getString("id"), admin, Json.createObjectBuilder()
                .add("name", "Stale again " + marker).add("version", version).build());
        assertProblem(stale, 409, "version");
        assertEquals("Renamed " + marker, read("/hardware/" + unit.getString("id")).json().getString("name"));
        assertProblem(api.postJson("/hardware/" + unit.getString("id") + "/move", admin, Json.createObjectBuilder()
                .add("recordingServerId", "no-such-recorder").add("version", version + 1).build()), 400,
                "recordingServerId");
        assertEquals(ArgusStack.RECORDER_ID, read("/hardware/" + unit.getString("id")).json().getString("recorderId"));
    }

    @Test
    void theSiteIsEditableByAdministratorsAndItsTreeListsRecordersWithTheirHardware() {
        JsonObject site = read("/site").json();
        assertEquals(403, api.get("/site", operator).status());
        assertEquals(403, api.get("/site/tree", operator).status());
        long version = site.getJsonNumber("version").longValue();
        JsonObject edit = Json.createObjectBuilder().add("name", "Head office " + marker)
                .add("description", "Main building").add("timeZone", "Europe/Copenhagen")
                .add("contact", "security@example.com").add("version", version).build();

        assertProblem(api.putJson("/site", admin, Json.createObjectBuilder(edit).add("timeZone", "Mars/Olympus")
                .build()), 400, "timeZone");
        assertEquals(403, api.putJson("/site", operator, edit).status());
        Answer changed = api.putJson("/site", admin, edit);
        assertEquals(200, changed.status(), changed.body());
        assertProblem(api.putJson("/site", admin, edit), 409, "version");
        JsonObject stored = read("/site").json();
        assertEquals("Head office " + marker, stored.getString("name"));
        assertEquals("Europe/Copenhagen", stored.getString("timeZone"));

        String camera = ArgusStack.ensureDemoCamera();
        JsonObject tree = read("/site/tree").json();
        assertEquals("Head office " + marker, tree.getJsonObject("site").getString("name"));
        JsonObject recorder = tree.getJsonArray("recordingServers").stream().map(JsonValue::asJsonObject)
                .filter(node -> ArgusStack.RECORDER_ID.equals(node.getString("id"))).findFirst().orElseThrow();
        assertTrue(recorder.getBoolean("online"));
        assertTrue(recorder.getJsonArray("hardware").stream().map(JsonValue::asJsonObject)
                .flatMap(unit -> unit.getJsonArray("devices").stream().map(JsonValue::asJsonObject))
                .anyMatch(device -> camera.equals(device.getString("id")) && "CAMERA".equals(device.getString("kind"))),
                "a camera added alone is the camera device of its own hardware: " + recorder);

        assertEquals(200, api.putJson("/site", admin, Json.createObjectBuilder(site)
                .add("version", stored.getJsonNumber("version").longValue()).build()).status());
    }

    @Test
    void aCameraAddedAloneIsItsOwnHardwareWhichFollowsItsEditsAndGoesWithIt() {
        String cameraId = createObject("/cameras", Json.createObjectBuilder().add("name", "Alone " + marker)
                .add("streamUrl", "rtsp://127.0.0.1:9/alone").add("recorderId", ArgusStack.RECORDER_ID)
                .add("recordingMode", "OFF").build()).getString("id");
        JsonObject unit = hardwareOf(cameraId);
        assertEquals("RTSP", unit.getString("driver"));
        assertEquals("rtsp://127.0.0.1:9/alone", unit.getString("address"));
        assertEquals(0, unit.getJsonArray("devices").getJsonObject(0).getInt("channel"));

        Answer changed = api.putJson("/cameras/" + cameraId, admin, Json.createObjectBuilder(
                read("/cameras/" + cameraId).json()).add("streamUrl", "rtsp://127.0.0.1:9/elsewhere").build());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("rtsp://127.0.0.1:9/elsewhere", hardwareOf(cameraId).getString("address"),
                "the hardware follows its only camera");

        assertEquals(204, api.delete("/cameras/" + cameraId, admin).status());
        assertEquals(404, api.get("/hardware/" + unit.getString("id"), admin).status(), "and goes with it");
    }

    /** The hardware whose camera device is {@code cameraId}. */
    private JsonObject hardwareOf(String cameraId) {
        return read("/hardware?limit=1000").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(unit -> unit.getJsonArray("devices").stream()
                        .anyMatch(device -> cameraId.equals(device.asJsonObject().getString("id"))))
                .findFirst().orElseThrow(() -> new AssertionError("no hardware has camera " + cameraId));
    }

    @Test
    void theOpenApiDocumentListsHardwareAndSite() {
        Answer document = new ApiClient("http://localhost:8080", ArgusStack.keycloakUrl()).get("/openapi?format=JSON",
                null);
        assertEquals(200, document.status(), document.body());
        JsonObject paths = document.json().getJsonObject("paths");
        for (String path : List.of("/v1/hardware", "/v1/hardware/{id}", "/v1/hardware/{id}/devices/{deviceId}",
                "/v1/hardware/{id}/move", "/v1/site", "/v1/site/tree")) {
            assertTrue(paths.keySet().stream().anyMatch(key -> key.endsWith(path)), path + " in " + paths.keySet());
        }
    }

    private Answer read(String path) {
        Answer answer = api.get(path, admin);
        answers.add(answer);
        assertEquals(200, answer.status(), path + ": " + answer.body());
        return answer;
    }

    private Answer change(String hardware, JsonObjectBuilder edit) {
        long version = read("/hardware/" + hardware).json().getJsonNumber("version").longValue();
        Answer answer = api.putJson("/hardware/" + hardware, admin, edit.add("version", version).build());
        answers.add(answer);
        return answer;
    }

    private Answer switchOutput(String camera, boolean active) {
        return api.postJson("/cameras/" + camera + "/outputs/relay1", admin,
                Json.createObjectBuilder().add("active", active).build());
    }

    /** Waits for a recording of at least two seconds that starts after {@code since}, on the current recorder. */
    private void awaitRecordedSince(String camera, Instant since, String where) {
        Await.until(camera + " recorded " + where, Duration.ofSeconds(60), () -> {
            String recordingsUrl = api.post("/cameras/" + camera + "/playback-access", operator, "application/json",
                    "").json().getString("recordingsUrl");
            HttpResponse<String> listing = RecordedMedia.getText(RecordedMedia.withRange(recordingsUrl,
                    since.minusSeconds(60), Instant.now()));
            return RecordedMedia.json(listing.body()).getJsonArray("spans").stream().map(JsonValue::asJsonObject)
                    .filter(span -> Instant.parse(span.getString("from")).isAfter(since))
                    .filter(span -> Duration.between(Instant.parse(span.getString("from")),
                            Instant.parse(span.getString("to"))).toSeconds() >= 2)
                    .findFirst().orElse(null);
        });
    }

    private static long directoryBytes(Path directory) {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonObject onvifHardware(String name, String password, JsonArrayBuilder devices) {
        return Json.createObjectBuilder().add("name", name).add("driver", "ONVIF")
                .add("address", ArgusStack.onvifAddress(DEVICE)).add("username", "admin").add("password", password)
                .add("recorderId", ArgusStack.RECORDER_ID).add("devices", devices).build();
    }

    private static JsonObjectBuilder rtspHardware(String name) {
        return Json.createObjectBuilder().add("name", name).add("driver", "RTSP")
                .add("address", ArgusStack.cameraUrl(DEVICE)).add("recorderId", ArgusStack.RECORDER_ID);
    }

    private static JsonObjectBuilder device(String kind, int channel, String name) {
        return Json.createObjectBuilder().add("kind", kind).add("channel", channel).add("name", name);
    }

    private static String deviceId(JsonObject hardware, String kind) {
        return hardware.getJsonArray("devices").stream().map(JsonValue::asJsonObject)
                .filter(device -> kind.equals(device.getString("kind"))).findFirst().orElseThrow().getString("id");
    }

    /** The simulator's relay states of {@link #DEVICE}: the camera's side of the truth. */
    private static String relayState() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(ArgusStack.onvifStateUrl(DEVICE).toString()))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException("simulator state of " + DEVICE + " unreadable", e);
        }
    }

    private static void assertProblem(Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        if (field != null) {
            assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
        }
    }
}
