package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.RecorderFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.camera;
import static org.argusvms.recorder.testing.RecorderFixture.disabled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator's ONVIF metadata camera (a document every 200 ms with a crossing person's box, a cell motion
 * detector switching every 2 s) recorded beside a camera without metadata, checked as a user would: {@code /metadata}
 * serves the documents of a range with the boxes and times the camera sent, each change of the camera's motion state
 * reached the management server as one event, and the camera without metadata has none and records as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetadataRecordingIT {

    private static final String METADATA_CAMERA = "meta-1";
    private static final String PLAIN_CAMERA = "plain-1";

    private RecorderFixture fixture;
    private Instant recordingStarted;
    private Instant recordingStopped;
    /** Each camera's {@code metadata} health while it recorded (a disabled camera starts counting afresh). */
    private final Map<String, JsonObject> metadataHealth = new HashMap<>();

    @BeforeAll
    void recordSevenSeconds() throws Exception {
        RecorderFixture.assumeIngestWithAudio(); // the GStreamer ingest sets up the video track only
        fixture = new RecorderFixture();
        List<CameraConfiguration> cameras = List.of(
                camera(METADATA_CAMERA, fixture.simulator.url(RecorderFixture.METADATA_CAMERA), RecordingMode.ALWAYS,
                        true),
                camera(PLAIN_CAMERA, fixture.simulator.url("cam1"), RecordingMode.ALWAYS, true));
        recordingStarted = Instant.now();
        for (CameraConfiguration camera : cameras) {
            fixture.apply(camera);
        }
        for (CameraConfiguration camera : cameras) {
            Await.until("seven seconds recorded", PATIENCE,
                    () -> fixture.status(camera.cameraId()).framesReceived() >= 175);
        }
        for (CameraConfiguration camera : cameras) {
            metadataHealth.put(camera.cameraId(),
                    fixture.health(camera.cameraId()).orElseThrow().getJsonObject("metadata"));
            fixture.apply(disabled(camera));
        }
        recordingStopped = Instant.now();
    }

    @AfterAll
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void metadataOfARangeIsServedWithTheCamerasBoxesAndTimes() throws Exception {
        List<JsonObject> documents = documents(METADATA_CAMERA, recordingStarted, recordingStopped);

        assertTrue(documents.size() >= 25, "about five documents a second for seven seconds: " + documents.size());
        Instant previous = Instant.MIN;
        for (JsonObject document : documents) {
            Instant time = Instant.parse(document.getString("time"));
            assertTrue(time.isAfter(previous), "oldest first, one document per instant");
            assertTrue(!time.isBefore(recordingStarted) && time.isBefore(recordingStopped), time.toString());
            JsonObject object = document.getJsonArray("objects").getJsonObject(0);
            assertEquals("Human", object.getString("type"));
            JsonObject box = object.getJsonObject("box");
            assertEquals(0.2, box.getJsonNumber("right").doubleValue() - box.getJsonNumber("left").doubleValue(),
                    1e-6);
            assertTrue(box.getJsonNumber("left").doubleValue() >= -1 && box.getJsonNumber("right").doubleValue() <= 1);
            // the recorder's time (the RTP time placed on the video's time line) agrees with the camera's clock
            Instant cameraTime = Instant.parse(object.getString("frameTime"));
            assertTrue(Duration.between(cameraTime, time).abs().toMillis() < 500,
                    "stored at " + time + ", the camera says " + cameraTime);
            assertTrue(document.getString("xml").startsWith("<?xml"), "the document as the camera sent it");
            previous = time;
        }
        List<JsonObject> firstHalf = documents(METADATA_CAMERA, recordingStarted,
                Instant.parse(documents.get(documents.size() / 2).getString("time")));
        assertEquals(documents.size() / 2, firstHalf.size(), "the range is honoured: \"to\" is exclusive");
    }

    @Test
    void eachChangeOfTheCamerasMotionStateIsOneEventWithItsTopicAndData() throws Exception {
        List<String> expected = new ArrayList<>();
        String state = "false"; // a camera first seen quiet says nothing
        for (JsonObject document : documents(METADATA_CAMERA, recordingStarted.minusSeconds(5), Instant.now())) {
            String isMotion = document.getJsonArray("events").getJsonObject(0).getJsonObject("data")
                    .getString("IsMotion");
            if (!isMotion.equals(state)) {
                expected.add(isMotion.equals("true") ? RecorderEvent.ONVIF_MOTION_STARTED
                        : RecorderEvent.ONVIF_MOTION_STOPPED);
                state = isMotion;
            }
        }
        assertTrue(expected.size() >= 3, "the motion state switches every 2 s: " + expected);

        Await.until("motion events delivered", PATIENCE, () -> onvifEvents(METADATA_CAMERA).size() >= expected.size());
        List<RecorderEvent> events = onvifEvents(METADATA_CAMERA);

        assertEquals(expected, events.stream().map(RecorderEvent::eventType).toList(), "exactly one event per change");
        for (RecorderEvent event : events) {
            assertEquals("tns1:RuleEngine/CellMotionDetector/Motion", event.attributes().get("topic"));
            assertEquals(event.eventType().equals(RecorderEvent.ONVIF_MOTION_STARTED) ? "true" : "false",
                    event.attributes().get("data.IsMotion"));
            assertEquals("MyMotionDetectorRule", event.attributes().get("source.Rule"));
        }
    }

    @Test
    void aCameraWithoutMetadataHasNoneAndRecordsAsBefore() throws Exception {
        assertEquals(List.of(), documents(PLAIN_CAMERA, recordingStarted, recordingStopped));
        assertFalse(Files.exists(fixture.storage.resolve(PLAIN_CAMERA).resolve("metadata")));
        assertEquals(List.of(), onvifEvents(PLAIN_CAMERA));
        assertFalse(fixture.segmentFiles(PLAIN_CAMERA).isEmpty());
        assertEquals(0, metadataHealth.get(PLAIN_CAMERA).getJsonNumber("documentsStored").longValue());
    }

    @Test
    void healthCountsTheStoredDocumentsAndNoneMalformed() {
        JsonObject metadata = metadataHealth.get(METADATA_CAMERA);

        assertTrue(metadata.getJsonNumber("documentsStored").longValue() >= 25, metadata.toString());
        assertEquals(0, metadata.getJsonNumber("documentsMalformed").longValue());
        assertEquals(0, metadata.getJsonNumber("documentsDropped").longValue());
    }

    @Test
    void metadataNeedsAPlaybackTicketForThatCameraAndAValidRange() throws Exception {
        assertEquals(403, fixture.httpGet(path(METADATA_CAMERA, recordingStarted, recordingStopped,
                ticket(PLAIN_CAMERA, Purpose.PLAYBACK))).statusCode(), "another camera's ticket");
        assertEquals(403, fixture.httpGet(path(METADATA_CAMERA, recordingStarted, recordingStopped,
                ticket(METADATA_CAMERA, Purpose.LIVE))).statusCode(), "a live ticket");
        assertEquals(400, fixture.httpGet(path(METADATA_CAMERA, recordingStopped, recordingStarted,
                ticket(METADATA_CAMERA, Purpose.PLAYBACK))).statusCode(), "an empty range");
    }

    private List<RecorderEvent> onvifEvents(String cameraId) {
        return fixture.management.filter(event -> cameraId.equals(event.cameraId())
                && event.eventType().startsWith("onvif."));
    }

    private List<JsonObject> documents(String cameraId, Instant from, Instant to) throws Exception {
        HttpResponse<String> response = fixture.httpGet(path(cameraId, from, to, ticket(cameraId, Purpose.PLAYBACK)));
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            assertFalse(answer.getBoolean("truncated"));
            return answer.getJsonArray("documents").stream().map(JsonValue::asJsonObject).toList();
        }
    }

    private String ticket(String cameraId, Purpose purpose) {
        return URLEncoder.encode(MediaTicket.issue(fixture.ticketKey, purpose, cameraId, "operator",
                Instant.now().plusSeconds(60)), StandardCharsets.UTF_8);
    }

    private static String path(String cameraId, Instant from, Instant to, String ticket) {
        return "/metadata/" + cameraId + "?from=" + from + "&to=" + to + "&ticket=" + ticket;
    }
}
