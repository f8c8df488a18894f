package org.argusvms.recorder.storage;

import org.argusvms.recorder.testing.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retention by age and size, oldest first, never touching evidence; locks survive a restart. */
class RetentionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path storage;

    /** Four 2-second segments at T0, T0+10 s, T0+20 s, T0+30 s. */
    private List<Path> files;

    private MediaDatabase open(Instant now) throws IOException {
        return MediaDatabase.open(new StorageLayout(storage), new RecordedEvents(), Clock.fixed(now, ZoneOffset.UTC),
                0);
    }

    private void recordFourSegments(MediaDatabase database) {
        long t0 = T0.toEpochMilli();
        files = RecordedSegments.record(storage, "cam-a", database, t0, t0 + 10_000, t0 + 20_000, t0 + 30_000);
    }

    @Test
    void aSizeLimitDeletesTheOldestUnlockedSegmentsFirst() throws Exception {
        try (MediaDatabase database = open(T0.plusSeconds(40))) {
            recordFourSegments(database);
            database.locks().lock(new EvidenceLocks.Lock("case-17", "cam-a", T0.plusMillis(11_000),
                    T0.plusMillis(11_500)));
            database.setRetention("cam-a", new RetentionPolicy(null, Files.size(files.get(3)) + 1));

            database.sweepNow();

            assertEquals(List.of(false, true, false, true), existing());
            assertEquals(List.of(T0.plusSeconds(10), T0.plusSeconds(30)), indexedStarts(database));
        }
        assertTrue(new MediaRecovery(new StorageLayout(storage)).run(true, false).clean(),
                "the index on disk agrees with what is left");
        try (MediaDatabase ignored = open(T0.plusSeconds(50))) {
            assertEquals(2, Files.readAllLines(storage.resolve(".recorder/segments.log")).size(),
                    "a restart compacts the log to the live segments");
        }
    }

    @Test
    void anAgeLimitDeletesWhatEndedTooLongAgoExceptEvidence() throws Exception {
        try (MediaDatabase database = open(T0.plusSeconds(40))) {
            recordFourSegments(database);
            database.locks().lock(new EvidenceLocks.Lock("case-18", "cam-a", T0.minusSeconds(5), T0.plusSeconds(1)));
            database.setRetention("cam-a", new RetentionPolicy(Duration.ofSeconds(15), null));

            database.sweepNow();

            assertEquals(List.of(true, false, false, true), existing());
        }
    }

    @Test
    void evidenceLocksSurviveARestartAndCanBeReleased() throws Exception {
        try (MediaDatabase database = open(T0.plusSeconds(40))) {
            recordFourSegments(database);
            database.locks().lock(new EvidenceLocks.Lock("case-19", "cam-a", T0, T0.plusSeconds(60)));
        }
        try (MediaDatabase restarted = open(T0.plusSeconds(3600))) {
            restarted.setRetention("cam-a", new RetentionPolicy(Duration.ofSeconds(1), null));
            restarted.sweepNow();
            assertEquals(List.of(true, true, true, true), existing());

            assertTrue(restarted.locks().unlock("case-19"));
            assertFalse(restarted.locks().unlock("case-19"), "releasing twice is harmless");
            restarted.sweepNow();
            assertEquals(List.of(false, false, false, false), existing());
        }
        try (MediaDatabase again = open(T0.plusSeconds(3600))) {
            assertEquals(List.of(), again.locks().all());
        }
    }

    @Test
    void withoutAPolicyNothingIsDeleted() throws Exception {
        try (MediaDatabase database = open(T0.plusSeconds(365L * 24 * 3600))) {
            recordFourSegments(database);
            database.sweepNow();
            assertEquals(List.of(true, true, true, true), existing());
        }
    }

    private List<Boolean> existing() {
        return files.stream().map(Files::exists).toList();
    }

    private static List<Instant> indexedStarts(MediaDatabase database) {
        return database.index().segments("cam-a", 0, Long.MAX_VALUE).stream().map(SegmentRecord::start).toList();
    }
}
