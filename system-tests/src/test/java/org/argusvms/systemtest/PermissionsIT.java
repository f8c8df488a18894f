package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.EventSocket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * VMS roles enforced on every endpoint: administrators (role Administrators, claim administrator), operators (role
 * Operators, claim operator) and a guard whose only role, Guards (claim guard), grants LIVE on one device group
 * holding one camera. Cameras the guard may not see do not exist for them (404), administration is forbidden (403).
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class PermissionsIT {

    private final ApiClient api = ArgusStack.api();
    private Map<String, String> tokens;
    private String guardCamera;
    private String otherCamera;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void guardsMayWatchOneCameraOnly() {
        tokens = Map.of("admin", api.token("admin", "admin"), "operator", api.token("operator", "operator"),
                "guard", api.token("guard", "guard"));
        otherCamera = ArgusStack.ensureDemoCamera();
        guardCamera = GuardRole.define(api, tokens.get("admin"));
    }

    /** One request and the status each user must get. */
    private record Row(String what, Function<String, Answer> request, int admin, int operator, int guard) {
    }

    @Test
    void everyEndpointAnswersEachUserAsTheirRolesAllow() {
        String throwaway = addCamera("Throwaway " + Instant.now().toEpochMilli(), "rtsp://127.0.0.1:9/throwaway");
        List<Row> table = List.of(
                new Row("GET /cameras", token -> api.get("/cameras", token), 200, 200, 200),
                new Row("GET own camera", token -> api.get("/cameras/" + guardCamera, token), 200, 200, 200),
                new Row("GET other camera", token -> api.get("/cameras/" + otherCamera, token), 200, 200, 404),
                new Row("live access own camera", token -> live(guardCamera, token), 200, 200, 200),
                new Row("live access other camera", token -> live(otherCamera, token), 200, 200, 404),
                new Row("events of own camera", token -> api.get("/events?cameraId=" + guardCamera, token), 200, 200, 200),
                new Row("events of other camera", token -> api.get("/events?cameraId=" + otherCamera, token), 200, 200, 200),
                new Row("PUT own camera", token -> api.putJson("/cameras/" + guardCamera, token, unchanged(guardCamera)), 200, 403, 403),
                new Row("PUT other camera", token -> api.putJson("/cameras/" + otherCamera, token, unchanged(otherCamera)), 200, 403, 403),
                new Row("DELETE camera", token -> api.delete("/cameras/" + throwaway, token), 204, 403, 403),
                new Row("GET /roles", token -> api.get("/roles?name=guard&limit=10", token), 200, 403, 403),
                new Row("POST /roles", token -> api.postJson("/roles", token, Json.createObjectBuilder()
                        .add("name", "Nobody " + Instant.now().toEpochMilli()).build()), 201, 403, 403),
                new Row("GET /device-groups", token -> api.get("/device-groups?offset=0", token), 200, 403, 403),
                new Row("POST /device-groups", token -> api.postJson("/device-groups", token, Json.createObjectBuilder()
                        .add("name", "Empty " + Instant.now().toEpochMilli()).build()), 201, 403, 403),
                new Row("GET storages", token -> api.get("/recording-servers/" + ArgusStack.RECORDER_ID
                        + "/storages", token), 200, 403, 403),
                new Row("GET /audit", token -> api.get("/audit?user=admin", token), 200, 403, 403),
                new Row("GET /hardware", token -> api.get("/hardware?limit=5", token), 200, 403, 403),
                new Row("POST /hardware", token -> api.postJson("/hardware", token, Json.createObjectBuilder()
                        .add("name", "Spare " + Instant.now().toEpochMilli()).add("driver", "RTSP")
                        .add("address", "rtsp://127.0.0.1:9/spare").add("recorderId", ArgusStack.RECORDER_ID)
                        .build()), 201, 403, 403),
                new Row("GET /site", token -> api.get("/site", token), 200, 403, 403),
                new Row("GET /site/tree", token -> api.get("/site/tree", token), 200, 403, 403));

        List<String> wrong = new ArrayList<>();
        for (Row row : table) {
            // The administrator goes last: the DELETE row would otherwise leave nothing for the others to be refused.
            check(row, "operator", row.operator(), wrong);
            check(row, "guard", row.guard(), wrong);
            check(row, "admin", row.admin(), wrong);
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    @Test
    void listsAndEventsShowOnlyWhatTheGuardMaySee() {
        assertEquals(Set.of(guardCamera), cameraIds("guard"));
        assertTrue(cameraIds("operator").containsAll(Set.of(guardCamera, otherCamera)));

        JsonArray otherEvents = api.get("/events?cameraId=" + otherCamera, tokens.get("guard")).jsonArray();
        assertEquals(0, otherEvents.size(), "events of an invisible camera are not shown: " + otherEvents);
        assertTrue(api.get("/events", tokens.get("guard")).jsonArray().stream().map(JsonValue::asJsonObject)
                .noneMatch(event -> otherCamera.equals(event.getString("cameraId", null))));
    }

    @Test
    void twoAdministratorsChangingTheSameVersionGetOneSuccessAndOneConflict() {
        String contested = addCamera("Contested " + Instant.now().toEpochMilli(), "rtsp://127.0.0.1:9/contested");
        try {
            JsonObject read = api.get("/cameras/" + contested, tokens.get("admin")).json();
            String firstAdmin = api.token("admin", "admin");
            String secondAdmin = api.token("admin", "admin");
            CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() ->
                    api.putJson("/cameras/" + contested, firstAdmin, renamed(read, read.getString("name") + " A")));
            CompletableFuture<Answer> second = CompletableFuture.supplyAsync(() ->
                    api.putJson("/cameras/" + contested, secondAdmin, renamed(read, read.getString("name") + " B")));
            List<Answer> answers = List.of(first.join(), second.join());

            List<Integer> statuses = answers.stream().map(Answer::status).sorted().toList();
            assertEquals(List.of(200, 409), statuses, answers.toString());
            Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
            Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertTrue(loser.contentType().startsWith("application/problem+json"), loser.contentType());

            JsonObject stored = api.get("/cameras/" + contested, tokens.get("admin")).json();
            assertEquals(winner.json().getString("name"), stored.getString("name"), "the first change survives");
            assertEquals(read.getJsonNumber("version").longValue() + 1, stored.getJsonNumber("version").longValue());

            // Resending the stale version later is still refused.
            assertEquals(409, api.putJson("/cameras/" + contested, tokens.get("admin"), renamed(read, "Late")).status());
        } finally {
            api.delete("/cameras/" + contested, tokens.get("admin"));
        }
    }

    @Test
    void theAuditTrailShowsAdministratorChangesAndLiveAccessWithUserNames() {
        Instant since = Instant.now().minusSeconds(1);
        assertEquals(200, live(guardCamera, tokens.get("guard")).status());
        assertEquals(200, api.putJson("/cameras/" + guardCamera, tokens.get("admin"), unchanged(guardCamera)).status());
        String renamedGroup = "Audited " + Instant.now().toEpochMilli();
        Answer created = api.postJson("/device-groups", tokens.get("admin"), Json.createObjectBuilder().add("name", renamedGroup).build());
        assertEquals(201, created.status(), created.body());
        assertEquals(403, api.putJson("/cameras/" + guardCamera, tokens.get("operator"), unchanged(guardCamera)).status());

        List<JsonObject> entries = api.get("/audit?from=" + since, tokens.get("admin")).jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        assertAudited(entries, "guard", "camera.live", guardCamera, "SUCCESS");
        assertAudited(entries, "admin", "camera.change", guardCamera, "SUCCESS");
        assertAudited(entries, "admin", "device-group.create", renamedGroup, "SUCCESS");
        assertAudited(entries, "operator", "admin.configuration", null, "DENIED");

        List<JsonObject> guardOnly = api.get("/audit?user=guard&from=" + since, tokens.get("admin")).jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        assertTrue(!guardOnly.isEmpty() && guardOnly.stream().allMatch(e -> "guard".equals(e.getString("userName"))), guardOnly.toString());
        assertEquals(400, api.get("/audit?from=yesterday", tokens.get("admin")).status());
    }

    private static void assertAudited(List<JsonObject> entries, String user, String action, String targetPart, String outcome) {
        JsonObject entry = entries.stream()
                .filter(e -> user.equals(e.getString("userName")) && action.equals(e.getString("action"))
                        && outcome.equals(e.getString("outcome"))
                        && (targetPart == null || e.getString("target", "").contains(targetPart)))
                .findFirst().orElse(null);
        assertNotNull(entry, "no " + outcome + " " + action + " by " + user + " in " + entries);
        assertNotNull(entry.getString("clientAddress", null), "the client address is recorded: " + entry);
    }

    private void check(Row row, String user, int expected, List<String> wrong) {
        Answer answer = row.request().apply(tokens.get(user));
        if (answer.status() != expected) {
            wrong.add(row.what() + " as " + user + ": expected " + expected + ", got " + answer.status() + " " + answer.body());
        } else if (expected >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            wrong.add(row.what() + " as " + user + ": error without problem details: " + answer.contentType());
        }
    }

    private Answer live(String cameraId, String token) {
        return api.post("/cameras/" + cameraId + "/live-access", token, "application/json", "");
    }

    /**
     * The event WebSocket applies the same rights: restarting both cameras produces recorder events for each; the
     * administrator receives both cameras' events, the guard only those of the camera their role grants.
     */
    @Test
    void theEventStreamCarriesOnlyEventsOfCamerasTheSubscriberMaySee() {
        JsonObject everything = Json.createObjectBuilder().add("type", "subscribe").build();
        try (EventSocket guard = EventSocket.open(tokens.get("guard"));
             EventSocket admin = EventSocket.open(tokens.get("admin"))) {
            guard.subscribe(everything);
            admin.subscribe(everything);

            restart(otherCamera);
            restart(guardCamera);

            Duration delivery = Duration.ofSeconds(30);
            admin.await(message -> isEventOf(message, otherCamera), delivery);
            admin.await(message -> isEventOf(message, guardCamera), delivery);
            guard.await(message -> isEventOf(message, guardCamera), delivery);
            assertTrue(guard.seen().stream().noneMatch(message -> isEventOf(message, otherCamera)),
                    "the guard never receives events of a camera they may not see: " + guard.seen());
        }
    }

    private static boolean isEventOf(JsonObject message, String cameraId) {
        return "event".equals(message.getString("type", "")) && cameraId.equals(message.getJsonObject("event").getString("cameraId", ""));
    }

    /** Disables and re-enables the camera, as an administrator would: its recorder reports it stopping and starting. */
    private void restart(String cameraId) {
        for (boolean enabled : new boolean[] {false, true}) {
            JsonObject edit = Json.createObjectBuilder(unchanged(cameraId)).add("enabled", enabled).build();
            Answer answer = api.putJson("/cameras/" + cameraId, tokens.get("admin"), edit);
            assertEquals(200, answer.status(), answer.body());
        }
    }

    private Set<String> cameraIds(String user) {
        return api.get("/cameras", tokens.get(user)).jsonArray().stream()
                .map(camera -> camera.asJsonObject().getString("id")).collect(Collectors.toSet());
    }

    /** The camera's current configuration and version, as an administrator's no-op edit would send it. */
    private JsonObject unchanged(String cameraId) {
        JsonObject camera = api.get("/cameras/" + cameraId, tokens.get("admin")).json();
        return renamed(camera, camera.getString("name"));
    }

    private static JsonObject renamed(JsonObject camera, String name) {
        return Json.createObjectBuilder().add("name", name).add("streamUrl", camera.getString("streamUrl"))
                .add("recorderId", camera.getString("recorderId")).add("recordingMode", camera.getString("recordingMode"))
                .add("enabled", camera.getBoolean("enabled")).add("version", camera.getJsonNumber("version")).build();
    }

    private String addCamera(String name, String url) {
        Answer created = api.postJson("/cameras", tokens.get("admin"), Json.createObjectBuilder().add("name", name)
                .add("streamUrl", url).add("recorderId", ArgusStack.RECORDER_ID).build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }
}
