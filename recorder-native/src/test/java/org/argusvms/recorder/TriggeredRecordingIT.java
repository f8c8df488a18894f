package org.argusvms.recorder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.RecorderFixtureTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.argusvms.recorder.testing.RecorderFixture.PATIENCE;
import static org.argusvms.recorder.testing.RecorderFixture.disabled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event recording and the frame-rate change on events, triggered with {@code triggerRecording} over the control port
 * as the event server's rules do, against simulated 25 fps cameras with a keyframe every second.
 */
class TriggeredRecordingIT extends RecorderFixtureTest {

    @Test
    void anEventCameraRecordsFromItsPreBufferThroughItsPostBufferAfterATrigger() throws Exception {
        fixture.apply(camera("event-1", "cam1", RecordingMode.EVENT, new TriggeredRecording(2, 2,
                IdleRecording.FULL)));
        Await.until("four seconds of video", PATIENCE, () -> fixture.status("event-1").framesReceived() >= 100);
        assertEquals(List.of(), fixture.segmentFiles("event-1"), "nothing is recorded untriggered");

        Instant triggeredAt = Instant.now();
        JsonObject answer = trigger("event-1", 1, "door opened");
        Await.until("the recording to end", PATIENCE,
                () -> fixture.management.events(RecorderEvent.RECORDING_STOPPED, "event-1").size() == 1);

        assertTrue(answer.getBoolean("ok"), answer.toString());
        Instant until = Instant.parse(answer.getJsonObject("body").getString("until"));
        assertEquals(3000, Duration.between(triggeredAt, until).toMillis(), 500, "1 s event + 2 s post-buffer");
        List<Path> segments = fixture.segmentFiles("event-1");
        assertEquals(1, segments.size(), segments.toString());
        Path file = segments.get(0);
        Instant start = Instant.ofEpochMilli(Long.parseLong(file.getFileName().toString().replace(".mp4", "")));
        Instant end = start.plusMillis(Math.round(Ffprobe.probe(file).durationSeconds() * 1000));
        assertBetween(triggeredAt.minusMillis(3200), start, triggeredAt.minusMillis(1500),
                "starts at the keyframe at or before the 2 s pre-buffer");
        assertBetween(until.minusMillis(100), end, until.plusMillis(1500),
                "ends at the keyframe after the post-buffer");
        assertTrue(Ffprobe.packetKeyframes(file).get(0), "the first sample is a keyframe");
        assertEquals("", Ffprobe.decodeErrors(file));
        assertEquals("door opened", fixture.management.events(RecorderEvent.RECORDING_STARTED, "event-1").get(0)
                .attributes().get("trigger"));

        Path export = export("event-1", triggeredAt.minusSeconds(10), triggeredAt.plusSeconds(10));
        assertEquals(Duration.between(start, end).toMillis() / 1000.0, Ffprobe.formatDuration(export), 0.1,
                "the export of the surrounding range is the recording, nothing before or after");
    }

    @Test
    void keyframesIdleRecordingStoresOnlyKeyframesUntilATriggerThenEveryFrame() throws Exception {
        CameraConfiguration camera = camera("idle-1", "cam2", RecordingMode.ALWAYS,
                new TriggeredRecording(0, 1, IdleRecording.KEYFRAMES));
        fixture.apply(camera);
        Await.until("three seconds of video", PATIENCE, () -> fixture.status("idle-1").framesReceived() >= 75);

        assertTrue(trigger("idle-1", 1, "alarm").getJsonObject("body").getBoolean("triggered"));
        long framesAtTrigger = fixture.status("idle-1").framesReceived();
        Await.until("five more seconds", PATIENCE,
                () -> fixture.status("idle-1").framesReceived() >= framesAtTrigger + 125);
        long framesReceived = fixture.apply(disabled(camera)).framesReceived();

        List<Path> segments = fixture.segmentFiles("idle-1");
        assertEquals(1, segments.size(), "the rate changes within one recording");
        List<Boolean> keyframes = Ffprobe.packetKeyframes(segments.get(0));
        int firstFullRate = keyframes.indexOf(false) - 1;
        int lastFullRate = keyframes.lastIndexOf(false);
        assertTrue(firstFullRate >= 2 && !keyframes.subList(0, firstFullRate).contains(false),
                "keyframes only before the trigger: " + keyframes);
        assertTrue(lastFullRate - firstFullRate + 1 >= 50, "every frame for at least the 2 s triggered");
        assertTrue(keyframes.size() - lastFullRate - 1 >= 2 && !keyframes.subList(lastFullRate + 1,
                keyframes.size()).contains(false), "keyframes only again after the post-buffer: " + keyframes);
        assertTrue(keyframes.size() < framesReceived - 50, "fewer frames stored than received");
        assertEquals("", Ffprobe.decodeErrors(segments.get(0)));
        assertEquals(1, fixture.management.events(RecorderEvent.RECORDING_STARTED, "idle-1").size());
    }

    @Test
    void badTriggersAndBufferSettingsGetClearErrorsAndChangeNothing() throws Exception {
        CameraConfiguration camera = camera("guarded-1", "cam3", RecordingMode.EVENT, TriggeredRecording.DEFAULTS);
        fixture.apply(camera);
        Path stored = fixture.storage.resolve(".recorder/cameras.json");
        String storedBefore = Files.readString(stored);
        JsonObject valid = camera.toJson();

        assertError(ErrorCode.UNKNOWN_CAMERA, "no camera", trigger("no-such-camera", 1, "rule"));
        assertError(ErrorCode.INVALID_ARGUMENT, "seconds", trigger("guarded-1", -1, "rule"));
        assertError(ErrorCode.INVALID_ARGUMENT, "reason", fixture.control.request(Frames.CMD_TRIGGER_RECORDING,
                Json.createObjectBuilder().add("cameraId", "guarded-1").add("seconds", 1).build()));
        assertError(ErrorCode.INVALID_ARGUMENT, "preBufferSeconds", fixture.control.request(Frames.CMD_APPLY_CAMERA,
                Json.createObjectBuilder(valid).add("preBufferSeconds", -1).build()));
        assertError(ErrorCode.INVALID_ARGUMENT, "preBufferSeconds must be 0..60", fixture.control.request(
                Frames.CMD_APPLY_CAMERA, Json.createObjectBuilder(valid).add("preBufferSeconds", 61).build()));
        assertError(ErrorCode.INVALID_ARGUMENT, "postBufferSeconds must be 0..3600", fixture.control.request(
                Frames.CMD_APPLY_CAMERA, Json.createObjectBuilder(valid).add("postBufferSeconds", 3601).build()));
        assertError(ErrorCode.INVALID_ARGUMENT, "idleRecording", fixture.control.request(Frames.CMD_APPLY_CAMERA,
                Json.createObjectBuilder(valid).add("idleRecording", "HALF").build()));

        assertEquals(storedBefore, Files.readString(stored));
        fixture.apply(camera("guarded-1", "cam3", RecordingMode.OFF, TriggeredRecording.DEFAULTS));
        JsonObject ignored = trigger("guarded-1", 1, "rule").getJsonObject("body");
        assertFalse(ignored.getBoolean("triggered"), "a camera switched OFF ignores triggers: " + ignored);
        assertFalse(ignored.containsKey("until"));
    }

    private CameraConfiguration camera(String id, String simulatedCamera, RecordingMode mode,
                                       TriggeredRecording triggered) {
        return new CameraConfiguration(id, id, URI.create(fixture.simulator.url(simulatedCamera)), null, null, mode,
                true, null, null, triggered);
    }

    private JsonObject trigger(String cameraId, int seconds, String reason) throws Exception {
        return fixture.control.request(Frames.CMD_TRIGGER_RECORDING, Json.createObjectBuilder()
                .add("cameraId", cameraId).add("seconds", seconds).add("reason", reason).build());
    }

    private Path export(String cameraId, Instant from, Instant to) throws Exception {
        String ticket = MediaTicket.issue(fixture.ticketKey, MediaTicket.Purpose.EXPORT, cameraId, "operator",
                Instant.now().plusSeconds(60));
        HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + fixture.recorder.mediaPort() + "/export/" + cameraId + "?from=" + from + "&to="
                        + to + "&ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofFile(Files.createTempFile("export", ".mp4")));
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static void assertError(ErrorCode expected, String messagePart, JsonObject response) {
        assertFalse(response.getBoolean("ok"), response.toString());
        JsonObject error = response.getJsonObject("error");
        assertEquals(expected.name(), error.getString("code"), response.toString());
        assertTrue(error.getString("message").contains(messagePart), response.toString());
    }

    private static void assertBetween(Instant earliest, Instant actual, Instant latest, String what) {
        assertTrue(!actual.isBefore(earliest) && !actual.isAfter(latest),
                what + ": " + actual + " not in [" + earliest + ", " + latest + "]");
    }
}
