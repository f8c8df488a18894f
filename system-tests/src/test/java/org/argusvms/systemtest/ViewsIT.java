package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Views and the seed's "view update" flow: an administrator changes a shared view, the change is stored, every client
 * connected to {@code /api/v1/configuration/ws} that may read it is told at once and reloads it. Optimistic locking
 * keeps a second administrator from overwriting the first; personal views stay private; tiles of cameras a user may
 * not watch are restricted.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class ViewsIT {

    private static final Duration NOTIFICATION = Duration.ofSeconds(10);
    private static final String CONFIGURATION_WS = "/configuration/ws";

    private final ApiClient api = ArgusStack.api();
    /** View paths deleted after the test, each with the token of a user allowed to delete it. */
    private final Map<String, String> cleanUp = new LinkedHashMap<>();
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
        marker = "T" + System.nanoTime();
    }

    @AfterEach
    void removeViews() {
        cleanUp.forEach((path, token) -> api.delete(path, token));
    }

    @Test
    void anOperatorIsToldAtOnceWhenAnAdministratorChangesASharedViewAndReloadsIt() {
        JsonObject created = create(admin, view("Entrance " + marker, true, 2, 2, tile(0, lobby)));
        try (EventSocket socket = configurationSocket(operator)) {
            JsonObject changed = change(admin, created, view("Entrance " + marker, true, 2, 2,
                    tile(0, lobby), tile(3, guardPost)));

            JsonObject change = socket.await(isChangeOf(created.getString("id")), NOTIFICATION).getJsonObject("change");
            assertEquals("view", change.getString("type"));
            assertEquals("UPDATED", change.getString("change"));
            assertEquals(changed.getJsonNumber("version").longValue(), change.getJsonNumber("version").longValue());
            assertEquals("admin", change.getString("changedBy"));
            assertFalse(change.getString("at").isBlank());

            // The client applies the change by reading the view again.
            JsonObject reloaded = api.get("/views/" + created.getString("id"), operator).json();
            assertEquals(List.of(0, 3), positions(reloaded));
        }
    }

    @Test
    void aSecondAdministratorWithAStaleVersionGetsAConflictAndTheFirstChangeSurvives() {
        JsonObject created = create(admin, view("Contested " + marker, true, 1, 2, tile(0, lobby)));
        String path = "/views/" + created.getString("id");
        String firstAdmin = api.token("admin", "admin");
        String secondAdmin = api.token("admin", "admin");
        String staleTag = "\"" + created.getJsonNumber("version") + "\"";

        Answer first = api.putJson(path, firstAdmin, view("Contested A " + marker, true, 1, 2, tile(1, guardPost)), staleTag);
        assertEquals(200, first.status(), first.body());
        Answer second = api.putJson(path, secondAdmin, view("Contested B " + marker, true, 2, 2), staleTag);
        assertEquals(409, second.status(), second.body());
        assertTrue(second.contentType().startsWith("application/problem+json"), second.contentType());

        Answer stored = api.get(path, admin);
        assertEquals("Contested A " + marker, stored.json().getString("name"));
        assertEquals(List.of(1), positions(stored.json()));
        assertEquals("\"" + first.json().getJsonNumber("version") + "\"", stored.header("ETag"));
        // The version in the body is checked the same way.
        Answer stale = api.putJson(path, secondAdmin, Json.createObjectBuilder(view("Late " + marker, true, 1, 1))
                .add("version", created.getJsonNumber("version")).build());
        assertEquals(409, stale.status(), stale.body());
        assertEquals(409, api.delete(path, secondAdmin, staleTag).status(), "a stale delete is refused too");
        assertEquals(200, api.get(path, admin).status());
    }

    @Test
    void aPersonalViewIsInvisibleToEveryoneButItsOwnerAndSoAreItsNotifications() {
        try (EventSocket ownerSocket = configurationSocket(operator);
             EventSocket adminSocket = configurationSocket(admin)) {
            JsonObject personal = create(operator, view("Mine " + marker, false, 1, 1, tile(0, lobby)));
            String id = personal.getString("id");
            assertEquals("operator", personal.getString("owner"));
            ownerSocket.await(isChangeOf(id), NOTIFICATION);

            for (String other : List.of(admin, guard)) {
                assertEquals(404, api.get("/views/" + id, other).status());
                assertEquals(404, api.putJson("/views/" + id, other, Json.createObjectBuilder(
                        view("Taken", false, 1, 1)).add("version", personal.getJsonNumber("version")).build()).status());
                assertEquals(404, api.delete("/views/" + id, other).status());
                assertTrue(viewIds(other, marker).isEmpty(), "listed to another user");
            }
            assertEquals(List.of(id), viewIds(operator, marker));

            // The administrator's socket is told about a shared view, never about the operator's personal one.
            JsonObject shared = create(admin, view("Shared " + marker, true, 1, 1));
            adminSocket.await(isChangeOf(shared.getString("id")), NOTIFICATION);
            assertTrue(adminSocket.seen().stream().noneMatch(isChangeOf(id)), adminSocket.seen().toString());
        }
    }

    @Test
    void aUserWithoutLiveOnACameraSeesItsTileAsRestricted() {
        JsonObject created = create(admin, view("Guard tour " + marker, true, 2, 2, tile(0, lobby), tile(1, guardPost)));
        JsonObject seenByGuard = api.get("/views/" + created.getString("id"), guard).json();
        JsonObject hidden = tileAt(seenByGuard, 0);
        assertTrue(hidden.getBoolean("restricted"));
        assertNull(hidden.get("cameraId"), "no camera id on a restricted tile: " + hidden);
        assertNull(hidden.get("cameraName"), "no camera name on a restricted tile: " + hidden);
        assertEquals(guardPost, tileAt(seenByGuard, 1).getString("cameraId"));
        assertFalse(seenByGuard.toString().contains(lobby), "the hidden camera's id appears nowhere");
        assertEquals(lobby, tileAt(api.get("/views/" + created.getString("id"), admin).json(), 0).getString("cameraId"));

        // Nor may the guard place a camera they cannot see, or change a shared view at all.
        assertEquals(400, api.postJson("/views", guard, view("Peek " + marker, false, 1, 1, tile(0, lobby))).status());
        assertEquals(403, api.putJson("/views/" + created.getString("id"), guard, Json.createObjectBuilder(
                view("Mine now", true, 1, 1)).add("version", created.getJsonNumber("version")).build()).status());
        assertEquals(403, api.postJson("/views", operator, view("Shared by operator " + marker, true, 1, 1)).status());
    }

    @Test
    void malformedViewsAreRefusedAndNothingIsStored() {
        long before = total(admin);
        List<Answer> refused = new ArrayList<>();
        refused.add(api.post("/views", admin, "application/json", "{\"name\": \"Broken"));
        refused.add(api.post("/views", admin, "application/json", "{\"name\":\"Rows\",\"rows\":\"many\",\"columns\":1}"));
        refused.add(api.postJson("/views", admin, view("Huge " + marker, true, 9, 9)));
        refused.add(api.postJson("/views", admin, view("Outside " + marker, true, 2, 2, tile(4, lobby))));
        refused.add(api.postJson("/views", admin, view("Unknown " + marker, true, 1, 1, tile(0, "no-such-camera"))));
        refused.add(api.postJson("/views", admin, view("x'; DROP TABLE live_view; --", true, 1, 1)));
        refused.add(api.postJson("/views", admin, view("../../etc/passwd", false, 1, 1)));
        refused.add(api.postJson("/views", admin, Json.createObjectBuilder().add("rows", 1).add("columns", 1).build()));
        for (Answer answer : refused) {
            assertEquals(400, answer.status(), answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        }
        assertEquals(before, total(admin), "no refused view was stored");

        JsonObject created = create(admin, view("Valid " + marker, true, 1, 1, tile(0, lobby)));
        Answer badChange = api.putJson("/views/" + created.getString("id"), admin, Json.createObjectBuilder(
                view("Valid " + marker, true, 9, 1)).add("version", created.getJsonNumber("version")).build());
        assertEquals(400, badChange.status(), badChange.body());
        assertEquals(created, api.get("/views/" + created.getString("id"), admin).json(), "the view is unchanged");
    }

    @Test
    void theListIsPagedAndFilteredByName() {
        for (int i = 0; i < 3; i++) {
            create(admin, view("Paged " + i + " " + marker, true, 1, 1));
        }
        Answer page = api.get("/views?name=" + marker + "&limit=2&offset=1", admin);
        assertEquals(200, page.status(), page.body());
        assertEquals("3", page.header("X-Total-Count"));
        assertEquals(List.of("Paged 1 " + marker, "Paged 2 " + marker), page.jsonArray().stream()
                .map(v -> v.asJsonObject().getString("name")).toList());
        assertEquals(400, api.get("/views?limit=0", admin).status());
    }

    /** The configuration lists share the paging parameters and the total header; the shapes stay JSON arrays. */
    @Test
    void configurationListsArePagedAndFiltered() {
        Answer lobbyOnly = api.get("/cameras?name=" + ArgusStack.DEMO_CAMERA.toLowerCase() + "&limit=1", operator);
        assertEquals(200, lobbyOnly.status(), lobbyOnly.body());
        assertEquals(List.of(lobby), lobbyOnly.jsonArray().stream().map(c -> c.asJsonObject().getString("id")).toList());
        assertEquals("1", lobbyOnly.header("X-Total-Count"));
        assertEquals(0, api.get("/cameras?recorderId=no-such-recorder", operator).jsonArray().size());
        assertEquals("1", api.get("/cameras?name=guard%20post", guard).header("X-Total-Count"));
        assertEquals("0", api.get("/cameras?name=" + ArgusStack.DEMO_CAMERA, guard).header("X-Total-Count"),
                "the guard's list counts only cameras they may see");

        Answer recorders = api.get("/recording-servers?online=true&limit=1", operator);
        assertEquals(ArgusStack.RECORDER_ID, recorders.jsonArray().getJsonObject(0).getString("id"));
        assertEquals("1", api.get("/roles?name=" + GuardRole.GUARD_ROLE + "&limit=1", admin).header("X-Total-Count"));
        assertEquals("1", api.get("/device-groups?name=" + GuardRole.GUARD_GROUP.replace(" ", "%20"), admin)
                .header("X-Total-Count"));
        assertEquals(400, api.get("/cameras?offset=-1", operator).status());
    }

    private EventSocket configurationSocket(String token) {
        EventSocket socket = EventSocket.openApi(CONFIGURATION_WS, token);
        socket.await(message -> "ready".equals(message.getString("type", "")), NOTIFICATION);
        return socket;
    }

    private static Predicate<JsonObject> isChangeOf(String id) {
        return message -> "configuration-changed".equals(message.getString("type", ""))
                && id.equals(message.getJsonObject("change").getString("id", ""));
    }

    private JsonObject create(String token, JsonObject view) {
        Answer created = api.postJson("/views", token, view);
        assertEquals(201, created.status(), created.body());
        JsonObject json = created.json();
        cleanUp.put("/views/" + json.getString("id"), token);
        return json;
    }

    private JsonObject change(String token, JsonObject current, JsonObject view) {
        Answer changed = api.putJson("/views/" + current.getString("id"), token,
                Json.createObjectBuilder(view).add("version", current.getJsonNumber("version")).build());
        assertEquals(200, changed.status(), changed.body());
        return changed.json();
    }

    private List<String> viewIds(String token, String nameContains) {
        return api.get("/views?name=" + nameContains, token).jsonArray().stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
    }

    private long total(String token) {
        return Long.parseLong(api.get("/views?limit=1", token).header("X-Total-Count"));
    }

    private static JsonObject view(String name, boolean shared, int rows, int columns, JsonObject... tiles) {
        JsonArrayBuilder tileArray = Json.createArrayBuilder();
        for (JsonObject tile : tiles) {
            tileArray.add(tile);
        }
        return Json.createObjectBuilder().add("name", name).add("shared", shared).add("rows", rows)
                .add("columns", columns).add("tiles", tileArray).build();
    }

    private static JsonObject tile(int position, String cameraId) {
        return Json.createObjectBuilder().add("position", position).add("cameraId", cameraId).build();
    }

    private static List<Integer> positions(JsonObject view) {
        return view.getJsonArray("tiles").stream().map(t -> t.asJsonObject().getInt("position")).toList();
    }

    private static JsonObject tileAt(JsonObject view, int position) {
        return view.getJsonArray("tiles").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getInt("position") == position).findFirst()
                .orElseThrow(() -> new AssertionError("no tile " + position + " in " + view));
    }
}
