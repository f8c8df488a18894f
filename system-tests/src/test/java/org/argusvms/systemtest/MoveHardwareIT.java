package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.RecordedMedia;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moving a camera to another recorder (docs/design/move-hardware.md) with two real recorder processes: new
 * recordings go to the new recorder, the old one stops but keeps serving what it recorded, and playback access
 * sends clients to the right recorder for each instant. Bad requests change nothing.
 */
class MoveHardwareIT extends EventServerIT {

    @Test
    void aMovedCameraRecordsOnTheNewRecorderAndItsPastStaysPlayableOnTheOldOne() throws Exception {
        String camera = ArgusStack.ensureCamera("Moving hardware " + marker, "cam4");
        String second = ArgusStack.secondRecorder();
        Instant since = Instant.now().minusSeconds(1);
        PlaybackIT.awaitRecorded(api, operator, camera, Duration.ofSeconds(4), Duration.ofSeconds(1));
        long version = api.get("/cameras/" + camera, admin).json().getJsonNumber("version").longValue();

        Answer moved = api.postJson("/cameras/" + camera + "/move", admin, move(second), "\"" + version + "\"");
        Instant movedAt = Instant.now();

        assertEquals(200, moved.status(), moved.body());
        assertEquals(second, moved.json().getString("recorderId"));
        assertEquals(second, api.get("/cameras/" + camera, admin).json().getString("recorderId"));
        List<JsonObject> spans = playbackSpans(camera);
        assertEquals(List.of(ArgusStack.RECORDER_ID, second),
                spans.stream().map(span -> span.getString("recorderId")).toList());
        JsonObject old = spans.get(0);
        JsonObject current = spans.get(1);
        assertTrue(old.getString("clipUrl").contains(":" + ArgusStack.RECORDER_MEDIA_PORT + "/"), old.toString());
        assertTrue(current.getString("clipUrl").contains(":" + ArgusStack.SECOND_RECORDER_MEDIA_PORT + "/"));
        Instant moveInstant = Instant.parse(current.getString("from"));
        assertEquals(old.getString("until"), current.getString("from"), "the periods meet at the move");
        assertFalse(current.containsKey("until"), "the new recorder's period is open");

        // The new recorder records: a span of at least two seconds after the move.
        JsonObject newRecording = Await.until("recordings on " + second, Duration.ofSeconds(60), () ->
                recordings(current, moveInstant, Instant.now()).stream()
                        .filter(span -> Duration.between(Instant.parse(span.getString("from")),
                                Instant.parse(span.getString("to"))).toSeconds() >= 2).findFirst().orElse(null));
        // The old one stopped at the move and keeps what it had.
        List<JsonObject> oldRecordings = recordings(old, since.minusSeconds(60), Instant.now());
        assertFalse(oldRecordings.isEmpty(), "the old recorder still lists the camera's recordings");
        Instant oldEnd = Instant.parse(oldRecordings.get(oldRecordings.size() - 1).getString("to"));
        assertTrue(oldEnd.isBefore(movedAt.plusSeconds(2)), "recorder 1 stopped at the move: " + oldEnd);
        Path oldFiles = ArgusStack.recorderStorage().resolve(camera);
        long bytesAfterMove = directoryBytes(oldFiles);
        Instant checked = Instant.now();
        Await.until("two more seconds", Duration.ofSeconds(10), () -> Instant.now().isAfter(checked.plusSeconds(2)));
        assertEquals(bytesAfterMove, directoryBytes(oldFiles), "recorder 1 writes nothing more for the camera");
        assertTrue(Files.isDirectory(ArgusStack.secondRecorderStorage().resolve(camera)), "recorder 2 has segments");

        // Each instant is served by the recorder that recorded it, with a frame.
        Instant beforeMove = oldEnd.minusSeconds(2);
        Instant afterMove = Instant.parse(newRecording.getString("from")).plusSeconds(1);
        assertFrame(spanAt(spans, beforeMove), beforeMove, ArgusStack.RECORDER_ID);
        assertFrame(spanAt(spans, afterMove), afterMove, second);

        // Exports go to the recorder of the range; a range across the move is refused with the way out.
        assertTrue(exportUrl(camera, beforeMove.minusSeconds(1), beforeMove)
                .contains(":" + ArgusStack.RECORDER_MEDIA_PORT + "/export/"));
        assertTrue(exportUrl(camera, afterMove, afterMove.plusSeconds(1))
                .contains(":" + ArgusStack.SECOND_RECORDER_MEDIA_PORT + "/export/"));
        Answer across = api.post("/cameras/" + camera + "/export-access?from=" + beforeMove + "&to=" + afterMove,
                operator, "application/json", "");
        assertEquals(400, across.status(), across.body());
        assertTrue(across.body().contains("move"), across.body());

        // An evidence lock over video from before the move protects it where it is: on the old recorder.
        Answer lock = api.postJson("/evidence-locks", admin, Json.createObjectBuilder().add("cameraId", camera)
                .add("from", beforeMove.minusSeconds(1).toString()).add("to", beforeMove.toString())
                .add("reason", "Moved camera " + marker).build());
        assertEquals(201, lock.status(), lock.body());
        String lockId = lock.json().getString("id");
        Path oldLocks = ArgusStack.recorderStorage().resolve(".recorder/evidence-locks.json");
        assertTrue(readString(oldLocks).contains(lockId), "recorder 1 holds the lock");
        assertEquals(204, api.delete("/evidence-locks/" + lockId, admin).status());
        assertFalse(readString(oldLocks).contains(lockId), "and releases it");

        assertTrue(api.get("/audit?from=" + since, admin).jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(entry -> "camera.move".equals(entry.getString("action"))
                        && entry.getString("target", "").contains(camera)
                        && entry.getString("target", "").contains(second)
                        && "admin".equals(entry.getString("userName"))), "the move is audited");

        // Deleting the camera stops it on its recorder; what it recorded stays on disk.
        assertEquals(204, api.delete("/cameras/" + camera, admin).status());
        Path secondConfiguration = ArgusStack.secondRecorderStorage().resolve(".recorder/cameras.json");
        Await.until("recorder 2 dropped the camera", Duration.ofSeconds(10),
                () -> !readString(secondConfiguration).contains(camera));
        assertTrue(Files.isDirectory(ArgusStack.secondRecorderStorage().resolve(camera)));
    }

    @Test
    void badMovesAreRefusedAndChangeNothing() {
        String camera = ArgusStack.ensureCamera("Staying hardware " + marker, "cam4");
        cleanUp.add("/cameras/" + camera);
        JsonObject before = api.get("/cameras/" + camera, admin).json();
        long version = before.getJsonNumber("version").longValue();
        String path = "/cameras/" + camera + "/move";
        Instant since = Instant.now().minusSeconds(1);

        assertProblem(api.postJson(path, admin, move("no-such-recorder", version)), 400, "no-such-recorder");
        assertProblem(api.postJson(path, admin, move(ArgusStack.RECORDER_ID, version)), 400, "already");
        assertProblem(api.postJson(path, admin, Json.createObjectBuilder().add("version", version).build()), 400,
                "recordingServerId");
        assertProblem(api.post(path, admin, "application/json", "{\"recordingServerId\": "), 400, "");
        assertProblem(api.postJson(path, admin, move(ArgusStack.RECORDER_ID, version - 1)), 409, "");
        assertProblem(api.postJson(path, admin, move("rec-other")), 400, "version");
        assertProblem(api.postJson(path, operator, move("rec-other", version)), 403, "");
        assertProblem(api.postJson("/cameras/no-such-camera/move", admin, move(ArgusStack.RECORDER_ID, 0)), 404, "");
        String offline = ArgusStack.secondRecorder();
        ArgusStack.stopSecondRecorder();
        Await.until(offline + " offline", Duration.ofSeconds(30), () -> api.get("/recording-servers", admin)
                .jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> offline.equals(r.getString("id")) && !r.getBoolean("online")) ? true : null);
        assertProblem(api.postJson(path, admin, move(offline, version)), 503, "offline");

        JsonObject after = api.get("/cameras/" + camera, admin).json();
        assertEquals(before.getString("recorderId"), after.getString("recorderId"));
        assertEquals(version, after.getJsonNumber("version").longValue());
        assertEquals(1, playbackSpans(camera).size(), "no placement was added");
        assertFalse(api.get("/audit?from=" + since, admin).jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(entry -> "camera.move".equals(entry.getString("action"))
                        && entry.getString("target", "").contains(camera)), "nothing moved, nothing audited as moved");
    }

    private static JsonObject move(String recorderId) {
        return Json.createObjectBuilder().add("recordingServerId", recorderId).build();
    }

    private static JsonObject move(String recorderId, long version) {
        return Json.createObjectBuilder(move(recorderId)).add("version", version).build();
    }

    private List<JsonObject> playbackSpans(String camera) {
        Answer access = api.post("/cameras/" + camera + "/playback-access", operator, "application/json", "");
        assertEquals(200, access.status(), access.body());
        return access.json().getJsonArray("spans").stream().map(JsonValue::asJsonObject).toList();
    }

    /** What the span's recorder lists as recorded in the range. */
    private static List<JsonObject> recordings(JsonObject span, Instant from, Instant to) {
        HttpResponse<String> listing = RecordedMedia.getText(RecordedMedia.withRange(span.getString("recordingsUrl"),
                from, to));
        assertEquals(200, listing.statusCode(), listing.body());
        return RecordedMedia.json(listing.body()).getJsonArray("spans").stream().map(JsonValue::asJsonObject).toList();
    }

    /** The client's rule (recorder-spans.js): the first period not over at the instant. */
    private static JsonObject spanAt(List<JsonObject> spans, Instant instant) {
        return spans.stream().filter(span -> !span.containsKey("until")
                || instant.isBefore(Instant.parse(span.getString("until")))).findFirst().orElseThrow();
    }

    private static void assertFrame(JsonObject span, Instant at, String recorderId) throws Exception {
        assertEquals(recorderId, span.getString("recorderId"), "the span for " + at);
        Path file = RecordedMedia.tempFile(".jpg");
        try {
            HttpResponse<Path> snapshot = RecordedMedia.download(span.getString("snapshotUrl") + "&at=" + at, file);
            assertEquals(200, snapshot.statusCode(), recorderId + " serves the frame at " + at);
            assertNotNull(ImageIO.read(file.toFile()), "a decodable JPEG from " + recorderId);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String exportUrl(String camera, Instant from, Instant to) {
        Answer export = api.post("/cameras/" + camera + "/export-access?from=" + from + "&to=" + to, operator,
                "application/json", "");
        assertEquals(200, export.status(), export.body());
        return export.json().getString("exportUrl");
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long directoryBytes(Path directory) throws Exception {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void assertProblem(Answer answer, int status, String messagePart) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.body().contains(messagePart), answer.body());
    }
}
