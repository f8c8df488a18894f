package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.DatabaseOutage;
import org.argusvms.systemtest.support.EventSocket;
import org.argusvms.systemtest.support.ExternalEventSender;
import org.argusvms.systemtest.support.StoredEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event server's durability promise while the database is briefly down in the middle of a burst from every
 * source that claims it: acknowledged generic events (TCP 1235, resent until {@code ACK}), REST triggers of a
 * user-defined event (retried with their Idempotency-Key until a 2xx), analytics documents (TCP 9090, resent until
 * {@code OK}) and a recorder's device event (resent from the recorder's outbox until acknowledged). Afterwards every
 * accepted event is stored exactly once and in the order its source sent it, and the server works again without a
 * restart: the senders get through, new recorder events are stored, and an open WebSocket receives events again.
 *
 * <p><b>How the database goes down.</b> {@link DatabaseOutage}: {@code ALTER DATABASE argus ALLOW_CONNECTIONS false}
 * plus {@code pg_terminate_backend} on every session of the database, then {@code ALLOW_CONNECTIONS true}. To WildFly
 * this is what a database restart or failover looks like (its pooled connections die mid-use and new ones are
 * refused for a while), but the PostgreSQL server keeps running, so nothing else on the cluster is touched, the port
 * is never free for someone else to take, the test needs no operating-system rights over the cluster ({@code pg_ctl
 * stop} needs the postgres user; the database owner may do both statements), and re-opening takes milliseconds
 * instead of a server start that a slow machine can stretch. A failing test re-opens the database when the outage is
 * closed, and {@code bin/lib/postgres.sh reset} recreates it anyway.
 *
 * <p><b>Catching a recorder event in the outage.</b> The recorder sends an event within milliseconds of its cause, so
 * a race would decide whether the outage hits it. Instead the test holds a lock on {@code device_event} while it
 * switches a camera's recording off: the recorder's {@code recording.stopped} waits on the lock, inside the event
 * server's transaction, until the outage ends that session. The adapter must then not acknowledge it, and the recorder
 * must deliver it again once the database is back.
 */
class DatabaseOutageIT extends EventBurstIT {

    private static final int GENERIC_EVENTS = 600;
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    /** Senders retry within 200 ms of a refusal, so an 8 s outage refuses each many times if it refuses at once. */
    private static final int PROMPT_REFUSALS = 5;
    private static final Duration RULE_ENGINE_CATCH_UP = Duration.ofSeconds(60);
    /** The recorder reconnects with a backoff of up to 30 s after failed deliveries. */
    private static final Duration RECORDER_RECOVERY = Duration.ofSeconds(90);
    private static final Duration RECORDER_ROUND_TRIP = Duration.ofSeconds(30);
    /** The recorder delivers in seq order: the new camera's first events wait for those of earlier tests. */
    private static final Duration RECORDER_BACKLOG = Duration.ofMinutes(2);

    private final AtomicInteger analyticsAccepted = new AtomicInteger();
    private final AtomicInteger refusedAnalytics = new AtomicInteger();

    @Test
    void everyAcceptedEventIsStoredOnceInOrderAndTheServerRecoversWhenTheDatabaseIsBrieflyDown() throws Exception {
        String rule = ruleOnTheGenericBurst();
        String camera = newRecordingCamera();
        long recordingSince = Await.until("the new camera recording", RECORDER_BACKLOG, () -> recordingEvents(camera, 0)
                .stream().filter(event -> event.type().equals("recording.started")).findFirst()
                .map(RecorderEvent::seq).orElse(null));

        DatabaseOutage outage;
        int acknowledgedWhenDown;
        List<Integer> refusalsDuringOutage;
        try (EventSocket subscriber = EventSocket.open(operator)) {
            subscriber.subscribe(Json.createObjectBuilder().add("type", "subscribe").add("eventTypes",
                    Json.createArrayBuilder().add("recording.started").add("recording.stopped")).build());

            CompletableFuture<Void> genericBurst = genericBurst(GENERIC_EVENTS);
            CompletableFuture<Void> userBurst = userTriggersDuring(genericBurst);
            CompletableFuture<Void> analyticsBurst = analyticsDuring(genericBurst);
            Await.until("a quarter of the burst acknowledged", PATIENCE, () -> acknowledged.get() >= GENERIC_EVENTS / 4);

            outage = downWithARecorderEventInFlight(camera);
            try (outage) {
                acknowledgedWhenDown = acknowledged.get();
                // the outage lasts OUTAGE, and until every source has been refused at least once
                Await.until("every sender refused during the outage", OUTAGE.plusSeconds(30), () ->
                        Duration.between(outage.began(), Instant.now()).compareTo(OUTAGE) >= 0
                                && sender.resends() > 0 && refusedTriggers.get() > 0 && refusedAnalytics.get() > 0);
                outage.end();
                refusalsDuringOutage = List.of(sender.resends(), refusedTriggers.get(), refusedAnalytics.get());
            }
            genericBurst.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            userBurst.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            analyticsBurst.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            // the recorder resends what was not acknowledged, and the open WebSocket receives events again
            RecorderEvent stopped = Await.until("the recorder's held-up event stored", RECORDER_RECOVERY,
                    () -> recordingEvents(camera, recordingSince).stream().findFirst().orElse(null));
            subscriber.await(recordingEvent("recording.stopped", camera), RECORDER_ROUND_TRIP);
            assertEquals("recording.stopped", stopped.type());
            assertTrue(stopped.receivedAt().isAfter(outage.ended()),
                    "stored after the outage, so the recorder had it resent: " + stopped);

            // new events after the outage: configuration writes and recorder events work without a restart
            setRecordingMode(camera, "ALWAYS");
            subscriber.await(recordingEvent("recording.started", camera), RECORDER_ROUND_TRIP);
        }

        assertTrue(acknowledgedWhenDown < GENERIC_EVENTS, "the outage happened in the middle of the burst");
        assertTrue(refusalsDuringOutage.stream().allMatch(refusals -> refusals >= PROMPT_REFUSALS),
                "during the outage, senders were refused at once, again and again, rather than held until it was over"
                        + " (1235 resends, REST refusals, analytics refusals): " + refusalsDuringOutage);
        assertEquals(Set.of("503, Retry-After 5"), triggerRefusals,
                "REST clients are told that the same request may be sent again later");
        assertTheBurstStoredExactlyOnceInOrder();
        assertAnalyticsStoredExactlyOnceInOrder();
        // the rule engine (durable subscription on ArgusEvents) ran its rule once for each of them, none lost
        try {
            Await.until("the rule run for every generic event of the burst", RULE_ENGINE_CATCH_UP,
                    () -> ruleExecutions(rule) >= acknowledged.get());
        } catch (AssertionError e) {
            throw new AssertionError(ruleExecutions(rule) + " rule executions for " + acknowledged.get() + " events", e);
        }
        assertEquals(acknowledged.get(), ruleExecutions(rule), "one rule execution per generic event");
        List<RecorderEvent> recorded = recordingEvents(camera, recordingSince);
        assertEquals(List.of("recording.stopped", "recording.started"), recorded.stream().map(RecorderEvent::type).toList(),
                "each recording change of the camera stored once, in the recorder's order: " + recorded);
        assertTrue(!recorded.get(1).receivedAt().isBefore(recorded.get(0).receivedAt()), "stored in seq order");

        // an analytics document sent again after its "OK" (same sender, same ID) is recognised, not stored twice
        assertEquals("OK", ExternalEventSender.sendAnalytics(analyticsDocument(0)));
        assertAnalyticsStoredExactlyOnceInOrder();
    }

    private void assertAnalyticsStoredExactlyOnceInOrder() throws SQLException {
        StoredEvents.assertInOrderExactlyOnce(
                "SELECT sender_event_id, received_at FROM analytics_event WHERE sender_event_id LIKE ?",
                marker + "-a-%", marker + "-a-", analyticsAccepted.get());
    }

    @AfterEach
    void removeTheAnalyticsBurst() throws SQLException {
        StoredEvents.deleteLike(marker, List.of("DELETE FROM analytics_event WHERE sender_event_id LIKE ?"));
    }

    /**
     * Switches the camera's recording off while {@code device_event} is locked, waits until the recorder's event is
     * held up by the lock inside the event server's transaction, then takes the database down (ending that
     * transaction with it) and releases the lock.
     */
    private DatabaseOutage downWithARecorderEventInFlight(String camera) throws SQLException {
        try (Connection lockHolder = StoredEvents.database()) {
            lockHolder.setAutoCommit(false);
            try (Statement lock = lockHolder.createStatement()) {
                lock.execute("LOCK TABLE device_event IN EXCLUSIVE MODE"); // reads go on, inserts wait
            }
            setRecordingMode(camera, "OFF");
            Await.until("the recorder's event waiting on the lock", RECORDER_ROUND_TRIP,
                    () -> deviceEventInsertsWaiting() > 0);
            DatabaseOutage outage = DatabaseOutage.begin(lockHolder);
            lockHolder.rollback();
            return outage;
        }
    }

    /** On a connection of its own: pg_stat_activity is a snapshot that stays the same for a transaction. */
    private static int deviceEventInsertsWaiting() {
        try (Connection db = StoredEvents.database(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                        + " AND query ILIKE 'INSERT INTO device_event%'")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A rule that writes a rule-log line for every generic event of the burst; removed after the test. */
    private String ruleOnTheGenericBurst() {
        Answer rule = api.postJson("/rules", admin, Json.createObjectBuilder().add("name", "Outage " + marker)
                .add("trigger", Json.createObjectBuilder().add("type", "EVENT").add("eventType", "generic")
                        .add("definitionId", genericDefinitionId))
                .add("actions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "WRITE_RULE_LOG")
                        .add("message", "burst event ${event.id}")))
                .build());
        assertEquals(201, rule.status(), rule.body());
        String id = rule.json().getString("id");
        cleanUp.add(0, "/rules/" + id); // before the definition it refers to
        return id;
    }

    /** Finished executions of the rule (each event runs a rule at most once: unique per rule and event). */
    private static int ruleExecutions(String rule) {
        try (Connection db = StoredEvents.database(); PreparedStatement select = db.prepareStatement(
                "SELECT count(*) FROM rule_execution WHERE rule_id = ? AND outcome <> 'RUNNING'")) {
            select.setString(1, rule);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A camera of its own, removed after the test: new cameras record from the start. */
    private String newRecordingCamera() {
        String camera = ArgusStack.ensureCamera("Outage " + marker, "cam3");
        cleanUp.add("/cameras/" + camera);
        return camera;
    }

    private void setRecordingMode(String camera, String mode) {
        JsonObject current = api.get("/cameras/" + camera, admin).json();
        Answer changed = api.putJson("/cameras/" + camera, admin, Json.createObjectBuilder(current)
                .add("recordingMode", mode).build());
        assertEquals(200, changed.status(), changed.body());
    }

    /** Sends analytics documents, one after the other, each until it is answered OK, until {@code burst} is done. */
    private CompletableFuture<Void> analyticsDuring(CompletableFuture<?> burst) {
        return CompletableFuture.runAsync(() -> {
            while (!burst.isDone()) {
                String document = analyticsDocument(analyticsAccepted.get());
                Await.until("analytics document " + analyticsAccepted.get() + " stored", PATIENCE, () -> {
                    String reply;
                    try {
                        reply = ExternalEventSender.sendAnalytics(document);
                    } catch (IOException unreachable) {
                        reply = unreachable.toString();
                    }
                    boolean accepted = "OK".equals(reply);
                    if (!accepted) {
                        refusedAnalytics.incrementAndGet();
                    }
                    return accepted;
                });
                analyticsAccepted.incrementAndGet();
            }
        });
    }

    private String analyticsDocument(int index) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <AnalyticsEvent><EventHeader><ID>%s-a-%d</ID><Timestamp>2026-11-25T18:00:00Z</Timestamp>
                <Type>Outage</Type><Message>%s analytics %d</Message><Source><Name>gate</Name></Source></EventHeader>
                </AnalyticsEvent>""".formatted(marker, index, marker, index);
    }

    private record RecorderEvent(long seq, String type, Instant receivedAt) {
    }

    /** The recorder's recording.* events of the camera after {@code afterSeq}, in seq order. */
    private static List<RecorderEvent> recordingEvents(String camera, long afterSeq) {
        try (Connection db = StoredEvents.database(); PreparedStatement select = db.prepareStatement(
                "SELECT seq, event_type, received_at FROM device_event WHERE recorder_id = ? AND camera_id = ?"
                        + " AND seq > ? AND event_type LIKE 'recording.%' ORDER BY seq")) {
            select.setString(1, ArgusStack.RECORDER_ID);
            select.setString(2, camera);
            select.setLong(3, afterSeq);
            List<RecorderEvent> events = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    events.add(new RecorderEvent(result.getLong(1), result.getString(2),
                            result.getTimestamp(3).toInstant()));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lastRecorderSeq() {
        try (Connection db = StoredEvents.database(); PreparedStatement select = db.prepareStatement(
                "SELECT coalesce(max(seq), 0) FROM device_event WHERE recorder_id = ?")) {
            select.setString(1, ArgusStack.RECORDER_ID);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Predicate<JsonObject> recordingEvent(String type, String camera) {
        return message -> message.containsKey("event")
                && type.equals(message.getJsonObject("event").getString("eventType", ""))
                && camera.equals(message.getJsonObject("event").getString("cameraId", null));
    }
}
