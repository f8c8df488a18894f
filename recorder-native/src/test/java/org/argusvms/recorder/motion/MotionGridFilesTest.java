package org.argusvms.recorder.motion;

import org.argusvms.recorder.storage.StorageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionGridFilesTest {

    private static final GridCells CELL = GridCells.builder().add(3, 4).build();

    @TempDir
    Path storage;

    @Test
    void listsAndDeletesHoursAndLeavesWhatIsNoGridFileAlone() throws IOException {
        MotionGridFiles files = new MotionGridFiles(new StorageLayout(storage));
        try (MotionGridWriter writer = new MotionGridWriter(files, "cam-a")) {
            for (String at : List.of("2026-03-01T23:59:59Z", "2026-03-02T00:00:00Z", "2026-03-02T05:30:00Z")) {
                writer.record(Instant.parse(at).toEpochMilli(), CELL);
            }
        }
        Files.createDirectories(storage.resolve("cam-a/motion/notes"));
        Files.writeString(storage.resolve("cam-a/motion/2026-03-02/readme.txt"), "not a grid");

        files.deleteHour("cam-a", Instant.parse("2026-03-01T23:00:00Z").getEpochSecond());
        files.deleteHour("cam-a", Instant.parse("2026-03-02T00:00:00Z").getEpochSecond());

        assertEquals(List.of(Instant.parse("2026-03-02T05:00:00Z").getEpochSecond()), files.hours("cam-a"));
        assertFalse(Files.exists(storage.resolve("cam-a/motion/2026-03-01")), "an emptied day goes");
        assertTrue(Files.isDirectory(storage.resolve("cam-a/motion/notes")), "not a day: left alone");
        assertTrue(Files.exists(storage.resolve("cam-a/motion/2026-03-02/readme.txt")), "not a grid: left alone");
        assertEquals(List.of(), files.hours("cam-b"));
    }

    @Test
    void aCameraIdThatCannotNameADirectoryIsRefused() {
        MotionGridFiles files = new MotionGridFiles(new StorageLayout(storage));

        assertThrows(IllegalArgumentException.class, () -> files.hourFile("../cam-a", 0));
        assertThrows(IllegalArgumentException.class, () -> files.hours(".recorder"));
    }
}
