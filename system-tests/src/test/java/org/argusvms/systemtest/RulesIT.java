package org.argusvms.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.EventSocket;
import org.argusvms.systemtest.support.ExternalEventSender;
import org.argusvms.systemtest.support.RecordedMedia;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule system end to end: time-profile rules switching recording on the running test recorder, an event rule
 * recording a camera in EVENT mode around the event (pre-/post-buffer on the recorder), an event rule sending e-mail
 * through a real SMTP server (GreenMail) and showing a camera on a video wall, each trigger run exactly once, and
 * refused input that stores nothing.
 */
class RulesIT extends EventServerIT {

    /** Profile transitions are acted on within the rule clock's tick; recorders start on the next keyframe. */
    private static final Duration ACTED_ON = Duration.ofSeconds(20);

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void timeProfileRulesStartAndStopRecordingOnTheRunningRecorder() {
        String camera = addCamera("Rules camera " + marker, "OFF");
        ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(8);
        ZonedDateTime end = start.plusSeconds(20);
        String profile = create("/time-profiles", Json.createObjectBuilder().add("name", "Soon " + marker)
                .add("timeZone", "UTC").add("intervals", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", start.getDayOfWeek().name()).add("start", start.toLocalTime().toString())
                        .add("end", end.toLocalTime().toString())))
                .build());
        String startRule = create("/rules", rule("Start " + marker, timeProfileTrigger("TIME_PROFILE_START", profile),
                action("START_RECORDING").add("cameraIds", Json.createArrayBuilder().add(camera))));
        String stopRule = create("/rules", rule("Stop " + marker, timeProfileTrigger("TIME_PROFILE_END", profile),
                action("STOP_RECORDING").add("cameraIds", Json.createArrayBuilder().add(camera))));
        assertTrue(Instant.now().isBefore(start.toInstant()), "the rules exist before the profile starts");

        JsonObject started = Await.until("the recorder reports recording.started for the camera",
                Duration.between(Instant.now(), start.toInstant()).plus(ACTED_ON),
                () -> recorderEvent(camera, "recording.started"));
        assertFalse(Instant.parse(started.getString("occurredAt")).isBefore(start.toInstant().minusSeconds(1)),
                "recording started with the profile, not before: " + started);
        assertEquals("ALWAYS", api.get("/cameras/" + camera, admin).json().getString("recordingMode"));

        JsonObject stopped = Await.until("the recorder reports recording.stopped for the camera",
                Duration.between(Instant.now(), end.toInstant()).plus(ACTED_ON),
                () -> recorderEvent(camera, "recording.stopped"));
        assertFalse(Instant.parse(stopped.getString("occurredAt")).isBefore(end.toInstant().minusSeconds(1)), stopped.toString());
        assertEquals("OFF", api.get("/cameras/" + camera, admin).json().getString("recordingMode"));

        for (String ruleId : List.of(startRule, stopRule)) {
            List<JsonObject> executions = executions(ruleId);
            assertEquals(1, executions.size(), executions.toString());
            assertEquals("OK", executions.get(0).getString("outcome"), executions.toString());
        }
        Answer inUse = api.delete("/time-profiles/" + profile, admin);
        assertEquals(409, inUse.status(), "a profile that rules use cannot be deleted: " + inUse.body());
    }

    @Test
    void aCameraInEventModeRecordsOnlyAroundTheEventsItsRuleTriggers() throws Exception {
        String camera = addCamera("Event camera " + marker, "OFF");
        Answer switched = reconfigure(camera, Json.createObjectBuilder().add("recordingMode", "EVENT")
                .add("preBufferSeconds", 2).add("postBufferSeconds", 3));
        assertEquals(200, switched.status(), switched.body());
        assertEquals(List.of("EVENT", "2", "3", "FULL"), List.of(switched.json().getString("recordingMode"),
                String.valueOf(switched.json().getInt("preBufferSeconds")),
                String.valueOf(switched.json().getInt("postBufferSeconds")), switched.json().getString("idleRecording")));
        String ruleId = ruleOnGenericEvent("Record " + marker, "gate opened " + marker,
                action("RECORD_ON_EVENT").add("cameraIds", Json.createArrayBuilder().add(camera)).add("seconds", 2));
        awaitStreaming(camera);
        // the recorder fills the pre-buffer meanwhile; and "nothing by itself" needs time to pass to mean anything
        Thread.sleep(Duration.ofSeconds(4).toMillis());
        String recordingsUrl = api.post("/cameras/" + camera + "/playback-access", admin, "application/json", "")
                .json().getString("recordingsUrl");
        assertNull(recorderEvent(camera, "recording.started"), "EVENT mode records nothing untriggered");
        assertEquals(0, spans(recordingsUrl).size(), "nothing on disk before the event");
        assertEquals(Boolean.FALSE, reportedRecording(camera), "its recorder reports it is not writing the camera");

        Instant eventAt = Instant.now();
        ExternalEventSender.sendLine("gate opened " + marker + "\n");

        JsonObject started = Await.until("the recorder reports the triggered recording", DELIVERY,
                () -> recorderEvent(camera, "recording.started"));
        assertEquals("Record " + marker, started.getJsonObject("attributes").getString("trigger"), started.toString());
        Await.until("the camera reported as recording while the event lasts", DELIVERY,
                () -> Boolean.TRUE.equals(reportedRecording(camera)) ? true : null);
        JsonObject stopped = Await.until("the recording ends after the event and the post-buffer", ACTED_ON,
                () -> recorderEvent(camera, "recording.stopped"));
        assertFalse(Instant.parse(stopped.getString("occurredAt")).isBefore(eventAt.plusSeconds(2 + 3)),
                "recorded for the event's 2 s and the 3 s post-buffer: " + stopped);
        Await.until("the camera reported as not recording again", DELIVERY,
                () -> Boolean.FALSE.equals(reportedRecording(camera)) ? true : null);
        List<JsonObject> recorded = Await.until("the recording listed up to the end of the post-buffer", DELIVERY, () -> {
            List<JsonObject> found = spans(recordingsUrl);
            return found.stream().anyMatch(span -> Instant.parse(span.getString("to"))
                    .isAfter(eventAt.plusSeconds(2 + 3 - 1))) ? found : null;
        });
        assertEquals(1, recorded.size(), "one recording, nothing before or after it: " + recorded);
        Instant from = Instant.parse(recorded.get(0).getString("from"));
        Instant to = Instant.parse(recorded.get(0).getString("to"));
        assertTrue(from.isBefore(eventAt.minusSeconds(1)) && from.isAfter(eventAt.minusSeconds(2 + 1 + 2)),
                "the recording begins with the 2 s pre-buffer (from its keyframe, 1 s GOP): " + from + ", event " + eventAt);
        assertTrue(to.isBefore(eventAt.plusSeconds(2 + 3 + 5)), "and ends after the post-buffer: " + to);
        List<JsonObject> executions = executions(ruleId);
        assertEquals("OK", executions.get(0).getString("outcome"), executions.toString());
    }

    /** Whether the camera's recorder says it writes the camera to disk now (null if the camera view has no answer). */
    private Boolean reportedRecording(String camera) {
        JsonObject view = api.get("/cameras/" + camera, admin).json();
        return view.containsKey("recording") ? view.getBoolean("recording") : null;
    }

    @Test
    void aFrameRateRuleRaisesAKeyframesOnlyCameraToEveryFrameForTheEvent() throws Exception {
        String camera = addCamera("Keyframes camera " + marker, "ALWAYS");
        Answer switched = reconfigure(camera, Json.createObjectBuilder().add("idleRecording", "KEYFRAMES")
                .add("postBufferSeconds", 0));
        assertEquals(200, switched.status(), switched.body());
        String ruleId = ruleOnGenericEvent("Full rate " + marker, "zone 4 " + marker,
                action("CHANGE_FRAME_RATE").add("cameraIds", Json.createArrayBuilder().add(camera)).add("seconds", 3));
        awaitStreaming(camera);
        PlaybackIT.awaitRecorded(api, admin, camera, Duration.ofSeconds(7), Duration.ofSeconds(1));

        Instant eventAt = Instant.now();
        ExternalEventSender.sendLine("zone 4 " + marker + " breached\n");
        Await.until("the rule ran", DELIVERY, () -> executions(ruleId).stream()
                .filter(e -> "OK".equals(e.getString("outcome"))).findFirst().orElse(null));
        String recordingsUrl = api.post("/cameras/" + camera + "/playback-access", admin, "application/json", "")
                .json().getString("recordingsUrl");
        Await.until("recorded until 6 s after the raised rate ended", ACTED_ON, () -> spans(recordingsUrl).stream()
                .anyMatch(span -> Instant.parse(span.getString("to")).isAfter(eventAt.plusSeconds(3 + 1 + 6))) ? true : null);

        // 16 s at 25 fps with a 1 s GOP: about 16 frames if idle throughout, 400 at full rate throughout; the event's
        // 3 s (plus up to a GOP either side) at full rate put it near 100
        Path file = RecordedMedia.tempFile(".mp4");
        try {
            JsonObject access = api.post("/cameras/" + camera + "/export-access?from=" + eventAt.minusSeconds(6) + "&to="
                    + eventAt.plusSeconds(10), admin, "application/json", "").json();
            assertEquals(200, RecordedMedia.download(access.getString("exportUrl"), file).statusCode());
            int frames = RecordedMedia.ffprobeVideoPackets(file);
            assertTrue(frames > 16 + 2 * 25, "every frame while the event lasted: " + frames + " frames in 16 s");
            assertTrue(frames < 16 * 25 / 2, "keyframes only before and after it: " + frames + " frames in 16 s");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void badRecordingModeSettingsAndTriggerActionsAreRefusedAndChangeNothing() {
        String camera = addCamera("Refusing camera " + marker, "OFF");
        JsonObject stored = api.get("/cameras/" + camera, admin).json();

        Answer refused = reconfigure(camera, Json.createObjectBuilder().add("recordingMode", "EVENT")
                .add("preBufferSeconds", 61));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("preBufferSeconds", refused.json().getString("field"), refused.body());
        assertRefused("/cameras", Json.createObjectBuilder().add("name", "Idle " + marker)
                .add("streamUrl", ArgusStack.cameraUrl("cam3")).add("recorderId", ArgusStack.RECORDER_ID)
                .add("recordingMode", "ALWAYS").add("idleRecording", "SOMETIMES").build(), "idleRecording");
        JsonObject after = api.get("/cameras/" + camera, admin).json();
        assertEquals(List.of("OFF", "5", stored.getJsonNumber("version").toString()),
                List.of(after.getString("recordingMode"), String.valueOf(after.getInt("preBufferSeconds")),
                        after.getJsonNumber("version").toString()), "the camera is unchanged: " + after);

        JsonObject eventTrigger = Json.createObjectBuilder().add("type", "EVENT").add("eventType", "generic").build();
        assertRefused("/rules", rule("Bad " + marker, eventTrigger, action("RECORD_ON_EVENT")
                .add("cameraIds", Json.createArrayBuilder().add("no-such-camera")).add("seconds", 5)),
                "actions[0].cameraIds");
        assertRefused("/rules", rule("Bad " + marker, eventTrigger, action("CHANGE_FRAME_RATE")
                .add("cameraIds", Json.createArrayBuilder().add(camera)).add("seconds", 3601)), "actions[0].seconds");
        assertEquals(0, api.get("/rules?name=" + marker, admin).jsonArray().size(), "no rule stored");
    }

    @Test
    void aGenericEventSendsOneMailWithItsTextAndShowsACameraOnTheVideoWall() throws Exception {
        configureSmtp(smtp.getSmtp().getPort());
        String camera = ArgusStack.ensureDemoCamera();
        String definition = create("/generic-event-definitions", Json.createObjectBuilder()
                .add("name", "Door " + marker).add("matchType", "CONTAINS").add("expression", "door forced " + marker)
                .build());
        JsonObject eventTrigger = Json.createObjectBuilder().add("type", "EVENT").add("eventType", "generic")
                .add("definitionId", definition).build();
        String ruleId = create("/rules", rule("Mail " + marker, eventTrigger,
                action("SEND_EMAIL").add("recipients", Json.createArrayBuilder().add("security@example.test"))
                        .add("subject", "Alarm: ${event.message}")
                        .add("message", "Rule ${rule.name} saw \"${event.message}\" at ${event.occurredAt}"),
                action("SHOW_ON_VIDEO_WALL").add("monitor", "Wall 1").add("cameraIds", Json.createArrayBuilder().add(camera)),
                action("WRITE_RULE_LOG").add("message", "door event ${event.id}")));

        try (EventSocket wall = EventSocket.open(admin)) {
            wall.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("videowall.show")).build());

            ExternalEventSender.sendLine("door forced " + marker + " at gate 1\n");
            MimeMessage first = awaitMails(1).get(0);
            assertEquals("Alarm: door forced " + marker + " at gate 1", first.getSubject());
            assertEquals(List.of("security@example.test"), Arrays.stream(first.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).toList());
            assertTrue(String.valueOf(first.getContent()).contains("Rule Mail " + marker + " saw \"door forced "),
                    String.valueOf(first.getContent()));

            JsonObject shown = wall.await(message -> "videowall.show".equals(event(message).getString("eventType", "")),
                    DELIVERY);
            assertEquals("Wall 1", event(shown).getString("monitor"));
            assertEquals(camera, event(shown).getString("cameraId"));
        }

        JsonObject logged = Await.until("the rule's entry in the RULE log", DELIVERY, () -> ruleLog("Mail " + marker));
        assertTrue(logged.getString("message").startsWith("door event "), logged.toString());

        // exactly once: a second event gets its own single run; no duplicate of the first appears meanwhile
        ExternalEventSender.sendLine("door forced " + marker + " at gate 2\n");
        List<MimeMessage> mails = awaitMails(2);
        assertEquals(List.of("Alarm: door forced " + marker + " at gate 1", "Alarm: door forced " + marker + " at gate 2"),
                mails.stream().map(RulesIT::subject).sorted().toList());
        List<JsonObject> executions = Await.until("both executions recorded as finished", DELIVERY, () -> {
            List<JsonObject> found = executions(ruleId);
            return found.size() == 2 && found.stream().noneMatch(e -> "RUNNING".equals(e.getString("outcome"))) ? found : null;
        });
        assertEquals(2, executions.stream().map(e -> e.getString("triggerKey")).distinct().count(), executions.toString());
        assertTrue(executions.stream().allMatch(e -> "OK".equals(e.getString("outcome"))), executions.toString());
    }

    @Test
    void aFailingActionIsRecordedAndTheActionsAfterItStillRun() throws Exception {
        configureSmtp(portWithoutServer());
        String definition = create("/generic-event-definitions", Json.createObjectBuilder()
                .add("name", "Panel " + marker).add("matchType", "CONTAINS").add("expression", "panel " + marker).build());
        String ruleId = create("/rules", rule("Unlucky " + marker, Json.createObjectBuilder().add("type", "EVENT")
                        .add("eventType", "generic").add("definitionId", definition).build(),
                action("SEND_EMAIL").add("recipients", Json.createArrayBuilder().add("security@example.test"))
                        .add("subject", "s ${event.message}").add("message", "m"),
                action("WRITE_RULE_LOG").add("message", "after the mail ${event.message}")));

        ExternalEventSender.sendLine("panel " + marker + " tampered\n");

        JsonObject execution = Await.until("the execution recorded as finished", DELIVERY, () -> executions(ruleId)
                .stream().filter(e -> !"RUNNING".equals(e.getString("outcome"))).findFirst().orElse(null));
        assertEquals("FAILED", execution.getString("outcome"), execution.toString());
        assertTrue(execution.getString("message").startsWith("action 1 SEND_EMAIL: e-mail not sent"), execution.toString());
        Await.until("the log entry of the action after the failed one", DELIVERY, () -> ruleLog("Unlucky " + marker));
        assertEquals(1, executions(ruleId).size(), "a failed run is not retried");
    }

    @Test
    void badRulesAndProfilesAreRefusedWithTheFieldAndNothingIsStored() {
        String profile = create("/time-profiles", Json.createObjectBuilder().add("name", "Valid " + marker)
                .add("timeZone", "Europe/Berlin").add("intervals", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", "MONDAY").add("start", "08:00").add("end", "17:00")))
                .build());
        JsonObject logAction = action("WRITE_RULE_LOG").add("message", "x").build();

        assertRefused("/rules", rule("Bad " + marker, timeProfileTrigger("TIME_PROFILE_START", "no-such-profile"),
                action("WRITE_RULE_LOG").add("message", "x")), "trigger.timeProfileId");
        assertRefused("/rules", rule("Bad " + marker, timeProfileTrigger("TIME_PROFILE_START", profile),
                action("START_RECORDING").add("cameraIds", Json.createArrayBuilder().add("no-such-camera"))),
                "actions[0].cameraIds");
        assertRefused("/rules", rule("Bad " + marker, timeProfileTrigger("TIME_PROFILE_START", profile),
                Json.createObjectBuilder(logAction), action("ACTIVATE_OUTPUT")), "actions[1].cameraIds");
        assertRefused("/rules", rule("Bad " + marker, timeProfileTrigger("TIME_PROFILE_START", profile),
                action("SEND_EMAIL").add("recipients", Json.createArrayBuilder().add("not an address"))
                        .add("subject", "s").add("message", "m")), "actions[0].recipients");
        assertRefused("/rules", rule("Bad " + marker, Json.createObjectBuilder().add("type", "EVENT").build(),
                Json.createObjectBuilder(logAction)), "trigger.eventType");
        assertEquals(0, api.get("/rules?name=" + marker, admin).jsonArray().stream()
                .filter(rule -> rule.asJsonObject().getString("name").startsWith("Bad")).count(), "nothing stored");

        assertRefused("/time-profiles", Json.createObjectBuilder().add("name", "Bad zone " + marker)
                .add("timeZone", "Mars/Olympus").add("intervals", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", "MONDAY").add("start", "08:00").add("end", "17:00"))).build(), "timeZone");
        assertRefused("/time-profiles", Json.createObjectBuilder().add("name", "Bad time " + marker)
                .add("timeZone", "UTC").add("intervals", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", "MONDAY").add("start", "25:00").add("end", "17:00"))).build(), "intervals.start");

        String ruleId = create("/rules", rule("Good " + marker, timeProfileTrigger("TIME_PROFILE_START", profile),
                Json.createObjectBuilder(logAction)));
        JsonObject stored = api.get("/rules/" + ruleId, admin).json();
        JsonObject renamed = Json.createObjectBuilder(stored).add("name", "Renamed " + marker).build();
        assertEquals(200, api.putJson("/rules/" + ruleId, admin, renamed).status());
        Answer stale = api.putJson("/rules/" + ruleId, admin, Json.createObjectBuilder(stored).add("name", "Late " + marker).build());
        assertEquals(409, stale.status(), stale.body());
        assertEquals("Renamed " + marker, api.get("/rules/" + ruleId, admin).json().getString("name"));
        assertEquals(403, api.get("/rules", operator).status(), "rules are for administrators");
    }

    private void assertRefused(String path, JsonObject body, String field) {
        Answer refused = api.postJson(path, admin, body);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(field, refused.json().getString("field"), refused.body());
    }

    /** Creates through the API; deleted after the test, newest first (rules before the profiles they use). */
    private String addCamera(String name, String recordingMode) {
        return create("/cameras", Json.createObjectBuilder().add("name", name)
                .add("streamUrl", ArgusStack.cameraUrl("cam3")).add("recorderId", ArgusStack.RECORDER_ID)
                .add("recordingMode", recordingMode).build());
    }

    /** The first RULE log entry of the rule, or null. */
    private JsonObject ruleLog(String ruleName) {
        return api.get("/logs?kind=RULE&source=" + URLEncoder.encode("rule:" + ruleName, StandardCharsets.UTF_8), admin)
                .jsonArray().stream().map(JsonValue::asJsonObject).findFirst().orElse(null);
    }

    private static int portWithoutServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void configureSmtp(int port) {
        JsonObjectBuilder settings = Json.createObjectBuilder().add("smtpHost", "127.0.0.1")
                .add("smtpPort", port).add("fromAddress", "argus@example.test").add("startTls", false);
        Answer current = api.get("/notification-settings", admin);
        if (current.status() == 200) {
            settings.add("version", current.json().getJsonNumber("version").longValue());
        }
        Answer stored = api.putJson("/notification-settings", admin, settings.build());
        assertEquals(200, stored.status(), stored.body());
        assertFalse(stored.body().contains("\"password\""), "no password field is ever returned: " + stored.body());
    }

    private List<MimeMessage> awaitMails(int count) {
        return Await.until(count + " mail(s) for this test", DELIVERY, () -> {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                    .filter(mail -> subject(mail).contains(marker)).toList();
            return mine.size() >= count ? mine : null;
        });
    }

    private JsonObject recorderEvent(String cameraId, String eventType) {
        return api.get("/events?cameraId=" + cameraId + "&limit=100", admin).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(event -> eventType.equals(event.getString("eventType")))
                .findFirst().orElse(null);
    }

    /** A rule named {@code name} on generic events containing {@code text} (a definition of its own). */
    private String ruleOnGenericEvent(String name, String text, JsonObjectBuilder action) {
        String definition = create("/generic-event-definitions", Json.createObjectBuilder().add("name", name)
                .add("matchType", "CONTAINS").add("expression", text).build());
        return create("/rules", rule(name, Json.createObjectBuilder().add("type", "EVENT").add("eventType", "generic")
                .add("definitionId", definition).build(), action));
    }

    /** Sends the camera's stored configuration with {@code changes} applied, based on the version just read. */
    private Answer reconfigure(String cameraId, JsonObjectBuilder changes) {
        JsonObject stored = api.get("/cameras/" + cameraId, admin).json();
        return api.putJson("/cameras/" + cameraId, admin, Json.createObjectBuilder(stored).addAll(changes).build());
    }

    private void awaitStreaming(String cameraId) {
        Await.until("camera " + cameraId + " streaming to the recorder", Duration.ofSeconds(30),
                () -> "STREAMING".equals(api.get("/cameras/" + cameraId, admin).json().getString("state")) ? true : null);
    }

    /** The spans the camera's recordings cover in the last two minutes, from the recorder's listing. */
    private static List<JsonObject> spans(String recordingsUrl) {
        Instant now = Instant.now();
        return RecordedMedia.json(RecordedMedia.getText(RecordedMedia.withRange(recordingsUrl, now.minusSeconds(120),
                now)).body()).getJsonArray("spans").stream().map(JsonValue::asJsonObject).toList();
    }

    private List<JsonObject> executions(String ruleId) {
        return api.get("/rules/" + ruleId + "/executions", admin).jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject rule(String name, JsonObject trigger, JsonObjectBuilder... actions) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        Arrays.stream(actions).forEach(list::add);
        return Json.createObjectBuilder().add("name", name).add("trigger", trigger).add("actions", list).build();
    }

    private static JsonObject timeProfileTrigger(String type, String profileId) {
        return Json.createObjectBuilder().add("type", type).add("timeProfileId", profileId).build();
    }

    private static JsonObjectBuilder action(String type) {
        return Json.createObjectBuilder().add("type", type);
    }

    private static JsonObject event(JsonObject socketMessage) {
        JsonObject event = socketMessage.getJsonObject("event");
        return event == null ? JsonValue.EMPTY_JSON_OBJECT : event;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
