package org.argusvms.recorder.storage;

import org.argusvms.recorder.protocol.StorageConfiguration;
import org.argusvms.recorder.protocol.StorageUsage;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Storages (docs/design/storages.md): segments go to the directory of the camera's storage, the index knows each
 * one's location across roots and restarts, and each storage's retention applies to what is recorded there, oldest
 * first, never to evidence.
 */
class StorageRetentionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path main;

    @TempDir
    Path other;

    private MediaDatabase open(Instant now) throws IOException {
        return MediaDatabase.open(new StorageLayout(main), new RecordedEvents(), Clock.fixed(now, ZoneOffset.UTC), 0);
    }

    private StorageConfiguration defaultStorage(Integer days, Long maxBytes) {
        return new StorageConfiguration("s-main", "Main", main.toString(), days, maxBytes, true);
    }

    private StorageConfiguration otherStorage(Integer days, Long maxBytes) {
        return new StorageConfiguration("s-other", "Other", other.toString(), days, maxBytes, false);
    }

    private static long at(int seconds) {
        return T0.plusSeconds(seconds).toEpochMilli();
    }

    private static Path file(Path root, String cameraId, long start) {
        return new StorageLayout(root).segmentFile(cameraId, start);
    }

    @Test
    void aCameraMovedToAnotherStorageWritesThereWhileItsOlderSegmentsStayIndexedAcrossARestart() throws Exception {
        try (MediaDatabase database = open(T0.plusSeconds(60))) {
            database.applyStorages(List.of(defaultStorage(null, null), otherStorage(null, null)));
            RecordedSegments.record(main, "cam-a", database, at(0), at(10));
            database.storages().assign("cam-a", "s-other");
            RecordedSegments.record(main, "cam-a", database, at(20), at(30));

            assertTrue(Files.exists(file(main, "cam-a", at(0))) && Files.exists(file(main, "cam-a", at(10))));
            assertTrue(Files.exists(file(other, "cam-a", at(20))) && Files.exists(file(other, "cam-a", at(30))),
                    "new segments go to the camera's new storage");
            assertEquals(4, database.index().segments("cam-a", 0, Long.MAX_VALUE).size());
        }
        assertTrue(new MediaRecovery(new StorageLayout(main)).run(true, false).clean(),
                "check finds the index and the files of both directories in agreement");
        try (MediaDatabase restarted = open(T0.plusSeconds(60))) {
            List<SegmentRecord> segments = restarted.index().segments("cam-a", 0, Long.MAX_VALUE);
            assertEquals(List.of(at(0), at(10), at(20), at(30)), segments.stream().map(SegmentRecord::startMillis).toList());
            assertEquals(file(other, "cam-a", at(20)), restarted.layout().resolve(segments.get(2).path()));
            assertEquals("s-other", segments.get(3).storageId());
        }
    }

    @Test
    void recoveryIndexesAFileItDidNotKnowInAnotherStorageUnderThatStorage() throws Exception {
        try (MediaDatabase database = open(T0.plusSeconds(60))) {
            database.applyStorages(List.of(defaultStorage(null, null), otherStorage(null, null)));
            database.storages().assign("cam-a", "s-other");
            RecordedSegments.record(main, "cam-a", database, at(0));
        }
        Files.delete(main.resolve(".recorder/segments.log")); // as if the index were lost

        MediaRecovery.Result check = new MediaRecovery(new StorageLayout(main)).run(true, false);
        assertEquals(1, check.problems().size(), "the unindexed file is reported: " + check.problems());
        try (MediaDatabase restarted = open(T0.plusSeconds(60))) {
            SegmentRecord recovered = restarted.index().segments("cam-a", 0, Long.MAX_VALUE).get(0);
            assertEquals(file(other, "cam-a", at(0)).toString(), recovered.path());
            assertEquals("s-other", recovered.storageId());
        }
        assertTrue(new MediaRecovery(new StorageLayout(main)).run(true, false).clean());
    }

    @Test
    void eachStoragesAgeLimitAppliesToItsOwnSegmentsOnlyAndNeverToEvidence() throws Exception {
        try (MediaDatabase database = open(T0.plus(Duration.ofDays(2)))) {
            database.applyStorages(List.of(defaultStorage(null, null), otherStorage(1, null)));
            database.storages().assign("cam-a", "s-other");
            RecordedSegments.record(main, "cam-a", database, at(0), at(10), at(20));
            RecordedSegments.record(main, "cam-b", database, at(0));
            database.locks().lock(new EvidenceLocks.Lock("case-1", "cam-a", T0.plusSeconds(11), T0.plusSeconds(12)));

            database.sweepNow();

            assertEquals(List.of(false, true, false), List.of(Files.exists(file(other, "cam-a", at(0))),
                    Files.exists(file(other, "cam-a", at(10))), Files.exists(file(other, "cam-a", at(20)))),
                    "older than a day goes, except the locked segment");
            assertTrue(Files.exists(file(main, "cam-b", at(0))), "the default storage has no age limit");
        }
        assertTrue(new MediaRecovery(new StorageLayout(main)).run(true, false).clean());
    }

    @Test
    void aStoragesSizeLimitDeletesItsOldestSegmentsOfAnyCameraFirst() throws Exception {
        try (MediaDatabase database = open(T0.plusSeconds(60))) {
            database.applyStorages(List.of(defaultStorage(null, null), otherStorage(null, null)));
            database.storages().assign("cam-a", "s-other");
            database.storages().assign("cam-b", "s-other");
            RecordedSegments.record(main, "cam-a", database, at(0), at(20));
            RecordedSegments.record(main, "cam-b", database, at(10), at(30));
            long twoSegments = Files.size(file(other, "cam-a", at(20))) + Files.size(file(other, "cam-b", at(30)));

            database.applyStorages(List.of(defaultStorage(null, null), otherStorage(null, twoSegments)));
            database.sweepNow();

            assertFalse(Files.exists(file(other, "cam-a", at(0))));
            assertFalse(Files.exists(file(other, "cam-b", at(10))));
            assertTrue(Files.exists(file(other, "cam-a", at(20))) && Files.exists(file(other, "cam-b", at(30))));
            StorageUsage usage = database.usage().stream().filter(u -> u.storageId().equals("s-other")).findFirst()
                    .orElseThrow();
            assertEquals(twoSegments, usage.usedBytes());
            assertEquals(T0.plusSeconds(20), usage.oldestRecording());
            assertTrue(usage.totalBytes() > 0 && usage.freeBytes() > 0);
        }
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsRefusedAndNothingChanges() throws Exception {
        Path blocked = other.resolve("a-file");
        Files.writeString(blocked, "in the way");
        try (MediaDatabase database = open(T0)) {
            List<StorageConfiguration> before = database.storages().all();
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                    database.applyStorages(List.of(defaultStorage(null, null), new StorageConfiguration("s-bad",
                            "Bad", blocked.resolve("media").toString(), null, null, false))));

            assertTrue(refused.getMessage().contains("Bad") && refused.getMessage().contains("cannot be created"),
                    refused.getMessage());
            assertEquals(before, database.storages().all());
            assertFalse(Files.exists(main.resolve(".recorder/storages.json")));
        }
    }

    @Test
    void theStorageSetSurvivesARestart() throws Exception {
        try (MediaDatabase database = open(T0)) {
            database.applyStorages(List.of(defaultStorage(30, null), otherStorage(null, 1L << 30)));
        }
        try (MediaDatabase restarted = open(T0)) {
            assertEquals(List.of(defaultStorage(30, null), otherStorage(null, 1L << 30)),
                    restarted.storages().all());
        }
    }
}
