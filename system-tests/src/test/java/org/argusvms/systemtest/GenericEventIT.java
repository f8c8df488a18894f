package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.EventSocket;
import org.argusvms.systemtest.support.ExternalEventSender;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.Socket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generic events end to end: a definition made through REST, text sent over TCP and UDP to the resource adapter's
 * listener, matched by the event server's MDB, stored, published on ArgusEvents and pushed to a WebSocket subscriber.
 */
class GenericEventIT extends EventServerIT {

    @Test
    void matchingTcpAndUdpMessagesReachASubscriberAndTheEventList() throws Exception {
        define("Door forced " + marker, "CONTAINS", "forced " + marker, true);

        try (EventSocket subscriber = EventSocket.open(operator)) {
            subscriber.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("generic")).build());

            ExternalEventSender.sendLine("door 7 opened " + marker + "\nDoor 7 FORCED " + marker + " by TCP\n");
            ExternalEventSender.sendDatagram("door 8 forced " + marker + " by UDP\n");

            JsonObject tcp = subscriber.await(event -> message(event).endsWith("by TCP"), DELIVERY);
            JsonObject udp = subscriber.await(event -> message(event).endsWith("by UDP"), DELIVERY);
            assertEquals("TCP", tcp.getJsonObject("event").getJsonObject("attributes").getString("transport"));
            assertEquals("UDP", udp.getJsonObject("event").getJsonObject("attributes").getString("transport"));
            assertEquals("Door forced " + marker, tcp.getJsonObject("event").getJsonObject("attributes").getString("definition"));
            assertEquals("generic", tcp.getJsonObject("event").getString("sourceType"));
            assertTrue(subscriber.seen().stream().noneMatch(event -> message(event).contains("opened")),
                    "the line that matched no definition was not delivered: " + subscriber.seen());
        }

        List<String> stored = Await.until("both events in GET /events", DELIVERY, () -> {
            List<String> messages = storedMessages();
            return messages.size() == 2 ? messages : null;
        });
        assertTrue(stored.contains("door 8 forced " + marker + " by UDP"), stored.toString());
        assertTrue(stored.contains("Door 7 FORCED " + marker + " by TCP"), stored.toString());
    }

    @Test
    void subscribersOnlyReceiveTheEventTypesTheyAskedFor() throws Exception {
        define("Panel " + marker, "REGEX", "^panel \\d+ " + marker + "$", false);

        try (EventSocket cameraEventsOnly = EventSocket.open(operator); EventSocket everything = EventSocket.open(admin)) {
            cameraEventsOnly.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("camera.connected")).build());
            everything.subscribe(Json.createObjectBuilder().add("type", "subscribe").build());

            ExternalEventSender.sendDatagram("panel 12 " + marker);

            everything.await(event -> message(event).equals("panel 12 " + marker), DELIVERY);
            assertTrue(cameraEventsOnly.seen().stream().noneMatch(event -> message(event).contains(marker)));
        }
    }

    @Test
    void garbageAndIdleConnectionsDoNotStopTheListener() throws Exception {
        define("Survivor " + marker, "EQUALS", "still alive " + marker, false);

        try (EventSocket subscriber = EventSocket.open(operator)) {
            subscriber.subscribe(Json.createObjectBuilder().add("type", "subscribe").build());
            List<Socket> idle = new ArrayList<>();
            try {
                ExternalEventSender.sendBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xC3, 0x28, '\n'});
                ExternalEventSender.sendBytes(("x".repeat(10 * 1024) + "\n").getBytes(StandardCharsets.US_ASCII));
                ExternalEventSender.sendDatagram(new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'});
                for (int i = 0; i < 200; i++) {
                    idle.add(new Socket(InetAddress.getLoopbackAddress(), ExternalEventSender.GENERIC_EVENT_PORT));
                }

                ExternalEventSender.sendLine("still alive " + marker + "\n");
                ExternalEventSender.sendDatagram("still alive " + marker);

                subscriber.await(event -> message(event).equals("still alive " + marker)
                        && "TCP".equals(transport(event)), DELIVERY);
                subscriber.await(event -> message(event).equals("still alive " + marker)
                        && "UDP".equals(transport(event)), DELIVERY);
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aWebSocketWithoutAValidTokenIsRefused() {
        for (String token : new String[] {null, "not-a-jwt"}) {
            CompletionException refused = assertThrows(CompletionException.class, () -> EventSocket.open(token).close());
            WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
            assertEquals(401, handshake.getResponse().statusCode());
        }
    }

    @Test
    void definitionsAreForAdministratorsAndValidated() {
        JsonObject invalidRegex = definition("Broken " + marker, "REGEX", "zone (\\d+", false);
        Answer refused = api.postJson("/generic-event-definitions", admin, invalidRegex);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("expression", refused.json().getString("field"));

        Answer forbidden = api.postJson("/generic-event-definitions", operator, definition("Op " + marker, "EQUALS", "x", false));
        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals(403, api.get("/generic-event-definitions", operator).status());

        String id = define("Editable " + marker, "EQUALS", "a", false);
        String readVersion = "\"" + api.get("/generic-event-definitions/" + id, admin).json().getJsonNumber("version") + "\"";
        JsonObject edit = Json.createObjectBuilder(definition("Edited " + marker, "CONTAINS", "b", true))
                .add("enabled", false).build();
        assertEquals(400, api.putJson("/generic-event-definitions/" + id, admin, edit).status(),
                "a replacement must say which version it is based on");
        Answer replaced = api.putJson("/generic-event-definitions/" + id, admin, edit, readVersion);
        assertEquals(200, replaced.status(), replaced.body());
        Answer stale = api.putJson("/generic-event-definitions/" + id, admin,
                definition("Lost update " + marker, "EQUALS", "c", false), readVersion);
        assertEquals(409, stale.status(), "a second administrator editing the same version gets a conflict: "
                + stale.body());
        JsonObject stored = api.get("/generic-event-definitions/" + id, admin).json();
        assertEquals("Edited " + marker, stored.getString("name"));
        assertEquals("CONTAINS", stored.getString("matchType"));
        assertFalse(stored.getBoolean("enabled"));

        assertEquals(204, api.delete("/generic-event-definitions/" + id, admin).status());
        assertEquals(404, api.get("/generic-event-definitions/" + id, admin).status());
    }

    private String define(String name, String matchType, String expression, boolean ignoreCase) {
        Answer created = api.postJson("/generic-event-definitions", admin, definition(name, matchType, expression, ignoreCase));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        cleanUp.add("/generic-event-definitions/" + id);
        return id;
    }

    private static JsonObject definition(String name, String matchType, String expression, boolean ignoreCase) {
        return Json.createObjectBuilder().add("name", name).add("matchType", matchType).add("expression", expression)
                .add("ignoreCase", ignoreCase).build();
    }

    private List<String> storedMessages() {
        return api.get("/events?limit=1000", operator).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(event -> "generic".equals(event.getString("sourceType", "")))
                .map(event -> event.getJsonObject("attributes").getString("message", ""))
                .filter(text -> text.contains(marker)).toList();
    }

    private static String message(JsonObject socketMessage) {
        JsonObject event = socketMessage.getJsonObject("event");
        return event == null ? "" : event.getJsonObject("attributes").getString("message", "");
    }

    private static String transport(JsonObject socketMessage) {
        return socketMessage.getJsonObject("event").getJsonObject("attributes").getString("transport", "");
    }
}
