package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.EventSocket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A camera's own motion detection, reported in its ONVIF metadata stream, reaches operators as an Argus event: the
 * simulator's metadata camera switches its cell motion detector every 2 s; the recorder turns each change into an
 * {@code onvif.motion.started/stopped} event, which the event server stores and pushes over the events WebSocket,
 * carrying the ONVIF topic and data.
 */
class OnvifMetadataEventIT extends EventServerIT {

    private static final Duration RECORDER_ROUND_TRIP = Duration.ofSeconds(45);
    private static final String TOPIC = "tns1:RuleEngine/CellMotionDetector/Motion";

    @Test
    void theCamerasMotionEventArrivesOverTheWebSocketAndTheRestApiWithItsTopicAndData() {
        String cameraId = ArgusStack.ensureCamera("Metadata camera", ArgusStack.METADATA_SIMULATOR_CAMERA);

        try (EventSocket events = EventSocket.open(operator)) {
            events.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("onvif.motion.started")).build());

            JsonObject event = events.await(motionStartedOn(cameraId), RECORDER_ROUND_TRIP).getJsonObject("event");

            JsonObject attributes = event.getJsonObject("attributes");
            assertEquals(TOPIC, attributes.getString("topic"));
            assertEquals("true", attributes.getString("data.IsMotion"));
        }
        Await.until("onvif.motion.stopped listed by the REST API", RECORDER_ROUND_TRIP, () ->
                api.get("/events?cameraId=" + cameraId, operator).jsonArray().stream().map(JsonValue::asJsonObject)
                        .anyMatch(e -> "onvif.motion.stopped".equals(e.getString("eventType"))
                                && TOPIC.equals(e.getJsonObject("attributes").getString("topic", null)))
                        ? true : null);
    }

    private static Predicate<JsonObject> motionStartedOn(String cameraId) {
        return message -> message.containsKey("event")
                && cameraId.equals(message.getJsonObject("event").getString("cameraId", null))
                && "onvif.motion.started".equals(message.getJsonObject("event").getString("eventType", null));
    }
}
