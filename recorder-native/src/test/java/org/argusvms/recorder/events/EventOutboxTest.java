package org.argusvms.recorder.events;

import org.argusvms.recorder.protocol.RecorderEvent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventOutboxTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void numbersEventsConsecutivelyFromTheFirstSequence() throws Exception {
        EventOutbox outbox = new EventOutbox("rec-1", 1001, 10, clock);

        outbox.publish(RecorderEvent.CAMERA_CONNECTED, "cam-1", Map.of("width", "1280"));
        outbox.publish(RecorderEvent.RECORDING_STARTED, "cam-1", Map.of());

        List<RecorderEvent> events = outbox.awaitAfter(0, 0);
        assertEquals(List.of(1001L, 1002L), events.stream().map(RecorderEvent::seq).toList());
        assertEquals(new RecorderEvent("rec-1", 1001, RecorderEvent.CAMERA_CONNECTED, "cam-1", NOW,
                Map.of("width", "1280")), events.get(0));
    }

    @Test
    void keepsEventsUntilAcknowledgedSoTheyCanBeResent() throws Exception {
        EventOutbox outbox = new EventOutbox("rec-1", 1, 10, clock);
        for (int i = 0; i < 4; i++) {
            outbox.publish(RecorderEvent.CAMERA_CONNECTED, "cam-" + i, Map.of());
        }

        outbox.acknowledge(2);

        assertEquals(List.of(3L, 4L), outbox.awaitAfter(0, 0).stream().map(RecorderEvent::seq).toList());
        assertEquals(List.of(4L), outbox.awaitAfter(3, 0).stream().map(RecorderEvent::seq).toList());
        assertEquals(2, outbox.pending());
    }

    @Test
    void beyondItsCapacityDropsTheOldestAndSaysSoOnce() throws Exception {
        EventOutbox outbox = new EventOutbox("rec-1", 1, 3, clock);
        for (int i = 0; i < 5; i++) {
            outbox.publish(RecorderEvent.CAMERA_CONNECTED, "cam", Map.of());
        }

        List<RecorderEvent> kept = outbox.awaitAfter(0, 0);
        assertEquals(List.of(4L, 5L, 6L), kept.stream().map(RecorderEvent::seq).toList());
        assertEquals(List.of(RecorderEvent.EVENTS_DROPPED, RecorderEvent.CAMERA_CONNECTED,
                RecorderEvent.CAMERA_CONNECTED), kept.stream().map(RecorderEvent::eventType).toList());
        assertEquals(Map.of("firstDroppedSeq", "1"), kept.get(0).attributes());
        assertEquals(3, outbox.dropped(), "events 1 to 3; the gap in seq shows it too");
    }

    @Test
    void aWaitingSenderWakesUpForANewEvent() throws Exception {
        EventOutbox outbox = new EventOutbox("rec-1", 1, 10, clock);
        Thread publisher = new Thread(() -> outbox.publish(RecorderEvent.CAMERA_CONNECTED, "cam", Map.of()));

        long start = System.nanoTime();
        publisher.start();
        List<RecorderEvent> events = outbox.awaitAfter(0, 10_000);

        assertEquals(1, events.size());
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }
}
