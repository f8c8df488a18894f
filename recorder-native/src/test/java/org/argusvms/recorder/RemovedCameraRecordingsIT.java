package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.RecorderFixture;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A camera moved to another recorder is removed from this one (docs/design/move-hardware.md): it stops recording,
 * but its recordings stay on disk and are still listed, played and exported with a valid ticket.
 */
class RemovedCameraRecordingsIT {

    private static final String CAMERA = "moved-1";

    @Test
    void aRemovedCameraStopsRecordingAndItsRecordingsStayPlayable() throws Exception {
        try (RecorderFixture fixture = new RecorderFixture()) {
            Instant started = Instant.now();
            fixture.apply(camera(CAMERA, fixture.simulator.url("cam1"), RecordingMode.ALWAYS, true));
            Await.until("three seconds recorded", PATIENCE, () -> fixture.status(CAMERA).framesReceived() >= 75);

            fixture.remove(CAMERA);

            assertNull(fixture.status(CAMERA), "the recorder no longer has the camera");
            List<Path> segments = fixture.segmentFiles(CAMERA);
            long bytes = totalBytes(segments);
            assertTrue(bytes > 0, "the recordings stay on disk");
            Instant removed = Instant.now();
            Await.until("two seconds after the removal", PATIENCE, () -> Instant.now().isAfter(removed.plusSeconds(2)));
            assertEquals(segments, fixture.segmentFiles(CAMERA), "no new segment");
            assertEquals(bytes, totalBytes(fixture.segmentFiles(CAMERA)), "nothing more written");

            JsonArray spans = json(fixture.httpGet("/recordings/" + CAMERA + range(fixture, started.minusSeconds(5),
                    Instant.now(), Purpose.PLAYBACK)).body()).getJsonArray("spans");
            assertEquals(1, spans.size(), spans.toString());
            Instant from = Instant.parse(spans.getJsonObject(0).getString("from"));
            HttpResponse<String> clip = fixture.httpGet("/playback/" + CAMERA
                    + range(fixture, from, from.plusSeconds(2), Purpose.PLAYBACK));
            assertEquals(200, clip.statusCode());
            HttpResponse<String> export = fixture.httpGet("/export/" + CAMERA
                    + range(fixture, from, from.plusSeconds(2), Purpose.EXPORT));
            assertEquals(200, export.statusCode());
            assertEquals("video/mp4", export.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    private static long totalBytes(List<Path> files) throws Exception {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    /** A range and a fresh ticket of the purpose, signed with the key the fixture gave the recorder. */
    private static String range(RecorderFixture fixture, Instant from, Instant to, Purpose purpose) {
        return "?from=" + from + "&to=" + to + "&ticket=" + URLEncoder.encode(MediaTicket.issue(fixture.ticketKey,
                purpose, CAMERA, "viewer", Instant.now().plusSeconds(60)), StandardCharsets.UTF_8);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
