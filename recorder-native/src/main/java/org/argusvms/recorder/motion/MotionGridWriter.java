package org.argusvms.recorder.motion;

import org.argusvms.recorder.storage.HourFileAppender;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Appends one camera's motion grids to its hourly {@link MotionGridFile}s: the cells of all pictures of one second
 * are merged into one record, written when a later second begins; seconds without motion write nothing.
 *
 * <p>Durability: a record is written with one {@code write} call, so a process crash loses at most the second in
 * progress. The file is forced to disk at most every {@link #FORCE_INTERVAL_SECONDS} and when an hour's file is
 * closed: a power loss may lose the last minute of metadata, never the recording, and a torn tail is dropped when the
 * file is opened again. Motion metadata is advisory, and an fsync per second per camera would cost more than the
 * detection.
 *
 * <p>One instance per camera, used from one thread (public for tools that write synthetic metadata, such as the
 * smart-search benchmark).
 */
public final class MotionGridWriter implements AutoCloseable {

    static final long FORCE_INTERVAL_SECONDS = 60;

    /** Grid files: their header, and how much of an existing one is intact. */
    private static final HourFileAppender.Format FORMAT = new HourFileAppender.Format() {
        @Override
        public long validLength(Path file, long hourStartEpochSecond) throws IOException {
            return MotionGridFile.read(file, hourStartEpochSecond).validLength();
        }

        @Override
        public ByteBuffer header(long hourStartEpochSecond) {
            return MotionGridFile.header(hourStartEpochSecond);
        }
    };

    private final GridCells.Builder pending = GridCells.builder();
    private final HourFileAppender appender;
    private long pendingSecond = Long.MIN_VALUE;

    public MotionGridWriter(MotionGridFiles files, String cameraId) {
        this.appender = new HourFileAppender(hour -> files.hourFile(cameraId, hour), FORMAT,
                FORCE_INTERVAL_SECONDS * 1000);
    }

    /** Adds a picture's moving cells to its second; writes the previous second's record when a new one begins. */
    public void record(long epochMillis, GridCells cells) throws IOException {
        long second = Math.floorDiv(epochMillis, 1000);
        if (second != pendingSecond) {
            flush();
            pendingSecond = second;
        }
        pending.addAll(cells);
    }

    /** Writes the pending second, if it had motion. */
    public void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        GridCells cells = pending.build();
        pending.clear();
        long hour = MotionGridFiles.hourOf(pendingSecond);
        appender.append(pendingSecond * 1000, MotionGridFile.record((int) (pendingSecond - hour), cells));
    }

    /** Writes the pending second and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            appender.close();
        }
    }
}
