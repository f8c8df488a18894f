package org.argusvms.systemtest;

import jakarta.json.Json;
import org.argusvms.systemtest.support.AcknowledgedEventSender;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.Await;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event server's durability promise under a WildFly restart in the middle of a burst: every event a sender got an
 * acknowledgement for (TCP 1235) or a 2xx for (REST trigger of a user-defined event, retried with the same
 * Idempotency-Key until it gets one), with senders resending what was not acknowledged, is stored exactly once and in
 * the order it was sent.
 *
 * <p>The restart is a {@code :reload} through the management API: every service of the server (deployment, resource
 * adapter, message-driven beans, JMS, datasource) stops and starts again, in the JVM the Arquillian managed container
 * owns. ({@code :shutdown(restart=true)} needs the launcher script's restart loop, which the managed container does
 * not run.)
 */
class EventDurabilityIT extends EventServerIT {

    private static final int GENERIC_EVENTS = 1200;
    private static final Duration BURST = Duration.ofSeconds(100);

    @ArquillianResource
    private ManagementClient management;

    @Test
    void noAcknowledgedEventIsLostOrStoredTwiceAcrossARestartInTheMiddleOfABurst() throws Exception {
        Answer generic = api.postJson("/generic-event-definitions", admin, Json.createObjectBuilder()
                .add("name", "Durability " + marker).add("matchType", "CONTAINS").add("expression", marker).build());
        assertEquals(201, generic.status(), generic.body());
        cleanUp.add("/generic-event-definitions/" + generic.json().getString("id"));
        Answer user = api.postJson("/user-defined-events", admin, Json.createObjectBuilder()
                .add("name", "Drill " + marker).add("description", "evacuation drill").build());
        assertEquals(201, user.status(), user.body());
        String userEventId = user.json().getString("id");
        cleanUp.add("/user-defined-events/" + userEventId);

        AtomicInteger acknowledged = new AtomicInteger();
        AcknowledgedEventSender sender = new AcknowledgedEventSender(BURST);
        CompletableFuture<Void> genericBurst = CompletableFuture.runAsync(() -> {
            try (sender) {
                for (int i = 0; i < GENERIC_EVENTS; i++) {
                    sender.send(marker + "-" + i, marker + " event " + i);
                    acknowledged.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // REST triggers for as long as the generic burst runs, so that they too span the restart
        AtomicInteger triggered = new AtomicInteger();
        CompletableFuture<Void> userBurst = CompletableFuture.runAsync(() -> {
            while (!genericBurst.isDone()) {
                triggerUntilAccepted(userEventId, marker + "-u-" + triggered.get());
                triggered.incrementAndGet();
            }
        });

        Await.until("a quarter of the burst acknowledged", BURST, () -> acknowledged.get() >= GENERIC_EVENTS / 4);
        int beforeRestart = acknowledged.get();
        reloadServer();
        genericBurst.get(BURST.toSeconds(), TimeUnit.SECONDS);
        userBurst.get(BURST.toSeconds(), TimeUnit.SECONDS);

        assertTrue(beforeRestart < GENERIC_EVENTS, "the restart happened in the middle of the burst");
        assertTrue(sender.resends() > 0, "the restart interrupted the sender at least once");
        assertInOrderExactlyOnce("SELECT message, received_at FROM generic_event WHERE message LIKE ?",
                marker + " event %", marker + " event ", GENERIC_EVENTS);
        assertInOrderExactlyOnce("SELECT idempotency_key, triggered_at FROM user_event WHERE idempotency_key LIKE ?",
                marker + "-u-%", marker + "-u-", triggered.get());
    }

    /**
     * Removes the burst again: thousands of fresh events would push the events of tests that run later out of the
     * newest 1,000 that {@code GET /events} returns.
     */
    @AfterEach
    void removeTheBurst() throws SQLException {
        try (Connection db = database()) {
            for (String delete : List.of("DELETE FROM generic_event WHERE message LIKE ?",
                    "DELETE FROM generic_message_receipt WHERE message_id LIKE ?",
                    "DELETE FROM user_event WHERE idempotency_key LIKE ?")) {
                try (PreparedStatement statement = db.prepareStatement(delete)) {
                    statement.setString(1, marker + "%");
                    statement.executeUpdate();
                }
            }
        }
    }

    /** POSTs a trigger with the key until the answer is 201 (stored now) or 200 (stored before, by an earlier try). */
    private void triggerUntilAccepted(String definitionId, String key) {
        Await.until("trigger " + key + " accepted", BURST, () -> {
            Answer answer;
            try {
                answer = api.postWithHeader("/user-defined-events/" + definitionId + "/trigger", operator, "Idempotency-Key",
                        key);
            } catch (UncheckedIOException restarting) {
                return false;
            }
            return answer.status() == 200 || answer.status() == 201;
        });
    }

    /** {@code :reload}, then waits until the server runs again and the API answers. */
    private void reloadServer() throws Exception {
        ModelNode result = management.getControllerClient().execute(Operations.createOperation("reload"));
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        Await.until("the server running again after :reload", Duration.ofSeconds(90), () -> {
            try {
                ModelNode state = management.getControllerClient().execute(
                        Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state"));
                return Operations.isSuccessfulOutcome(state)
                        && "running".equals(Operations.readResult(state).asString());
            } catch (Exception reloading) {
                return false;
            }
        });
        Await.until("the API back", Duration.ofSeconds(60),
                () -> api.get("/user-defined-events/triggerable", operator).status() == 200);
    }

    /**
     * Rows whose key is {@code prefix + index}: each index 0..count-1 exactly once, and stored no earlier than the
     * index before it (the order in which they were sent).
     */
    private static void assertInOrderExactlyOnce(String query, String pattern, String prefix, int count)
            throws SQLException {
        List<Timestamp> storedAt = new ArrayList<>(java.util.Collections.nCopies(count, (Timestamp) null));
        int rows = 0;
        try (Connection db = database(); PreparedStatement select = db.prepareStatement(query)) {
            select.setString(1, pattern);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int index = Integer.parseInt(result.getString(1).substring(prefix.length()));
                    assertEquals(null, storedAt.get(index), prefix + index + " stored twice");
                    storedAt.set(index, result.getTimestamp(2));
                    rows++;
                }
            }
        }
        assertEquals(count, rows, "every " + prefix + "… stored exactly once");
        for (int i = 1; i < count; i++) {
            assertTrue(!storedAt.get(i).before(storedAt.get(i - 1)),
                    prefix + i + " stored before " + prefix + (i - 1));
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getenv().getOrDefault("ARGUS_DB_URL", "jdbc:postgresql://localhost:5432/argus"),
                System.getenv().getOrDefault("ARGUS_DB_USER", "argus"),
                System.getenv().getOrDefault("ARGUS_DB_PASSWORD", "argus"));
    }
}
