package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.EventSocket;
import org.argusvms.systemtest.support.FloorPlans;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Maps over the REST API: an administrator creates a floor plan, uploads its picture and places cameras; operators
 * read it, the picture with caching headers, and never see placements of cameras they may not watch. Bad input is
 * refused with a clear problem and changes nothing; a stale version is a conflict.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class MapsIT {

    private static final Duration NOTIFICATION = Duration.ofSeconds(10);

    private final ApiClient api = ArgusStack.api();
    private final List<String> created = new ArrayList<>();
    private String admin;
    private String operator;
    private String guard;
    private String lobby;
    private String guardPost;
    private String marker;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void camerasAndUsers() {
        admin = api.token("admin", "admin");
        operator = api.token("operator", "operator");
        guard = api.token("guard", "guard");
        lobby = ArgusStack.ensureDemoCamera();
        guardPost = GuardRole.define(api, admin);
        marker = "M" + System.nanoTime();
    }

    @AfterEach
    void removeMaps() {
        created.forEach(id -> api.delete("/maps/" + id, admin));
    }

    @Test
    void anAdministratorDrawsAMapAndOperatorsReadItWithTheirCamerasOnly() {
        JsonObject map = create("Ground floor " + marker);
        String id = map.getString("id");
        byte[] png = FloorPlans.picture("png", 800, 500);

        try (EventSocket socket = EventSocket.openApi("/configuration/ws", operator)) {
            socket.await(message -> "ready".equals(message.getString("type", "")), NOTIFICATION);
            HttpResponse<String> uploaded = FloorPlans.upload(id, admin, "image/png", png, null);
            assertEquals(204, uploaded.statusCode(), uploaded.body());
            JsonObject change = socket.await(message -> "configuration-changed".equals(message.getString("type", ""))
                    && id.equals(message.getJsonObject("change").getString("id")), NOTIFICATION).getJsonObject("change");
            assertEquals("map", change.getString("type"));
            assertEquals("UPDATED", change.getString("change"));
        }

        JsonObject placed = place(id, version(id), placement(lobby, 0.25, 0.5), placement(guardPost, 0.75, 0.2)
                .add("rotation", 90).add("label", "Gate"));
        assertEquals(List.of(lobby, guardPost), cameraIds(placed));

        JsonObject read = api.get("/maps/" + id, operator).json();
        assertEquals("image/png", read.getString("imageType"));
        assertEquals(800, read.getInt("imageWidth"));
        assertEquals(500, read.getInt("imageHeight"));
        assertEquals(List.of(lobby, guardPost), cameraIds(read));
        JsonObject gate = read.getJsonArray("placements").getJsonObject(1);
        assertEquals(0.75, gate.getJsonNumber("x").doubleValue());
        assertEquals(90, gate.getInt("rotation"));
        assertEquals("Gate", gate.getString("label"));
        assertEquals("Guard post", gate.getString("cameraName"));
        assertTrue(listed(operator).contains(id), "the operator lists the map");

        HttpResponse<byte[]> image = FloorPlans.download(id, operator, null);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(png, image.body());
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + read.getJsonNumber("version") + "\"", etag);
        assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("no-cache"));
        assertEquals(304, FloorPlans.download(id, operator, etag).statusCode(), "an unchanged picture is not resent");

        // The guard may watch the guard post only: the lobby camera is not on his map, not even by id.
        Answer guardsMap = api.get("/maps/" + id, guard);
        assertEquals(200, guardsMap.status(), guardsMap.body());
        assertEquals(List.of(guardPost), cameraIds(guardsMap.json()));
        assertTrue(!guardsMap.body().contains(lobby) && !guardsMap.body().contains(ArgusStack.demoCameraName()),
                guardsMap.body());
        assertTrue(!api.get("/maps?name=" + marker, guard).body().contains(lobby));

        assertEquals(403, api.delete("/maps/" + id, operator).status());
        assertEquals(204, api.delete("/maps/" + id, admin, "\"" + version(id) + "\"").status());
        assertEquals(404, api.get("/maps/" + id, operator).status());
        assertEquals(404, FloorPlans.download(id, operator, null).statusCode(), "the picture went with the map");
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        String id = create("Basement " + marker).getString("id");
        byte[] png = FloorPlans.picture("png", 400, 300);
        assertEquals(204, FloorPlans.upload(id, admin, "image/png", png, null).statusCode());
        place(id, version(id), placement(lobby, 0.5, 0.5));
        long version = version(id);

        HttpResponse<String> garbage = FloorPlans.upload(id, admin, "image/png",
                "definitely not a picture".getBytes(StandardCharsets.UTF_8), null);
        assertProblem(400, "image", garbage.statusCode(), garbage.body());
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> disguisedSvg = FloorPlans.upload(id, admin, "image/png", svg, null);
        assertProblem(400, "image", disguisedSvg.statusCode(), disguisedSvg.body());
        assertTrue(disguisedSvg.body().contains("PNG or JPEG"), disguisedSvg.body());
        byte[] sixMegabytes = Arrays.copyOf(png, 6 * 1024 * 1024);
        assertEquals(413, FloorPlans.upload(id, admin, "image/png", sixMegabytes, null).statusCode());

        Answer outside = api.putJson("/maps/" + id + "/placements", admin, placements(version,
                placement(lobby, 1.5, 0.5)));
        assertProblem(400, "placements[0].x", outside.status(), outside.body());
        Answer unknown = api.putJson("/maps/" + id + "/placements", admin, placements(version,
                placement("no-such-camera", 0.5, 0.5)));
        assertProblem(400, "placements[0].cameraId", unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("does not exist"), unknown.body());
        Answer twice = api.putJson("/maps/" + id + "/placements", admin, placements(version,
                placement(lobby, 0.1, 0.1), placement(lobby, 0.2, 0.2)));
        assertProblem(400, "placements[1].cameraId", twice.status(), twice.body());
        Answer byOperator = api.putJson("/maps/" + id + "/placements", operator, placements(version));
        assertEquals(403, byOperator.status(), byOperator.body());
        assertEquals(403, FloorPlans.upload(id, operator, "image/png", png, null).statusCode());
        assertEquals(400, api.postJson("/maps", admin, Json.createObjectBuilder()
                .add("name", "Basement " + marker).build()).status(), "names are unique");

        JsonObject unchanged = api.get("/maps/" + id, admin).json();
        assertEquals(version, unchanged.getJsonNumber("version").longValue());
        assertEquals(List.of(lobby), cameraIds(unchanged));
        assertEquals(0.5, unchanged.getJsonArray("placements").getJsonObject(0).getJsonNumber("x").doubleValue());
        assertArrayEquals(png, FloorPlans.download(id, admin, null).body());
    }

    @Test
    void aSecondAdministratorWithAStaleVersionGetsAConflictAndTheFirstChangeSurvives() {
        String id = create("Roof " + marker).getString("id");
        long version = version(id);

        Answer first = api.putJson("/maps/" + id + "/placements", admin, placements(version, placement(lobby, 0.1, 0.9)));
        assertEquals(200, first.status(), first.body());
        Answer second = api.putJson("/maps/" + id + "/placements", api.token("admin", "admin"),
                placements(version, placement(guardPost, 0.9, 0.1)));
        assertEquals(409, second.status(), second.body());
        assertTrue(second.contentType().startsWith("application/problem+json"), second.contentType());
        HttpResponse<String> staleUpload = FloorPlans.upload(id, admin, "image/jpeg",
                FloorPlans.picture("jpeg", 320, 240), "\"" + version + "\"");
        assertEquals(409, staleUpload.statusCode(), staleUpload.body());
        assertEquals(409, api.delete("/maps/" + id, admin, "\"" + version + "\"").status());

        JsonObject stored = api.get("/maps/" + id, admin).json();
        assertEquals(List.of(lobby), cameraIds(stored));
        assertTrue(!stored.containsKey("imageType") || stored.isNull("imageType"), stored.toString());
    }

    private JsonObject create(String name) {
        Answer answer = api.postJson("/maps", admin, Json.createObjectBuilder().add("name", name).build());
        assertEquals(201, answer.status(), answer.body());
        created.add(answer.json().getString("id"));
        return answer.json();
    }

    private JsonObject place(String id, long version, JsonObjectBuilder... placements) {
        Answer answer = api.putJson("/maps/" + id + "/placements", admin, placements(version, placements));
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private long version(String id) {
        return api.get("/maps/" + id, admin).json().getJsonNumber("version").longValue();
    }

    private List<String> listed(String token) {
        return api.get("/maps?name=" + marker, token).jsonArray().stream()
                .map(map -> map.asJsonObject().getString("id")).toList();
    }

    private static List<String> cameraIds(JsonObject map) {
        return map.getJsonArray("placements").stream()
                .map(placement -> placement.asJsonObject().getString("cameraId")).toList();
    }

    private static void assertProblem(int status, String field, int actualStatus, String body) {
        assertEquals(status, actualStatus, body);
        JsonObject problem = Json.createReader(new StringReader(body)).readObject();
        assertEquals(field, problem.getString("field", null), body);
        assertTrue(!problem.getString("detail", "").isBlank(), body);
    }

    private static JsonObjectBuilder placement(String cameraId, double x, double y) {
        return Json.createObjectBuilder().add("cameraId", cameraId).add("x", x).add("y", y);
    }

    private static JsonObject placements(long version, JsonObjectBuilder... placements) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder placement : placements) {
            array.add(placement);
        }
        return Json.createObjectBuilder().add("version", version).add("placements", array).build();
    }
}
