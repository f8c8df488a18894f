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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionGridFilesTest {

    private static final GridCells CELL = GridCells.builder().add(3, 4).build();

    @TempDir
    Path storage;

    @Test
    void retentionDeletesTheDaysThatEndedBeforeTheCutoffOnly() throws IOException {
        MotionGridFiles files = new MotionGridFiles(new StorageLayout(storage));
        try (MotionGridWriter writer = new MotionGridWriter(files, "cam-a")) {
            for (String at : List.of("2026-03-01T23:59:59Z", "2026-03-02T00:00:00Z", "2026-03-03T12:00:00Z")) {
                writer.record(Instant.parse(at).toEpochMilli(), CELL);
            }
        }
        Files.createDirectories(storage.resolve("cam-a/motion/notes"));

        assertEquals(1, files.deleteDaysBefore("cam-a", Instant.parse("2026-03-02T12:00:00Z")));

        MotionSearch search = new MotionSearch(files);
        assertEquals(List.of(new MotionSearch.MotionInterval(Instant.parse("2026-03-02T00:00:00Z"),
                        Instant.parse("2026-03-02T00:00:01Z"))),
                search.motionIn("cam-a", GridCells.ALL, Instant.parse("2026-03-01T12:00:00Z"),
                        Instant.parse("2026-03-02T12:00:00Z")).intervals());
        assertTrue(Files.isDirectory(storage.resolve("cam-a/motion/2026-03-03")));
        assertTrue(Files.isDirectory(storage.resolve("cam-a/motion/notes")), "not a day: left alone");
        assertEquals(0, files.deleteDaysBefore("cam-b", Instant.parse("2026-03-04T00:00:00Z")));
    }

    @Test
    void aCameraIdThatCannotNameADirectoryIsRefused() {
        MotionGridFiles files = new MotionGridFiles(new StorageLayout(storage));

        assertThrows(IllegalArgumentException.class, () -> files.hourFile("../cam-a", 0));
        assertThrows(IllegalArgumentException.class, () -> files.deleteDaysBefore(".recorder", Instant.now()));
    }
}
