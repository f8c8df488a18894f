package org.argusvms.recorder.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSequenceReservationTest {

    @TempDir
    Path directory;

    @Test
    void aRestartedRecorderNeverReusesASequenceNumberItSent() throws Exception {
        Path file = directory.resolve("event-sequence");
        EventSequenceReservation first = new EventSequenceReservation(file);
        assertEquals(1, first.firstUnreserved());
        for (long seq = 1; seq <= 1500; seq++) {
            first.ensureReserved(seq);
        }

        EventSequenceReservation afterRestart = new EventSequenceReservation(file);

        assertTrue(afterRestart.firstUnreserved() > 1500);
    }

    @Test
    void aCorruptFileStopsTheRecorderRatherThanRestartingAtOne() throws Exception {
        Path file = directory.resolve("event-sequence");
        Files.writeString(file, "garbage");

        assertThrows(java.io.IOException.class, () -> new EventSequenceReservation(file));
    }
}
