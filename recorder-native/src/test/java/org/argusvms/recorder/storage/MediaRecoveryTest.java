package org.argusvms.recorder.storage;

import org.argusvms.recorder.StorageCheckCommand;
import org.argusvms.recorder.mp4.Fmp4Scanner;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Startup recovery and the check command against real segment files, verified with ffprobe. */
class MediaRecoveryTest {

    private static final long T0 = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();

    @TempDir
    Path storage;

    @Test
    void theIndexWrittenWhileRecordingAgreesWithTheFiles() throws Exception {
        try (MediaDatabase database = open()) {
            RecordedSegments.record(storage, "cam-a", database, T0, T0 + 2000, T0 + 10_000);
            assertEquals(3, database.index().segments("cam-a", T0, T0 + 60_000).size());
        }

        MediaRecovery.Result check = new MediaRecovery(new StorageLayout(storage)).run(true, false);

        assertEquals(List.of(), check.problems());
        SegmentRecord first = check.records().get(0);
        assertEquals(new SegmentRecord("cam-a", "cam-a/2026-03-01/" + T0 + ".mp4", T0, T0 + 2000, 50, 2,
                Files.size(storage.resolve(first.path()))), first);
    }

    @Test
    void aTornLastFragmentIsTruncatedAtStartupAndTheFileStaysPlayable() throws Exception {
        Path file = RecordedSegments.record(storage, "cam-a", SegmentListener.NONE, T0).get(0);
        long complete = Files.size(file);
        Fmp4Scanner.Fragment first = Fmp4Scanner.scan(file).fragments().get(0);
        byte[] tornFragment = Arrays.copyOfRange(Files.readAllBytes(file), (int) first.offset(),
                (int) first.offset() + first.moofLength() + 100);
        Files.write(file, tornFragment, StandardOpenOption.APPEND); // as if killed while writing a fragment

        try (MediaDatabase database = open()) {
            assertEquals(complete, Files.size(file));
            assertEquals(50, database.index().segments("cam-a", T0, T0 + 2000).get(0).frames());
        }
        assertEquals("", Ffprobe.decodeErrors(file));
        assertEquals(50, Ffprobe.probe(file).frames());
    }

    @Test
    void checkReportsThenRepairsATruncatedFileAndAStaleIndexEntry() throws Exception {
        List<Path> files;
        try (MediaDatabase database = open()) {
            files = RecordedSegments.record(storage, "cam-a", database, T0, T0 + 2000);
        }
        try (FileChannel channel = FileChannel.open(files.get(0), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 1000); // cuts into the second fragment
        }
        Files.delete(files.get(1));

        Output firstCheck = check("--storage", storage.toString());
        assertEquals(1, firstCheck.exitCode());
        assertTrue(firstCheck.text().contains("bytes after the last complete fragment"), firstCheck.text());
        assertTrue(firstCheck.text().contains("indexed but the file is missing"), firstCheck.text());
        assertEquals(1, check("--storage", storage.toString()).exitCode(), "without --repair nothing changed");

        assertEquals(1, check("--storage", storage.toString(), "--repair").exitCode());

        Output afterRepair = check("--storage", storage.toString());
        assertEquals(0, afterRepair.exitCode(), afterRepair.text());
        assertEquals("", Ffprobe.decodeErrors(files.get(0)));
        assertEquals(25, Ffprobe.probe(files.get(0)).frames(), "the first, complete GOP survives");
    }

    @Test
    void aDamagedIndexLineAndAnUnindexedFileAreRepairedFromTheFiles() throws Exception {
        try (MediaDatabase database = open()) {
            RecordedSegments.record(storage, "cam-a", database, T0);
        }
        RecordedSegments.record(storage, "cam-a", SegmentListener.NONE, T0 + 5000); // never indexed
        Path log = storage.resolve(".recorder/segments.log");
        Files.writeString(log, Files.readString(log).replace("\"frames\":50", "\"frames\":51"));

        assertEquals(1, check("--storage", storage.toString()).exitCode());
        try (MediaDatabase database = open()) {
            assertEquals(List.of(50L, 50L), database.index().segments("cam-a", T0, T0 + 60_000).stream()
                    .map(SegmentRecord::frames).toList());
        }
        assertEquals(0, check("--storage", storage.toString()).exitCode());
    }

    @Test
    void aFileWithoutAnyCompleteFragmentIsRemoved() throws Exception {
        Path file = RecordedSegments.record(storage, "cam-a", SegmentListener.NONE, T0).get(0);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Fmp4Scanner.scan(file).fragments().get(0).offset() + 100); // inside the first fragment
        }

        try (MediaDatabase database = open()) {
            assertTrue(database.index().segments("cam-a", T0, T0 + 2000).isEmpty());
        }
        assertTrue(Files.notExists(file));
    }

    @Test
    void checkRefusesAStorageDirectoryInUseByARecorder() throws Exception {
        try (MediaDatabase ignored = open()) {
            Output output = check("--storage", storage.toString());
            assertEquals(2, output.exitCode());
            assertTrue(output.text().contains("in use"), output.text());
            assertThrows(IOException.class, this::open);
        }
    }

    private MediaDatabase open() throws IOException {
        return MediaDatabase.open(new StorageLayout(storage), new RecordedEvents(), Clock.systemUTC(), 0);
    }

    private record Output(int exitCode, String text) {
    }

    private static Output check(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = StorageCheckCommand.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
        return new Output(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
