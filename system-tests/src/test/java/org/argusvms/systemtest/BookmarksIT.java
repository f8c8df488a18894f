package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bookmarks over REST: an operator marks an instant of a camera, finds it by camera, time and text, changes it on the
 * version they read and deletes it; bad input stores nothing; a guard without PLAYBACK never sees bookmarks of the
 * camera they may only watch live; every change is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class BookmarksIT {

    private final ApiClient api = ArgusStack.api();
    private final Instant noon = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
    /** Unique per test run, so the text filter finds only this run's bookmarks. */
    private final String run = "run" + System.nanoTime();
    private Map<String, String> tokens;
    private String camera;
    private String guardCamera;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void cameras() {
        tokens = Map.of("admin", api.token("admin", "admin"), "operator", api.token("operator", "operator"),
                "guard", api.token("guard", "guard"));
        camera = ArgusStack.ensureDemoCamera();
        guardCamera = GuardRole.define(api, tokens.get("admin"));
    }

    @Test
    void operatorCreatesFindsChangesAndDeletesABookmark() {
        Instant since = Instant.now().minusSeconds(1);
        Answer created = api.postJson("/bookmarks", tokens.get("operator"), bookmark(camera, noon, "Van at gate " + run)
                .add("description", "Blue van, plate unreadable, tag " + run).build());
        assertEquals(201, created.status(), created.body());
        JsonObject bookmark = created.json();
        String id = bookmark.getString("id");
        long version = bookmark.getJsonNumber("version").longValue();
        assertTrue(created.header("Location").endsWith("/bookmarks/" + id), created.header("Location"));
        assertEquals(noon.minusSeconds(10).toString(), bookmark.getString("from"), "10 s before by default");
        assertEquals(noon.plusSeconds(20).toString(), bookmark.getString("to"), "20 s after by default");
        assertEquals("operator", bookmark.getString("createdBy"));

        Answer read = api.get("/bookmarks/" + id, tokens.get("operator"));
        assertEquals(200, read.status());
        assertEquals("Blue van, plate unreadable, tag " + run, read.json().getString("description"));

        assertEquals(List.of(id), ids(list("?cameraId=" + camera + "&from=" + noon.minusSeconds(5)
                + "&to=" + noon.plusSeconds(5) + "&q=" + run, "operator")), "overlapping the range, on the camera");
        assertEquals(List.of(id), ids(list("?q=" + "VAN+AT+GATE+" + run.toUpperCase(), "operator")),
                "the text matches regardless of case");
        assertEquals(List.of(id), ids(list("?q=TAG+" + run, "operator")), "the description is searched too");
        assertEquals(List.of(), ids(list("?q=" + run + "&from=" + noon.plusSeconds(21), "operator")),
                "a range after the bookmark's end does not find it");
        assertEquals(List.of(), ids(list("?q=" + run + "&cameraId=" + guardCamera, "operator")),
                "another camera does not find it");

        JsonObject changed = api.putJson("/bookmarks/" + id, tokens.get("operator"),
                bookmark(camera, noon, "Van leaves " + run).add("version", version).build()).json();
        assertEquals("Van leaves " + run, changed.getString("headline"));
        assertEquals(version + 1, changed.getJsonNumber("version").longValue());
        Answer stale = api.putJson("/bookmarks/" + id, tokens.get("operator"),
                bookmark(camera, noon, "Overwritten " + run).add("version", version).build());
        assertEquals(409, stale.status(), stale.body());
        assertEquals("Van leaves " + run, api.get("/bookmarks/" + id, tokens.get("operator")).json().getString("headline"),
                "the stale change stored nothing");

        assertEquals(409, api.delete("/bookmarks/" + id, tokens.get("operator"), "\"" + version + "\"").status());
        assertEquals(204, api.delete("/bookmarks/" + id, tokens.get("operator"), "\"" + (version + 1) + "\"").status());
        assertEquals(404, api.get("/bookmarks/" + id, tokens.get("operator")).status());

        List<JsonObject> audit = api.get("/audit?user=operator&from=" + since, tokens.get("admin")).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(entry -> entry.getString("target", "").contains(id)).toList();
        assertEquals(List.of("bookmark.change", "bookmark.create", "bookmark.delete"),
                audit.stream().map(entry -> entry.getString("action")).sorted().toList(), audit.toString());
    }

    @Test
    void badInputIsRefusedWithProblemDetailsAndStoresNothing() {
        assertProblem(400, "headline", api.postJson("/bookmarks", tokens.get("operator"),
                Json.createObjectBuilder().add("cameraId", camera).add("at", noon.toString()).build()));
        assertProblem(400, "headline", api.postJson("/bookmarks", tokens.get("operator"),
                bookmark(camera, noon, run + "x".repeat(101)).build()));
        assertProblem(400, "to", api.postJson("/bookmarks", tokens.get("operator"), bookmark(camera, noon, run)
                .add("from", noon.plusSeconds(5).toString()).add("to", noon.minusSeconds(5).toString()).build()));
        assertProblem(400, "at", api.postJson("/bookmarks", tokens.get("operator"),
                Json.createObjectBuilder().add("cameraId", camera).add("headline", run).build()));
        assertEquals(404, api.postJson("/bookmarks", tokens.get("operator"),
                bookmark("no-such-camera", noon, run).build()).status());
        assertEquals(400, api.get("/bookmarks?from=yesterday", tokens.get("operator")).status());

        Answer all = api.get("/bookmarks?q=" + run, tokens.get("admin"));
        assertEquals(List.of(), ids(all.jsonArray()), "nothing was stored");
        assertEquals("0", all.header("X-Total-Count"));
    }

    @Test
    void withoutPlaybackACamerasBookmarksDoNotExistAndOthersBookmarksNeedAnAdministrator() {
        JsonObject operatorsBookmark = api.postJson("/bookmarks", tokens.get("operator"),
                bookmark(guardCamera, noon, "Guard post " + run).build()).json();
        String onGuardCamera = operatorsBookmark.getString("id");
        JsonObject adminsBookmark = api.postJson("/bookmarks", tokens.get("admin"),
                bookmark(camera, noon, "Lobby " + run).build()).json();
        String byAdmin = adminsBookmark.getString("id");

        assertEquals(404, api.get("/bookmarks/" + onGuardCamera, tokens.get("guard")).status(),
                "live-only viewers do not see recorded bookmarks");
        assertEquals(List.of(), ids(list("?q=" + run, "guard")));
        assertEquals(List.of(), ids(list("?cameraId=" + guardCamera, "guard")));
        assertEquals(403, api.postJson("/bookmarks", tokens.get("guard"),
                bookmark(guardCamera, noon, "Guard " + run).build()).status(), "LIVE without PLAYBACK");
        assertEquals(404, api.postJson("/bookmarks", tokens.get("guard"),
                bookmark(camera, noon, "Guard " + run).build()).status(), "a camera the guard may not see");
        assertEquals(404, api.delete("/bookmarks/" + onGuardCamera, tokens.get("guard")).status());

        assertEquals(403, api.putJson("/bookmarks/" + byAdmin, tokens.get("operator"),
                bookmark(camera, noon, "Taken over " + run).add("version", adminsBookmark.getJsonNumber("version"))
                        .build()).status());
        assertEquals(403, api.delete("/bookmarks/" + byAdmin, tokens.get("operator")).status());
        assertEquals("Lobby " + run, api.get("/bookmarks/" + byAdmin, tokens.get("operator")).json().getString("headline"));
        assertEquals(200, api.putJson("/bookmarks/" + onGuardCamera, tokens.get("admin"),
                bookmark(guardCamera, noon, "Checked by admin " + run)
                        .add("version", operatorsBookmark.getJsonNumber("version")).build()).status(),
                "administrators tidy up everyone's bookmarks");
        assertEquals(2, list("?q=" + run, "operator").size(), "both are listed for the operator");
    }

    private JsonArray list(String query, String user) {
        Answer answer = api.get("/bookmarks" + query, tokens.get(user));
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray();
    }

    private static List<String> ids(JsonArray bookmarks) {
        return bookmarks.stream().map(b -> b.asJsonObject().getString("id")).toList();
    }

    private static JsonObjectBuilder bookmark(String cameraId, Instant at, String headline) {
        return Json.createObjectBuilder().add("cameraId", cameraId).add("at", at.toString()).add("headline", headline);
    }

    private static void assertProblem(int status, String field, Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals(field, answer.json().getString("field", null), answer.body());
    }
}
