package org.argusvms.recorder.events;

import org.argusvms.recorder.protocol.RecorderEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox on disk. A "crash" is a second outbox opened on the same journal while the first one is never closed:
 * what the first had written is all the second can know.
 */
class DurableEventOutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path state;

    private EventOutbox open() throws Exception {
        return EventOutbox.durable("rec-1", state.resolve("event-outbox.journal"), 1, 100, clock);
    }

    @Test
    void afterACrashTheUnacknowledgedEventsArePendingAgainInOrder() throws Exception {
        EventOutbox crashed = open();
        crashed.publish(RecorderEvent.CAMERA_CONNECTED, "cam-1", Map.of("width", "1280"));
        crashed.publish(RecorderEvent.RECORDING_STARTED, "cam-1", Map.of());
        crashed.publish(RecorderEvent.CAMERA_DISCONNECTED, "cam-1", Map.of());
        crashed.acknowledge(1);

        EventOutbox restarted = open();

        List<RecorderEvent> pending = restarted.awaitAfter(0, 0);
        assertEquals(List.of(new RecorderEvent("rec-1", 2, RecorderEvent.RECORDING_STARTED, "cam-1", NOW, Map.of()),
                new RecorderEvent("rec-1", 3, RecorderEvent.CAMERA_DISCONNECTED, "cam-1", NOW, Map.of())), pending);
    }

    @Test
    void numberingContinuesAfterTheRecoveredEvents() throws Exception {
        EventOutbox crashed = open();
        crashed.publish(RecorderEvent.CAMERA_CONNECTED, "cam-1", Map.of());
        crashed.publish(RecorderEvent.CAMERA_CONNECTED, "cam-2", Map.of());

        EventOutbox restarted = open();
        restarted.publish(RecorderEvent.STORAGE_FULL, null, Map.of("freeBytes", "0"));

        assertEquals(List.of(1L, 2L, 3L), restarted.awaitAfter(0, 0).stream().map(RecorderEvent::seq).toList());
    }

    @Test
    void aRecordTornByTheCrashIsDroppedAndTheEventsBeforeItKept() throws Exception {
        EventOutbox crashed = open();
        crashed.publish(RecorderEvent.CAMERA_CONNECTED, "cam-1", Map.of());
        crashed.publish(RecorderEvent.RECORDING_STARTED, "cam-1", Map.of());
        Path journal = state.resolve("event-outbox.journal");
        Files.write(journal, "0badc0de E {\"recorderId\":\"rec-1\",\"se".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);

        EventOutbox restarted = open();
        restarted.publish(RecorderEvent.RECORDING_STOPPED, "cam-1", Map.of());
        EventOutbox again = open();

        assertEquals(List.of(1L, 2L, 3L), again.awaitAfter(0, 0).stream().map(RecorderEvent::seq).toList(),
                "the torn tail was cut off, so what came after it is readable");
    }

    @Test
    void acknowledgedEventsAreCompactedAway() throws Exception {
        EventOutbox outbox = open();
        for (int i = 0; i < 1500; i++) {
            outbox.publish(RecorderEvent.CAMERA_CONNECTED, "cam-1", Map.of());
            outbox.acknowledge(i + 1);
        }
        outbox.publish(RecorderEvent.CAMERA_DISCONNECTED, "cam-1", Map.of());
        outbox.close();

        long lines = Files.readAllLines(state.resolve("event-outbox.journal")).size();
        assertTrue(lines < 1500, "the journal was rewritten along the way, not kept whole: " + lines + " lines");
        assertEquals(List.of(1501L), open().awaitAfter(0, 0).stream().map(RecorderEvent::seq).toList());
    }

    @Test
    void anUnwritableJournalKeepsTheEventInMemoryWithoutFailing() throws Exception {
        EventOutbox outbox = open();
        outbox.publish(RecorderEvent.CAMERA_CONNECTED, "cam-1", Map.of());
        outbox.close(); // the journal can no longer be written, as on a failed disk

        outbox.publish(RecorderEvent.STORAGE_FULL, null, Map.of());

        assertEquals(List.of(1L, 2L), outbox.awaitAfter(0, 0).stream().map(RecorderEvent::seq).toList());
    }
}
