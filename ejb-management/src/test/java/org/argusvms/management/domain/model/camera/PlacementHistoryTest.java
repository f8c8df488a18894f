package org.argusvms.management.domain.model.camera;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which recorder holds a camera's recordings of an instant or a range, across moves. */
class PlacementHistoryTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant MOVED = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant MOVED_AGAIN = Instant.parse("2026-11-25T08:00:00Z");

    private final PlacementHistory history = movedTwice();

    @Test
    void anInstantIsServedByTheRecorderThatRecordedTheCameraThen() {
        assertEquals("rec-1", recorderAt("2026-11-10T00:00:00Z"));
        assertEquals("rec-1", recorderAt("2026-11-20T11:59:59.999Z"));
        assertEquals("rec-2", recorderAt(MOVED.toString()), "the move's instant belongs to the new recorder");
        assertEquals("rec-2", recorderAt("2026-11-24T00:00:00Z"));
        assertEquals("rec-3", recorderAt("2027-01-01T00:00:00Z"), "the open placement holds everything after it");
    }

    @Test
    void anInstantBeforeTheCameraWasAddedGoesToItsFirstRecorder() {
        assertEquals("rec-1", recorderAt("2026-10-31T23:59:00Z"));
    }

    @Test
    void aRangeListsEveryRecorderHoldingPartOfIt() {
        assertEquals(List.of("rec-1"), recordersOf("2026-11-19T00:00:00Z", "2026-11-20T12:00:00Z"),
                "a range ending at the move is the old recorder's alone");
        assertEquals(List.of("rec-1", "rec-2"), recordersOf("2026-11-20T11:00:00Z", "2026-11-20T13:00:00Z"));
        assertEquals(List.of("rec-1", "rec-2", "rec-3"), recordersOf("2026-10-01T00:00:00Z", "2026-12-01T00:00:00Z"));
        assertEquals(List.of("rec-1"), recordersOf("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z"));
        assertEquals(List.of("rec-3"), recordersOf("2026-11-26T00:00:00Z", "2026-11-26T01:00:00Z"));
    }

    @Test
    void theCurrentPlacementIsTheOpenOne() {
        assertEquals("rec-3", history.current().orElseThrow().recordingServerId());
        assertTrue(new PlacementHistory(List.of()).current().isEmpty());
        assertTrue(new PlacementHistory(List.of()).at(MOVED).isEmpty());
    }

    @Test
    void aPlacementCannotEndBeforeItBegan() {
        RecorderPlacement placement = new RecorderPlacement("cam-1", "rec-1", MOVED);

        assertThrows(IllegalArgumentException.class, () -> placement.endAt(CREATED));
        assertTrue(placement.open());
    }

    private String recorderAt(String instant) {
        return history.at(Instant.parse(instant)).orElseThrow().recordingServerId();
    }

    private List<String> recordersOf(String from, String to) {
        return history.overlapping(Instant.parse(from), Instant.parse(to)).stream()
                .map(RecorderPlacement::recordingServerId).toList();
    }

    /** Listed newest first on purpose: the history orders by time itself. */
    private static PlacementHistory movedTwice() {
        RecorderPlacement first = new RecorderPlacement("cam-1", "rec-1", CREATED);
        first.endAt(MOVED);
        RecorderPlacement second = new RecorderPlacement("cam-1", "rec-2", MOVED);
        second.endAt(MOVED_AGAIN);
        RecorderPlacement third = new RecorderPlacement("cam-1", "rec-3", MOVED_AGAIN);
        return new PlacementHistory(List.of(third, second, first));
    }
}
