package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.EventSocket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events WebSocket applies the subscriber's camera rights: a guard who may watch only the guard post receives
 * that camera's recorder events and never those of a camera outside its role, which an operator does receive.
 */
class EventVisibilityIT extends EventServerIT {

    /** A camera recording is switched off and on again: the recorder reports recording.stopped, then started. */
    private static final Duration RECORDER_ROUND_TRIP = Duration.ofSeconds(30);

    @Test
    void aSubscriberNeverReceivesEventsOfACameraItHasNoRightOn() throws Exception {
        String guardCamera = GuardRole.define(api, admin);
        String hiddenCamera = ArgusStack.ensureCamera("Vault", "cam3");
        String guard = api.token("guard", "guard");

        try (EventSocket guardEvents = EventSocket.open(guard); EventSocket operatorEvents = EventSocket.open(operator)) {
            for (EventSocket socket : new EventSocket[] {guardEvents, operatorEvents}) {
                socket.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                        .add("eventTypes", Json.createArrayBuilder().add("recording.started")).build());
            }

            restartRecording(hiddenCamera);
            operatorEvents.await(startedOn(hiddenCamera), RECORDER_ROUND_TRIP);
            restartRecording(guardCamera);
            guardEvents.await(startedOn(guardCamera), RECORDER_ROUND_TRIP);

            // The recorder reported the vault first, and events of one recorder keep their order: had the guard been
            // sent the vault's event, it would have arrived before the guard post's.
            assertTrue(guardEvents.seen().stream().noneMatch(startedOn(hiddenCamera)),
                    "the guard received an event of a camera outside its role: " + guardEvents.seen());
        }
    }

    private static Predicate<JsonObject> startedOn(String cameraId) {
        return message -> message.containsKey("event")
                && cameraId.equals(message.getJsonObject("event").getString("cameraId", null));
    }

    private void restartRecording(String cameraId) {
        for (String mode : new String[] {"OFF", "ALWAYS"}) {
            JsonObject camera = api.get("/cameras/" + cameraId, admin).json();
            Answer changed = api.putJson("/cameras/" + cameraId, admin, Json.createObjectBuilder(camera)
                    .add("recordingMode", mode).build());
            assertEquals(200, changed.status(), changed.body());
        }
    }
}
