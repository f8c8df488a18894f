package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.EventSocket;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
 * Storages of a recording server (docs/design/storages.md) through the REST API, with the real recorder process: a
 * recorder comes with a default storage describing its directory, administrators manage storages while bad input
 * changes nothing, and a camera assigned to a new storage records into that directory with the usage reported.
 */
class StoragesIT extends EventServerIT {

    private static final String STORAGES = "/recording-servers/" + ArgusStack.RECORDER_ID + "/storages";

    @Test
    void theRecorderHasADefaultStorageDescribingTheDirectoryItRecordsTo() {
        ArgusStack.ensureDemoCamera();
        JsonObject defaultStorage = defaultStorage();

        assertEquals(ArgusStack.recorderStorage().toAbsolutePath().normalize().toString(),
                defaultStorage.getString("path"));
        assertFalse(defaultStorage.containsKey("retentionDays") || defaultStorage.containsKey("maxSizeGiB"),
                "no limit was added: " + defaultStorage);
        JsonObject usage = Await.until("the recorder reports the default storage's usage", Duration.ofSeconds(60),
                () -> {
                    JsonObject storage = api.get(STORAGES + "/" + defaultStorage.getString("id"), admin).json();
                    return storage.get("usage") instanceof JsonObject figures
                            && figures.getJsonNumber("usedBytes").longValue() > 0 ? figures : null;
                });
        assertTrue(usage.getJsonNumber("totalBytes").longValue() >= usage.getJsonNumber("freeBytes").longValue());
        assertNotNull(usage.getString("oldestRecording"));
    }

    @Test
    void administratorsManageStoragesAndBadInputChangesNothing() throws IOException {
        ArgusStack.ensureDemoCamera();
        Path directory = workDirectory("crud");
        JsonObject created;
        try (EventSocket socket = EventSocket.openApi("/configuration/ws", admin)) {
            socket.await(message -> "ready".equals(message.getString("type", "")), Duration.ofSeconds(10));
            created = createObject(STORAGES, storage("Archive " + marker, directory.toString())
                    .add("retentionDays", 30).add("maxSizeGiB", 2).build());
            JsonObject change = socket.await(message -> "configuration-changed".equals(message.getString("type", ""))
                    && created.getString("id").equals(message.getJsonObject("change").getString("id")),
                    Duration.ofSeconds(10)).getJsonObject("change");
            assertEquals(List.of("storage", "CREATED"), List.of(change.getString("type"), change.getString("change")),
                    "administrators' clients hear of the new storage at once");
        }
        String id = created.getString("id");
        assertFalse(created.getBoolean("defaultStorage"));
        assertEquals(30, created.getInt("retentionDays"));
        assertEquals(withoutUsage(created), withoutUsage(api.get(STORAGES + "/" + id, admin).json()));
        Answer listed = api.get(STORAGES + "?name=" + marker, admin);
        assertEquals(1, listed.jsonArray().size(), listed.body());
        assertEquals("1", listed.header("X-Total-Count"));

        JsonObject changed = api.putJson(STORAGES + "/" + id, admin, storage("Archive " + marker, directory.toString())
                .add("retentionDays", 60).add("version", created.getJsonNumber("version")).build()).json();
        assertEquals(60, changed.getInt("retentionDays"));
        assertFalse(changed.containsKey("maxSizeGiB"), "absent from the change: no size limit any more");

        List<JsonObject> before = storages();
        assertRefused(400, "path", api.postJson(STORAGES, admin, storage("Relative " + marker, "media/archive").build()));
        assertRefused(400, "path", api.postJson(STORAGES, admin,
                storage("Traversal " + marker, directory + "/../../etc").build()));
        assertRefused(400, "path", api.postJson(STORAGES, admin,
                storage("Control " + marker, directory + "/a\u0007b").build()));
        assertRefused(400, "maxSizeGiB", api.postJson(STORAGES, admin,
                storage("Negative " + marker, directory + "-n").add("maxSizeGiB", -5).build()));
        assertRefused(400, "retentionDays", api.postJson(STORAGES, admin,
                storage("Forever " + marker, directory + "-f").add("retentionDays", 0).build()));
        assertRefused(400, "path", api.postJson(STORAGES, admin,
                storage("Same path " + marker, directory.toString()).build()));
        Path file = Files.writeString(workDirectory("blocked").resolve("a-file"), "not a directory");
        Answer unwritable = api.postJson(STORAGES, admin, storage("Unwritable " + marker, file + "/media").build());
        assertRefused(400, "path", unwritable);
        assertTrue(unwritable.body().contains("cannot be created or written"), unwritable.body());
        assertEquals(404, api.postJson("/recording-servers/no-such-recorder/storages", admin,
                storage("Nowhere " + marker, directory + "-x").build()).status());
        Answer stale = api.putJson(STORAGES + "/" + id, admin, storage("Stale " + marker, directory.toString())
                .add("version", created.getJsonNumber("version")).build());
        assertEquals(409, stale.status(), stale.body());
        assertEquals(before, storages(), "nothing was stored or changed by the refused requests");

        assertEquals(403, api.get(STORAGES, operator).status());
        assertEquals(403, api.postJson(STORAGES, operator, storage("Operator " + marker, directory + "-o").build())
                .status());
        Answer defaultDeleted = api.delete(STORAGES + "/" + defaultStorage().getString("id"), admin);
        assertEquals(409, defaultDeleted.status(), defaultDeleted.body());

        assertEquals(204, api.delete(STORAGES + "/" + id, admin).status());
        assertEquals(404, api.get(STORAGES + "/" + id, admin).status());
        cleanUp.clear();
    }

    @Test
    void aCameraAssignedToANewStorageRecordsIntoItsDirectoryAndTheStorageCannotGoWhileInUse() throws IOException {
        Path directory = workDirectory("recording");
        String storage = create(STORAGES, storage("Fast disk " + marker, directory.toString()).add("retentionDays", 7)
                .build());
        String camera = ArgusStack.ensureCamera("Stored " + marker, "cam3");
        cleanUp.add(0, "/cameras/" + camera);

        Answer unknown = api.putJson("/cameras/" + camera, admin, cameraChange(camera, "no-such-storage"));
        assertRefused(400, "storageId", unknown);
        Answer assigned = api.putJson("/cameras/" + camera, admin, cameraChange(camera, storage));
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(storage, api.get("/cameras/" + camera, admin).json().getString("storageId"));

        Await.until("segments of the camera in " + directory, Duration.ofSeconds(90),
                () -> segmentCount(directory.resolve(camera)) > 0 ? Boolean.TRUE : null);
        JsonObject usage = Await.until("the new storage's usage", Duration.ofSeconds(30), () -> {
            JsonObject read = api.get(STORAGES + "/" + storage, admin).json();
            return read.get("usage") instanceof JsonObject figures
                    && figures.getJsonNumber("usedBytes").longValue() > 0 ? figures : null;
        });
        assertNotNull(usage.getString("oldestRecording"));
        assertEquals(List.of(camera), api.get(STORAGES + "/" + storage, admin).json().getJsonArray("cameraIds")
                .getValuesAs(jakarta.json.JsonString::getString));

        Answer inUse = api.delete(STORAGES + "/" + storage, admin);
        assertEquals(409, inUse.status(), inUse.body());
        assertTrue(inUse.body().contains("Stored " + marker), "the refusal names the camera: " + inUse.body());
    }

    @Test
    void theOpenApiDocumentDescribesStorages() {
        JsonObject document = new ApiClient("http://localhost:8080", ArgusStack.keycloakUrl())
                .get("/openapi?format=JSON", null).json();
        assertTrue(document.getJsonObject("paths").keySet().stream()
                .anyMatch(path -> path.endsWith("/recording-servers/{recorderId}/storages")),
                document.getJsonObject("paths").keySet().toString());
    }

    private JsonObject cameraChange(String cameraId, String storageId) {
        JsonObject camera = api.get("/cameras/" + cameraId, admin).json();
        return Json.createObjectBuilder().add("name", camera.getString("name"))
                .add("streamUrl", camera.getString("streamUrl")).add("recorderId", camera.getString("recorderId"))
                .add("recordingMode", camera.getString("recordingMode")).add("enabled", camera.getBoolean("enabled"))
                .add("storageId", storageId).add("version", camera.getJsonNumber("version")).build();
    }

    private JsonObject defaultStorage() {
        return Await.until("the recorder's default storage", Duration.ofSeconds(30), () -> storages().stream()
                .filter(storage -> storage.getBoolean("defaultStorage")).findFirst().orElse(null));
    }

    /** The storages without the recorder's live figures, which change as it records. */
    private List<JsonObject> storages() {
        return api.get(STORAGES, admin).jsonArray().stream().map(JsonValue::asJsonObject)
                .map(StoragesIT::withoutUsage).toList();
    }

    private static JsonObject withoutUsage(JsonObject storage) {
        return Json.createObjectBuilder(storage).remove("usage").remove("cameraIds").build();
    }

    private static JsonObjectBuilder storage(String name, String path) {
        return Json.createObjectBuilder().add("name", name).add("path", path);
    }

    private static void assertRefused(int status, String field, Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals(field, answer.json().getString("field"), answer.body());
    }

    private Path workDirectory(String purpose) throws IOException {
        return Files.createDirectories(ArgusStack.recorderStorage().resolveSibling("storages-it")
                .resolve(purpose + "-" + marker)).toAbsolutePath().normalize();
    }

    private static long segmentCount(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".mp4")).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
