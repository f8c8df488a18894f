package org.argusvms.systemtest;

import jakarta.json.Json;
import org.argusvms.systemtest.support.AcknowledgedEventSender;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.StoredEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Base of the durability tests: a burst of acknowledged generic events (TCP 1235, one at a time, resent until
 * {@code ACK}) and, alongside, REST triggers of a user-defined event (each retried with its Idempotency-Key until it
 * gets a 2xx), both matching only this test's marker; afterwards, checks that each was stored exactly once in the
 * order sent, and removes them.
 */
abstract class EventBurstIT extends EventServerIT {

    /** How long one event may take, resends included: longer than any disturbance the tests cause. */
    static final Duration PATIENCE = Duration.ofSeconds(100);

    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger triggered = new AtomicInteger();
    /** REST trigger attempts that were answered other than 2xx, or not answered. */
    final AtomicInteger refusedTriggers = new AtomicInteger();
    /** How those were answered: status and Retry-After, or "no answer". */
    final Set<String> triggerRefusals = ConcurrentHashMap.newKeySet();
    final AcknowledgedEventSender sender = new AcknowledgedEventSender(PATIENCE);
    /** The generic-event definition that the burst's generic events match. */
    String genericDefinitionId;
    private String userEventId;

    @BeforeEach
    void defineBurstEvents() {
        Answer generic = api.postJson("/generic-event-definitions", admin, Json.createObjectBuilder()
                .add("name", "Durability " + marker).add("matchType", "CONTAINS").add("expression", marker).build());
        assertEquals(201, generic.status(), generic.body());
        genericDefinitionId = generic.json().getString("id");
        cleanUp.add("/generic-event-definitions/" + genericDefinitionId);
        Answer user = api.postJson("/user-defined-events", admin, Json.createObjectBuilder()
                .add("name", "Drill " + marker).add("description", "evacuation drill").build());
        assertEquals(201, user.status(), user.body());
        userEventId = user.json().getString("id");
        cleanUp.add("/user-defined-events/" + userEventId);
    }

    /** Sends {@code count} generic events through the acknowledged port, in the background. */
    CompletableFuture<Void> genericBurst(int count) {
        return CompletableFuture.runAsync(() -> {
            try (sender) {
                for (int i = 0; i < count; i++) {
                    sender.send(marker + "-" + i, marker + " event " + i);
                    acknowledged.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Triggers the user-defined event, one key after the other, in the background until {@code burst} is done. */
    CompletableFuture<Void> userTriggersDuring(CompletableFuture<?> burst) {
        return CompletableFuture.runAsync(() -> {
            while (!burst.isDone()) {
                triggerUntilAccepted(marker + "-u-" + triggered.get());
                triggered.incrementAndGet();
            }
        });
    }

    /** POSTs a trigger with the key until the answer is 201 (stored now) or 200 (stored before, by an earlier try). */
    private void triggerUntilAccepted(String key) {
        Await.until("trigger " + key + " accepted", PATIENCE, () -> {
            Answer answer;
            try {
                answer = api.postWithHeader("/user-defined-events/" + userEventId + "/trigger", operator,
                        "Idempotency-Key", key);
            } catch (UncheckedIOException unreachable) {
                refusedTriggers.incrementAndGet();
                triggerRefusals.add("no answer");
                return false;
            }
            boolean accepted = answer.status() == 200 || answer.status() == 201;
            if (!accepted) {
                refusedTriggers.incrementAndGet();
                triggerRefusals.add(answer.status() + ", Retry-After " + answer.header("Retry-After"));
            }
            return accepted;
        });
    }

    /** Every acknowledged generic event and every accepted trigger is stored exactly once, in the order sent. */
    void assertTheBurstStoredExactlyOnceInOrder() throws SQLException {
        StoredEvents.assertInOrderExactlyOnce("SELECT message, received_at FROM generic_event WHERE message LIKE ?",
                marker + " event %", marker + " event ", acknowledged.get());
        StoredEvents.assertInOrderExactlyOnce(
                "SELECT idempotency_key, triggered_at FROM user_event WHERE idempotency_key LIKE ?",
                marker + "-u-%", marker + "-u-", triggered.get());
    }

    /**
     * Removes the burst again: thousands of fresh events would push the events of tests that run later out of the
     * newest 1,000 that {@code GET /events} returns.
     */
    @AfterEach
    void removeTheBurst() throws SQLException {
        StoredEvents.deleteLike(marker, List.of("DELETE FROM generic_event WHERE message LIKE ?",
                "DELETE FROM generic_message_receipt WHERE message_id LIKE ?",
                "DELETE FROM user_event WHERE idempotency_key LIKE ?"));
    }
}
