package org.argusvms.recorder.storage;

import org.argusvms.recorder.motion.GridCells;
import org.argusvms.recorder.motion.MotionGridFiles;
import org.argusvms.recorder.motion.MotionGridWriter;
import org.argusvms.recorder.testing.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Motion grids go with the media they describe, whichever deletion removes it (age, size, full disk), and never where
 * evidence is locked.
 */
class MetadataRetentionTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final GridCells CELL = GridCells.builder().add(3, 4).build();
    private static final EvidenceLocks.Lock LOCK_IN_HOUR_1 = new EvidenceLocks.Lock("case-7", "cam-a",
            hour(1).plusMillis(500), hour(1).plusSeconds(1));

    @TempDir
    Path storage;

    private MotionGridFiles grids;

    /** Recordings (2 s each) at the start of hours 0, 1, 2 and 4; motion grids for hours -1 to 4. */
    private MediaDatabase open(Instant now, long minFreeBytes) throws IOException {
        StorageLayout layout = new StorageLayout(storage);
        MediaDatabase database = MediaDatabase.open(layout, new RecordedEvents(), Clock.fixed(now, ZoneOffset.UTC),
                minFreeBytes);
        grids = new MotionGridFiles(layout);
        database.deleteWithMedia(grids);
        RecordedSegments.record(storage, "cam-a", database, millis(hour(0)), millis(hour(1)), millis(hour(2)),
                millis(hour(4)));
        try (MotionGridWriter writer = new MotionGridWriter(grids, "cam-a")) {
            for (int hour = -1; hour <= 4; hour++) {
                writer.record(millis(hour(hour).plusSeconds(30)), CELL);
            }
        }
        return database;
    }

    @Test
    void anAgeLimitDeletesTheGridsOfExpiredHoursButNotOfEvidence() throws Exception {
        try (MediaDatabase database = sweptWithLockAndAgeLimit()) {
            assertEquals(List.of(hour(1), hour(4)), recordedHours(database));
            // hour -1 had motion but no recording: expired all the same; hour 3 is younger than the limit
            assertEquals(List.of(hour(1), hour(3), hour(4)), gridHours());
        }
    }

    @Test
    void aReleasedLockLetsTheGridGoWithItsMedia() throws Exception {
        try (MediaDatabase database = sweptWithLockAndAgeLimit()) {
            database.locks().unlock(LOCK_IN_HOUR_1.lockId());
            database.sweepNow();

            assertEquals(List.of(hour(4)), recordedHours(database));
            assertEquals(List.of(hour(3), hour(4)), gridHours());
        }
    }

    @Test
    void aSizeLimitDeletesTheGridsOfTheHoursItEmptied() throws Exception {
        try (MediaDatabase database = open(hour(4).plusSeconds(10), 0)) {
            long newestSegmentBytes = database.index().segments("cam-a", millis(hour(4)), Long.MAX_VALUE).get(0).bytes();
            database.setRetention("cam-a", new RetentionPolicy(null, newestSegmentBytes));

            database.sweepNow();

            assertEquals(List.of(hour(4)), recordedHours(database), "room for the newest segment only");
            assertEquals(List.of(hour(3), hour(4)), gridHours(), "hour 3 is newer than anything deleted");
        }
    }

    @Test
    void aFullDiskTakesTheGridsOfWhatItDeletedButNotOfEvidence() throws Exception {
        try (MediaDatabase database = open(hour(4).plusSeconds(10), Long.MAX_VALUE)) {
            database.locks().lock(LOCK_IN_HOUR_1);

            database.sweepNow();

            assertEquals(List.of(hour(1)), recordedHours(database));
            assertEquals(List.of(hour(1)), gridHours());
        }
    }

    @Test
    void withoutADeletionNoGridGoes() throws Exception {
        try (MediaDatabase database = open(hour(30), 0)) {
            database.sweepNow();

            assertEquals(List.of(hour(-1), hour(0), hour(1), hour(2), hour(3), hour(4)), gridHours());
        }
    }

    /** At 40 minutes past hour 3, hour 1 locked, a 30-minute age limit swept once. */
    private MediaDatabase sweptWithLockAndAgeLimit() throws IOException {
        MediaDatabase database = open(hour(3).plus(Duration.ofMinutes(40)), 0);
        database.locks().lock(LOCK_IN_HOUR_1);
        database.setRetention("cam-a", new RetentionPolicy(Duration.ofMinutes(30), null));
        database.sweepNow();
        return database;
    }

    private List<Instant> gridHours() throws IOException {
        return grids.hours("cam-a").stream().sorted().map(Instant::ofEpochSecond).toList();
    }

    private static List<Instant> recordedHours(MediaDatabase database) {
        return database.index().segments("cam-a", 0, Long.MAX_VALUE).stream().map(SegmentRecord::start).toList();
    }

    private static Instant hour(int n) {
        return T.plus(Duration.ofHours(n));
    }

    private static long millis(Instant instant) {
        return instant.toEpochMilli();
    }
}
