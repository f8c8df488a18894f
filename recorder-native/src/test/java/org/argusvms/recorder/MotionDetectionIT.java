package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.RecorderFixture;
import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.argusvms.simulator.clip.TestPattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Motion detection against simulated cameras: ffmpeg's {@code testsrc} (a gradient scrolling through the band at
 * 75-83 % of the picture height and a running counter right of centre, the rest still) and {@code smptebars} (colour
 * bars, entirely still). Both are analysed on key frames (one a second) at the default sensitivity.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MotionDetectionIT {

    private static final String MOVING = "motion-moving";
    private static final String STILL = "motion-still";
    private static final String SWITCHED_OFF = "motion-switched-off";
    /** The cells whose centres lie in testsrc's scrolling band (grid row 9 of 12). */
    private static final String SCROLLING_BAND = "0,0.76;1,0.82";
    /** testsrc's top-left: plain colour, never changes. */
    private static final String STILL_CORNER = "0,0;0.5,0.3";
    private static final MotionSettings MOTION_ON = new MotionSettings(true, MotionSettings.DEFAULT_SENSITIVITY, 0,
            List.of(), List.of());

    private RecorderFixture fixture;
    private CameraSimulator scenes;
    private Instant started;

    @BeforeAll
    void startCameras() throws Exception {
        fixture = new RecorderFixture();
        scenes = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(2).size(640, 360)
                .bitrateKbps(1000).patterns(List.of(TestPattern.TESTSRC, TestPattern.SMPTEBARS)).build());
        started = Instant.now();
        // the moving camera starts without motion detection, which is then switched on without reconnecting
        fixture.apply(camera(MOVING, "cam1", RecordingMode.MOTION, MotionSettings.OFF));
        fixture.apply(camera(STILL, "cam2", RecordingMode.MOTION, MOTION_ON));
        Await.until("the moving camera connected", PATIENCE,
                () -> !fixture.management.events(RecorderEvent.CAMERA_CONNECTED, MOVING).isEmpty());
        fixture.apply(camera(MOVING, "cam1", RecordingMode.MOTION, MOTION_ON));
    }

    @AfterAll
    void stop() throws Exception {
        fixture.close();
        scenes.stop();
    }

    private CameraConfiguration camera(String id, String simulatedCamera, RecordingMode mode, MotionSettings motion) {
        return new CameraConfiguration(id, id, URI.create(scenes.url(simulatedCamera)), null, null, mode, true, null,
                null, TriggeredRecording.DEFAULTS, motion);
    }

    @Test
    void aMovingSceneStartsMotionAndItsTriggeredRecordingWithoutReconnecting() {
        Await.until("motion.started of the moving camera", PATIENCE,
                () -> !fixture.management.events(RecorderEvent.MOTION_STARTED, MOVING).isEmpty());
        Await.until("recording.started of the moving camera", PATIENCE,
                () -> !fixture.management.events(RecorderEvent.RECORDING_STARTED, MOVING).isEmpty());

        RecorderEvent motion = fixture.management.events(RecorderEvent.MOTION_STARTED, MOVING).get(0);
        assertTrue(Integer.parseInt(motion.attributes().get("cells")) > 0, motion.toString());
        assertEquals(1, fixture.management.events(RecorderEvent.CAMERA_CONNECTED, MOVING).size(),
                "switching motion detection on must not reconnect the camera");
    }

    @Test
    void switchingDetectionOffStopsActiveMotionWithoutReconnecting() throws Exception {
        fixture.apply(camera(SWITCHED_OFF, "cam1", RecordingMode.OFF, MOTION_ON));
        Await.until("motion.started", PATIENCE,
                () -> !fixture.management.events(RecorderEvent.MOTION_STARTED, SWITCHED_OFF).isEmpty());

        fixture.apply(camera(SWITCHED_OFF, "cam1", RecordingMode.OFF, MotionSettings.OFF));

        Await.until("motion.stopped", PATIENCE,
                () -> !fixture.management.events(RecorderEvent.MOTION_STOPPED, SWITCHED_OFF).isEmpty());
        RecorderEvent stopped = fixture.management.events(RecorderEvent.MOTION_STOPPED, SWITCHED_OFF).get(0);
        assertTrue(Long.parseLong(stopped.attributes().get("durationMillis")) >= 0, stopped.toString());
        assertFalse(motionHealth(SWITCHED_OFF).getBoolean("enabled"));
        assertEquals(1, fixture.management.events(RecorderEvent.CAMERA_CONNECTED, SWITCHED_OFF).size());
    }

    @Test
    void motionIsStoredInTheMovingCellsOnlyAndSearchableByRegion() throws Exception {
        JsonArray band = Await.value("motion in the scrolling band", PATIENCE, () -> {
            JsonArray intervals = search(MOVING, SCROLLING_BAND, playbackTicket(MOVING)).getJsonArray("intervals");
            return intervals.isEmpty() ? null : intervals;
        });

        Instant first = Instant.parse(band.getJsonObject(0).getString("start"));
        assertTrue(!first.isBefore(started.minusSeconds(1)), "motion before the camera started: " + band);
        assertEquals(List.of(), search(MOVING, STILL_CORNER, playbackTicket(MOVING)).getJsonArray("intervals"),
                "the still corner of testsrc never moves");
        JsonObject anywhere = search(MOVING, null, playbackTicket(MOVING));
        assertEquals(16, anywhere.getJsonObject("grid").getInt("columns"));
        assertFalse(anywhere.getJsonArray("intervals").isEmpty());
    }

    @Test
    void aStillSceneHasNeitherMotionEventsNorMotionMetadata() throws Exception {
        Await.until("ten analysed pictures of the still camera", PATIENCE,
                () -> motionHealth(STILL).getInt("picturesAnalysed") >= 10);

        assertEquals(List.of(), fixture.management.events(RecorderEvent.MOTION_STARTED, STILL));
        assertEquals(List.of(), fixture.management.events(RecorderEvent.RECORDING_STARTED, STILL),
                "MOTION mode records nothing while nothing moves");
        assertEquals(List.of(), search(STILL, null, playbackTicket(STILL)).getJsonArray("intervals"));
        assertFalse(motionHealth(STILL).getBoolean("moving"));
    }

    @Test
    void theSearchRefusesMissingAndWrongTicketsWith403() throws Exception {
        Instant now = Instant.now();
        String otherCamera = playbackTicket(STILL);
        String live = MediaTicket.issue(fixture.ticketKey, Purpose.LIVE, MOVING, "guard", now.plusSeconds(60));
        String export = MediaTicket.issue(fixture.ticketKey, Purpose.EXPORT, MOVING, "guard", now.plusSeconds(60));
        String wrongKey = MediaTicket.issue(new byte[32], Purpose.PLAYBACK, MOVING, "guard", now.plusSeconds(60));
        for (String ticket : List.of(otherCamera, live, export, wrongKey, "garbage")) {
            HttpResponse<String> response = get(MOVING, now.minusSeconds(60), now, null, ticket);
            assertEquals(403, response.statusCode(), response.body());
            assertTrue(json(response.body()).containsKey("error"));
        }
        HttpResponse<String> missing = fixture.httpGet("/motion/" + MOVING + "?from=" + now.minusSeconds(60)
                + "&to=" + now);
        assertEquals(403, missing.statusCode(), missing.body());
    }

    @Test
    void badRangesAndRegionsAreRefusedWith400AndTheReason() throws Exception {
        Instant now = Instant.now();
        String ticket = playbackTicket(MOVING);
        assertBadRequest(get(MOVING, now, now.minusSeconds(60), null, ticket), "after");
        assertBadRequest(get(MOVING, now.minus(Duration.ofHours(25)), now, null, ticket), "24 hours");
        assertBadRequest(get(MOVING, now.minusSeconds(60), now, "0.5,0.5", ticket), "rectangle corners");
        assertBadRequest(get(MOVING, now.minusSeconds(60), now, "0,0;1.5,1", ticket), "between 0 and 1");
        assertBadRequest(get(MOVING, now.minusSeconds(60), now, "left half", ticket), "points x,y");
    }

    private JsonObject search(String cameraId, String region, String ticket) {
        try {
            HttpResponse<String> response = get(cameraId, started.minusSeconds(60), Instant.now().plusSeconds(1),
                    region, ticket);
            assertEquals(200, response.statusCode(), response.body());
            return json(response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(String cameraId, Instant from, Instant to, String region, String ticket)
            throws Exception {
        return fixture.httpGet("/motion/" + cameraId + "?from=" + from + "&to=" + to + "&ticket=" + ticket
                + (region == null ? "" : "&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8)));
    }

    private String playbackTicket(String cameraId) {
        return MediaTicket.issue(fixture.ticketKey, Purpose.PLAYBACK, cameraId, "operator",
                Instant.now().plusSeconds(60));
    }

    private JsonObject motionHealth(String cameraId) {
        try {
            JsonArray cameras = json(fixture.httpGet("/health").body()).getJsonArray("cameras");
            return cameras.getValuesAs(JsonObject.class).stream()
                    .filter(camera -> camera.getString("cameraId").equals(cameraId))
                    .findFirst().orElseThrow().getJsonObject("motion");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertBadRequest(HttpResponse<String> response, String reason) {
        assertEquals(400, response.statusCode(), response.body());
        String error = json(response.body()).getString("error");
        assertTrue(error.contains(reason), error);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
