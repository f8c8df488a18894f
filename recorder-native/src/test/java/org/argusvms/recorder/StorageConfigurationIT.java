package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.StorageConfiguration;
import org.argusvms.recorder.protocol.StorageUsage;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.RecorderFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A storage set pushed to a running recorder is applied in place (docs/design/storages.md): a camera moved to
 * another storage writes its next segment there without reconnecting, what it recorded before stays exportable, the
 * recorder reports each storage's usage, and a directory it cannot write is refused without changing anything.
 */
class StorageConfigurationIT {

    private static final String CAMERA = "stored-1";

    @Test
    void aCameraMovedToAnotherStorageRecordsThereAndItsEarlierVideoStaysExportable() throws Exception {
        Path other = Files.createTempDirectory("recorder-it-other");
        try (RecorderFixture fixture = new RecorderFixture()) {
            List<StorageConfiguration> storages = List.of(
                    new StorageConfiguration("s-main", "Main", fixture.storage.toString(), null, null, true),
                    new StorageConfiguration("s-other", "Other", other.toString(), 7, 1L << 30, false));
            assertOk(fixture.control.request(Frames.CMD_APPLY_STORAGES, StorageConfiguration.listToJson(storages)));
            Instant started = Instant.now();
            CameraConfiguration camera = camera(CAMERA, fixture.simulator.url("cam1"), RecordingMode.ALWAYS, true);
            fixture.apply(camera);
            Await.until("three seconds recorded", PATIENCE, () -> fixture.status(CAMERA).framesReceived() >= 75);
            long framesBeforeMove = fixture.status(CAMERA).framesReceived();

            fixture.apply(camera.withStorageId("s-other"));

            Await.until("a segment in the other storage", PATIENCE, () -> !segments(other.resolve(CAMERA)).isEmpty());
            assertTrue(fixture.status(CAMERA).framesReceived() > framesBeforeMove, "the camera was not reconnected");
            List<Path> before = fixture.segmentFiles(CAMERA);
            assertFalse(before.isEmpty(), "what was recorded before the move stays where it was");

            Instant from = started.minusSeconds(2);
            HttpResponse<String> export = fixture.httpGet("/export/" + CAMERA + range(fixture, from,
                    from.plusSeconds(5)));
            assertEquals(200, export.statusCode(), "the video recorded before the move still exports");

            Await.until("the other storage reports its recording", PATIENCE,
                    () -> usage(fixture, "s-other").usedBytes() > 0);
            StorageUsage usage = usage(fixture, "s-other");
            assertNotNull(usage.oldestRecording());
            assertTrue(usage.totalBytes() >= usage.freeBytes() && usage.freeBytes() > 0, usage.toString());
        }
        assertTrue(Files.isDirectory(other.resolve(CAMERA)));
    }

    @Test
    void aDirectoryTheRecorderCannotWriteIsRefusedAndTheStoragesStayAsTheyWere() throws Exception {
        try (RecorderFixture fixture = new RecorderFixture()) {
            Path file = Files.writeString(fixture.storage.resolve("not-a-directory"), "x");
            JsonObject answer = fixture.control.request(Frames.CMD_APPLY_STORAGES, StorageConfiguration.listToJson(
                    List.of(new StorageConfiguration("s-main", "Main", fixture.storage.toString(), null, null, true),
                            new StorageConfiguration("s-bad", "Broken disk", file.resolve("media").toString(), null,
                                    null, false))));

            assertFalse(answer.getBoolean("ok"));
            assertEquals("INVALID_ARGUMENT", answer.getJsonObject("error").getString("code"));
            assertTrue(answer.getJsonObject("error").getString("message").contains("Broken disk"), answer.toString());
            assertEquals(List.of("default"), usages(fixture).stream().map(StorageUsage::storageId).toList());
        }
    }

    private static StorageUsage usage(RecorderFixture fixture, String storageId) {
        return usages(fixture).stream().filter(u -> u.storageId().equals(storageId)).findFirst().orElseThrow();
    }

    private static List<StorageUsage> usages(RecorderFixture fixture) {
        try {
            JsonObject answer = fixture.control.request(Frames.CMD_GET_STORAGES, Json.createObjectBuilder().build());
            assertOk(answer);
            return StorageUsage.listFromJson(answer.getJsonObject("body"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertOk(JsonObject answer) {
        assertTrue(answer.getBoolean("ok"), answer.toString());
    }

    private static List<Path> segments(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> path.toString().endsWith(".mp4")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String range(RecorderFixture fixture, Instant from, Instant to) {
        return "?from=" + from + "&to=" + to + "&ticket=" + URLEncoder.encode(MediaTicket.issue(fixture.ticketKey,
                Purpose.EXPORT, CAMERA, "viewer", Instant.now().plusSeconds(60)), StandardCharsets.UTF_8);
    }
}
