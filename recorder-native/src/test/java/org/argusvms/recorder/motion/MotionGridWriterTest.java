package org.argusvms.recorder.motion;

import org.argusvms.recorder.storage.StorageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionGridWriterTest {

    private static final long HOUR = Instant.parse("2026-03-01T10:00:00Z").getEpochSecond();
    private static final GridCells LEFT = GridCells.builder().add(0, 0).add(1, 1).build();
    private static final GridCells RIGHT = GridCells.builder().add(15, 11).build();

    @TempDir
    Path storage;

    private MotionGridFiles files() {
        return new MotionGridFiles(new StorageLayout(storage));
    }

    private Path hourFile() {
        return files().hourFile("cam-a", HOUR);
    }

    @Test
    void picturesOfOneSecondBecomeOneRecordAndQuietSecondsNone() throws IOException {
        try (MotionGridWriter writer = new MotionGridWriter(files(), "cam-a")) {
            writer.record(millis(5, 100), LEFT);
            writer.record(millis(5, 600), RIGHT);
            writer.record(millis(6, 0), GridCells.NONE);
            writer.record(millis(7, 0), RIGHT);
        }

        MotionGridFile.Contents contents = MotionGridFile.read(hourFile(), HOUR);
        assertEquals(2, contents.records());
        assertEquals(5, contents.secondOfHour(0));
        assertEquals(GridCells.builder().addAll(LEFT).addAll(RIGHT).build(), cellsOf(contents, 0));
        assertEquals(7, contents.secondOfHour(1));
        assertEquals(RIGHT, cellsOf(contents, 1));
        assertEquals(storage.resolve("cam-a/motion/2026-03-01/10.grid"), hourFile());
    }

    @Test
    void aTornLastRecordIsDroppedWhenTheFileIsOpenedAgain() throws IOException {
        try (MotionGridWriter writer = new MotionGridWriter(files(), "cam-a")) {
            writer.record(millis(1, 0), LEFT);
            writer.record(millis(2, 0), LEFT);
        }
        ByteBuffer nextRecord = MotionGridFile.record(3, RIGHT);
        appendToHourFile(ByteBuffer.wrap(nextRecord.array(), 0, 17)); // the crash cut the write short
        assertEquals(2, MotionGridFile.read(hourFile(), HOUR).records(), "readers skip the torn tail");

        try (MotionGridWriter writer = new MotionGridWriter(files(), "cam-a")) {
            writer.record(millis(4, 0), RIGHT);
        }

        MotionGridFile.Contents contents = MotionGridFile.read(hourFile(), HOUR);
        assertEquals(List.of(1, 2, 4), List.of(contents.secondOfHour(0), contents.secondOfHour(1),
                contents.secondOfHour(2)));
        assertEquals(RIGHT, cellsOf(contents, 2));
        assertEquals(MotionGridFile.HEADER_SIZE + 3L * MotionGridFile.RECORD_SIZE, Files.size(hourFile()));
    }

    @Test
    void aZeroFilledTailFailsItsChecksumAndIsDropped() throws IOException {
        try (MotionGridWriter writer = new MotionGridWriter(files(), "cam-a")) {
            writer.record(millis(1, 0), LEFT);
        }
        // after a power loss the file length may have reached the disk before the data
        appendToHourFile(ByteBuffer.allocate(2 * MotionGridFile.RECORD_SIZE));

        assertEquals(1, MotionGridFile.read(hourFile(), HOUR).records());
        try (MotionGridWriter writer = new MotionGridWriter(files(), "cam-a")) {
            writer.record(millis(9, 0), RIGHT);
        }
        MotionGridFile.Contents contents = MotionGridFile.read(hourFile(), HOUR);
        assertEquals(2, contents.records());
        assertEquals(9, contents.secondOfHour(1));
    }

    @Test
    void anHourChangeStartsTheNextHoursFile() throws IOException {
        try (MotionGridWriter writer = new MotionGridWriter(files(), "cam-a")) {
            writer.record(millis(3599, 900), LEFT);
            writer.record(millis(3600, 100), RIGHT);
        }

        assertEquals(1, MotionGridFile.read(hourFile(), HOUR).records());
        MotionGridFile.Contents next = MotionGridFile.read(files().hourFile("cam-a", HOUR + 3600), HOUR + 3600);
        assertEquals(1, next.records());
        assertEquals(0, next.secondOfHour(0));
        assertEquals(RIGHT, cellsOf(next, 0));
    }

    @Test
    void aFileOfAnotherHourOrFormatIsNotReadAsThisOne() throws IOException {
        Files.createDirectories(hourFile().getParent());
        Files.write(hourFile(), "not a motion grid at all, but long enough".getBytes());
        assertEquals(0, MotionGridFile.read(hourFile(), HOUR).records());

        try (MotionGridWriter writer = new MotionGridWriter(files(), "cam-a")) {
            writer.record(millis(1, 0), LEFT);
        }
        assertEquals(1, MotionGridFile.read(hourFile(), HOUR).records());
        assertTrue(MotionGridFile.read(hourFile(), HOUR + 3600).records() == 0, "header names the hour");
    }

    private void appendToHourFile(ByteBuffer bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(hourFile(), StandardOpenOption.APPEND)) {
            channel.write(bytes);
        }
    }

    private static GridCells cellsOf(MotionGridFile.Contents contents, int record) {
        return GridCells.fromBytes(contents.bytes().array(), contents.cellsOffset(record));
    }

    private static long millis(long secondOfHour, long millis) {
        return (HOUR + secondOfHour) * 1000 + millis;
    }
}
