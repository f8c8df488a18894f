package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.EventSocket;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * User-defined events through REST: administrators define them, operators trigger them, a repeated Idempotency-Key
 * stores and publishes nothing new, and subscribers and the event list see them like every other event.
 */
class UserDefinedEventIT extends EventServerIT {

    @Test
    void operatorsTriggerWhatAdministratorsDefineOncePerIdempotencyKey() {
        JsonObject drill = Json.createObjectBuilder().add("name", "Drill " + marker)
                .add("description", "evacuation drill").build();
        assertEquals(403, api.postJson("/user-defined-events", operator, drill).status(), "CONFIGURATION only");
        Answer invalid = api.postJson("/user-defined-events", admin, Json.createObjectBuilder()
                .add("description", "no name").build());
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals("name", invalid.json().getString("field"));
        Answer created = api.postJson("/user-defined-events", admin, drill);
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        cleanUp.add("/user-defined-events/" + id);
        assertEquals(400, api.postJson("/user-defined-events", admin, drill).status(), "names are unique");
        assertTrue(api.get("/user-defined-events/triggerable", operator).jsonArray().stream()
                .anyMatch(definition -> id.equals(definition.asJsonObject().getString("id"))));

        try (EventSocket subscriber = EventSocket.open(operator)) {
            subscriber.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("user-defined")).build());

            Answer first = trigger(id, marker + "-1");
            Answer repeated = trigger(id, marker + "-1");
            Answer another = trigger(id, marker + "-2");

            assertEquals(201, first.status(), first.body());
            assertEquals(200, repeated.status(), "the same key answers with the first event");
            assertEquals(first.json(), repeated.json());
            assertEquals(201, another.status(), another.body());
            JsonObject event = first.json();
            assertEquals("user-defined", event.getString("eventType"));
            assertEquals("user", event.getString("sourceType"));
            assertEquals("Drill " + marker, event.getJsonObject("attributes").getString("definition"));
            assertEquals("operator", event.getJsonObject("attributes").getString("triggeredBy"));

            String firstId = event.getString("id");
            JsonObject pushed = subscriber.await(message -> "event".equals(message.getString("type")), DELIVERY);
            assertEquals(firstId, pushed.getJsonObject("event").getString("id"));
            JsonObject next = subscriber.await(message -> "event".equals(message.getString("type")), DELIVERY);
            assertEquals(another.json().getString("id"), next.getJsonObject("event").getString("id"),
                    "the repeat was not published: the next event on the topic is the other trigger");
            assertTrue(api.get("/events?limit=50", operator).jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(stored -> firstId.equals(stored.getString("id"))).count() == 1);
        }

        assertEquals(403, api.postWithHeader("/user-defined-events/" + id + "/trigger", api.token("guard", "guard"),
                "Idempotency-Key", marker + "-3").status(), "a watch-only role may not trigger");
        assertEquals(400, trigger(id, "has spaces").status(), "a malformed key");
        assertEquals(404, trigger("no-such-definition", marker + "-4").status());
    }

    private Answer trigger(String definitionId, String key) {
        return api.postWithHeader("/user-defined-events/" + definitionId + "/trigger", operator, "Idempotency-Key", key);
    }
}
