package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.EventSocket;
import org.argusvms.systemtest.support.StoredEvents;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The event outbox's recovery (docs/design/event-outbox.md): an event a rule is triggered by, stored with its outbox
 * message by a node that stopped before publishing it, is published by the sweeper of a running node: subscribers
 * receive it late, the rule runs, both once, and the outbox forgets it.
 */
class EventOutboxIT extends EventServerIT {

    @Test
    void anEventWhosePublicationWasInterruptedStillReachesSubscribersAndRulesOnce() throws Exception {
        String definition = create("/generic-event-definitions", Json.createObjectBuilder()
                .add("name", "Left over " + marker).add("matchType", "CONTAINS").add("expression", "left over " + marker)
                .build());
        String rule = create("/rules", Json.createObjectBuilder().add("name", "Left over " + marker)
                .add("trigger", Json.createObjectBuilder().add("type", "EVENT").add("eventType", "generic")
                        .add("definitionId", definition))
                .add("actions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "WRITE_RULE_LOG").add("message", "left over ${event.id}")))
                .build());
        String id = UUID.randomUUID().toString();
        Instant storedAt = Instant.now().minus(Duration.ofMinutes(2)); // older than any live relay's messages

        try (EventSocket subscriber = EventSocket.open(operator)) {
            subscriber.subscribe(Json.createObjectBuilder().add("type", "subscribe")
                    .add("eventTypes", Json.createArrayBuilder().add("generic")).build());
            storeUnpublished(id, definition, "left over " + marker, storedAt);

            subscriber.await(message -> id.equals(eventId(message)), Duration.ofSeconds(20));
            Await.until("the rule ran for it", DELIVERY, () -> executions(rule) == 1);
            Await.until("the outbox row deleted", DELIVERY, () -> !stillStored(id));
            Thread.sleep(6_000); // one more sweep: it must not publish the message again
            assertEquals(1, subscriber.seen().stream().filter(message -> id.equals(eventId(message))).count(),
                    "published once");
            assertEquals(1, executions(rule), "the rule ran once");
        }
    }

    private int executions(String rule) {
        return api.get("/rules/" + rule + "/executions", admin).jsonArray().size();
    }

    /**
     * What EventPublisher stores for a generic event a rule is triggered by, as a node that stopped right after the
     * commit left it.
     */
    private static void storeUnpublished(String id, String definition, String text, Instant storedAt)
            throws SQLException {
        String body = Json.createObjectBuilder().add("id", id).add("sourceType", "generic").add("seq", 0)
                .add("eventType", "generic").add("occurredAt", storedAt.toString())
                .add("attributes", Json.createObjectBuilder().add("message", text).add("definitionId", definition))
                .build().toString();
        try (Connection db = StoredEvents.database(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO event_outbox (id, created_at, event_type, source_type, camera_id, rule_candidate, body)"
                        + " VALUES (?, ?, 'generic', 'generic', NULL, TRUE, ?)")) {
            insert.setString(1, id);
            insert.setTimestamp(2, Timestamp.from(storedAt));
            insert.setString(3, body);
            insert.executeUpdate();
        }
    }

    private static boolean stillStored(String id) {
        try (Connection db = StoredEvents.database();
             PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM event_outbox WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the outbox failed", e);
        }
    }

    private static String eventId(JsonObject socketMessage) {
        JsonObject event = socketMessage.getJsonObject("event");
        return event == null ? null : event.getString("id", null);
    }
}
