package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.ExternalEventSender;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cameras over ONVIF through the whole stack: a camera an administrator adds by its ONVIF address alone is recorded
 * (the recorder asks the simulator for the stream); operators with the PTZ right steer it, a guard without it is
 * refused and the head does not move; of two operators steering it, the one whose role has the higher PTZ priority
 * keeps it; a rule moves it to a preset and pulses a relay output when an event arrives.
 * The simulator's state endpoint is the camera's side of the truth.
 */
class OnvifIT extends EventServerIT {

    /** The simulator camera these tests steer; no other system test uses its ONVIF device. */
    private static final String DEVICE = "cam2";
    /** The simulator's presets 1 (Home), 2 (Entrance) and 3 (Parking), as its state endpoint prints them. */
    private static final String HOME = "pan=0.0000 tilt=0.0000 zoom=0.0000";
    private static final String ENTRANCE = "pan=0.5000 tilt=-0.2500 zoom=0.2000";
    private static final String PARKING = "pan=-0.7500 tilt=0.1000 zoom=0.6000";

    /** What a role's PTZ priority is unless an administrator sets it (XProtect's default too). */
    private static final int DEFAULT_PTZ_PRIORITY = 3000;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aCameraKnownOnlyByItsOnvifAddressIsRecordedAndSteeredOnlyByThoseWithTheRight() {
        JsonObject created = createObject("/cameras", onvifCamera("Onvif " + marker, "ALWAYS"));
        String camera = created.getString("id");
        assertEquals(ArgusStack.onvifAddress(DEVICE), created.getString("onvifAddress"));
        assertFalse(created.containsKey("streamUrl") && !created.isNull("streamUrl"), created.toString());

        Await.until("the recorder streaming the camera it found over ONVIF", Duration.ofSeconds(60),
                () -> "STREAMING".equals(api.get("/cameras/" + camera, admin).json().getString("state")) ? true : null);
        PlaybackIT.awaitRecorded(api, admin, camera, Duration.ofSeconds(4), Duration.ofSeconds(2));

        grant("PTZ operators " + marker, "operator", camera, "LIVE", "PTZ", "OUTPUT");
        grant("Onvif guards " + marker, "guard", camera, "LIVE");
        String guard = api.token("guard", "guard");

        assertEquals(204, gotoPreset(camera, admin, "1").status());
        Await.until("the head at Home", Duration.ofSeconds(10), () -> state().contains("pan=0.0000 tilt=0.0000") ? true : null);
        Answer refused = gotoPreset(camera, guard, "2");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(state().contains("pan=0.0000 tilt=0.0000 zoom=0.0000"), "the guard did not move it: " + state());

        Answer moved = gotoPreset(camera, operator, "2");
        assertEquals(204, moved.status(), moved.body());
        assertTrue(state().contains(ENTRANCE), "at Entrance: " + state());

        Answer switched = api.postJson("/cameras/" + camera + "/outputs/relay1", operator,
                Json.createObjectBuilder().add("active", true).build());
        assertEquals(204, switched.status(), switched.body());
        assertTrue(state().contains("relay1: active"), state());
        assertEquals(403, api.postJson("/cameras/" + camera + "/outputs/relay1", guard,
                Json.createObjectBuilder().add("active", false).build()).status());
        assertTrue(state().contains("relay1: active"), "the guard did not switch it: " + state());

        Answer unknownPreset = gotoPreset(camera, operator, "9");
        assertEquals(400, unknownPreset.status(), unknownPreset.body());
        assertEquals("preset", unknownPreset.json().getString("field"), unknownPreset.body());
        Answer tooFast = api.postJson("/cameras/" + camera + "/ptz/move", operator,
                Json.createObjectBuilder().add("pan", 2).build());
        assertEquals(List.of(400, "pan"), List.of(tooFast.status(), tooFast.json().getString("field")), tooFast.body());
        assertTrue(state().contains(ENTRANCE), "refused commands changed nothing: " + state());
        assertEquals(404, gotoPreset("no-such-camera", operator, "2").status());

        String rtspOnly = ArgusStack.ensureDemoCamera();
        Answer notCapable = gotoPreset(rtspOnly, admin, "2");
        assertEquals(409, notCapable.status(), "a camera without ONVIF address: " + notCapable.body());
    }

    @Test
    void aRuleMovesTheCameraToAPresetAndPulsesAnOutputWhenItsEventArrives() throws IOException {
        String camera = createObject("/cameras", onvifCamera("Onvif rule " + marker, "OFF")).getString("id");
        assertEquals(204, api.postJson("/cameras/" + camera + "/outputs/relay2", admin,
                Json.createObjectBuilder().add("active", false).build()).status());
        assertFalse(state().contains(PARKING), "not at Parking before the event: " + state());

        String definition = createObject("/generic-event-definitions", Json.createObjectBuilder()
                .add("name", "Barrier " + marker).add("matchType", "CONTAINS").add("expression", "barrier " + marker)
                .build()).getString("id");
        String rule = createObject("/rules", Json.createObjectBuilder().add("name", "Steer " + marker)
                .add("trigger", Json.createObjectBuilder().add("type", "EVENT").add("eventType", "generic")
                        .add("definitionId", definition))
                .add("actions", Json.createArrayBuilder()
                        .add(cameraAction("GO_TO_PTZ_PRESET", camera).add("preset", "3"))
                        .add(cameraAction("ACTIVATE_OUTPUT", camera).add("output", "relay2").add("seconds", 3)))
                .build()).getString("id");

        ExternalEventSender.sendLine("barrier " + marker + " opened\n");

        Await.until("the head at Parking and relay2 active", DELIVERY,
                () -> state().contains(PARKING) && state().contains("relay2: active") ? true : null);
        Await.until("relay2 switched back after 3 s", Duration.ofSeconds(15),
                () -> state().contains("relay2: inactive") ? true : null);
        JsonObject execution = api.get("/rules/" + rule + "/executions", admin).jsonArray().getJsonObject(0);
        assertEquals("OK", execution.getString("outcome"), execution.toString());
    }

    @Test
    void theOperatorWithTheHigherPtzPriorityKeepsTheCameraUntilHeReleasesIt() {
        String camera = createObject("/cameras", onvifCamera("Onvif priority " + marker, "OFF")).getString("id");
        grant("PTZ guards " + marker, "guard", 1000, camera, "LIVE", "PTZ");
        grant("PTZ supervisors " + marker, "operator", 5000, camera, "LIVE", "PTZ");
        String guard = api.token("guard", "guard");
        String session = "/cameras/" + camera + "/ptz/session";

        assertEquals(204, gotoPreset(camera, guard, "1").status());
        Await.until("the head at Home", Duration.ofSeconds(10), () -> state().contains(HOME) ? true : null);
        JsonObject guardsSession = api.get(session, operator).json();
        assertEquals(List.of("guard", 1000), List.of(guardsSession.getString("username"),
                guardsSession.getInt("priority")), guardsSession.toString());

        Answer takenOver = gotoPreset(camera, operator, "2");
        assertEquals(204, takenOver.status(), "the higher priority takes over: " + takenOver.body());
        Answer refused = gotoPreset(camera, guard, "1");
        assertEquals(409, refused.status(), refused.body());
        assertEquals(List.of("operator", 5000), List.of(refused.json().getString("holder"),
                refused.json().getInt("holderPriority")), refused.body());
        assertTrue(refused.json().getString("detail").contains("held by operator"), refused.body());
        int secondsLeft = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(secondsLeft >= 1 && secondsLeft <= 15, "frees within the 15 s session timeout: " + secondsLeft);
        Answer stopRefused = api.postJson("/cameras/" + camera + "/ptz/move", guard, Json.createObjectBuilder().build());
        assertEquals(409, stopRefused.status(), "a stop is a PTZ command too: " + stopRefused.body());
        assertTrue(state().contains(ENTRANCE), "the guard did not move it away from the operator's preset: " + state());

        assertEquals(204, api.delete(session, guard).status(), "the guard has no session of his own to release");
        assertEquals("operator", api.get(session, guard).json().getString("username"));
        assertEquals(204, api.delete(session, operator).status());
        assertEquals(204, api.get(session, guard).status(), "nobody steers it any more");

        Answer afterRelease = gotoPreset(camera, guard, "1");
        assertEquals(204, afterRelease.status(), afterRelease.body());
        assertTrue(state().contains(HOME), "back at Home: " + state());
    }

    @Test
    void aRolesPtzPriorityIsAWholeNumberFrom1To32000AndBadOnesChangeNothing() {
        JsonObject role = createObject("/roles", Json.createObjectBuilder().add("name", "Priority " + marker).build());
        assertEquals(DEFAULT_PTZ_PRIORITY, role.getInt("ptzPriority"), "a role created without one: " + role);
        Answer raised = api.putJson("/roles/" + role.getString("id"), admin, Json.createObjectBuilder()
                .add("name", "Priority " + marker).add("ptzPriority", 32000).add("version", role.getJsonNumber("version"))
                .build());
        assertEquals(200, raised.status(), raised.body());

        for (JsonValue bad : List.of(Json.createValue(0), Json.createValue(40000), Json.createValue("abc"),
                Json.createValue(1.5))) {
            Answer changed = api.putJson("/roles/" + role.getString("id"), admin, Json.createObjectBuilder()
                    .add("name", "Priority " + marker).add("ptzPriority", bad)
                    .add("version", raised.json().getJsonNumber("version")).build());
            assertEquals(400, changed.status(), bad + ": " + changed.body());
            Answer created = api.postJson("/roles", admin, Json.createObjectBuilder()
                    .add("name", "Priority bad " + marker).add("ptzPriority", bad).build());
            assertEquals(400, created.status(), bad + ": " + created.body());
        }
        assertEquals(raised.json(), api.get("/roles/" + role.getString("id"), admin).json(), "the role is unchanged");
        assertEquals(0, api.get("/roles?name=Priority%20bad%20" + marker, admin).jsonArray().size(), "nothing created");

        Answer renamed = api.putJson("/roles/" + role.getString("id"), admin, Json.createObjectBuilder()
                .add("name", "Priority renamed " + marker).add("version", raised.json().getJsonNumber("version")).build());
        assertEquals(32000, renamed.json().getInt("ptzPriority"), "a change without ptzPriority keeps it: " + renamed.body());
    }

    private Answer gotoPreset(String camera, String token, String preset) {
        return api.postJson("/cameras/" + camera + "/ptz/preset", token,
                Json.createObjectBuilder().add("preset", preset).build());
    }

    /** A role for {@code claim} with {@code rights} on the one camera; removed after the test. */
    private void grant(String name, String claim, String camera, String... rights) {
        grant(name, claim, DEFAULT_PTZ_PRIORITY, camera, rights);
    }

    private void grant(String name, String claim, int ptzPriority, String camera, String... rights) {
        createObject("/roles", Json.createObjectBuilder().add("name", name).add("ptzPriority", ptzPriority)
                .add("claims", Json.createArrayBuilder().add(claim))
                .add("grants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("scope", "CAMERA")
                        .add("targetId", camera).add("rights", Json.createArrayBuilder(List.of(rights)))))
                .build());
    }

    private static JsonObject onvifCamera(String name, String recordingMode) {
        return Json.createObjectBuilder().add("name", name).add("onvifAddress", ArgusStack.onvifAddress(DEVICE))
                .add("recorderId", ArgusStack.RECORDER_ID).add("recordingMode", recordingMode).build();
    }

    private static JsonObjectBuilder cameraAction(String type, String camera) {
        return Json.createObjectBuilder().add("type", type).add("cameraIds", Json.createArrayBuilder().add(camera));
    }

    /** The simulator's PTZ position and relay states of {@link #DEVICE}. */
    private static String state() {
        try {
            return HTTP.send(HttpRequest.newBuilder(ArgusStack.onvifStateUrl(DEVICE)).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
