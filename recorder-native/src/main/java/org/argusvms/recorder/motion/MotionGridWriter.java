package org.argusvms.recorder.motion;

import org.argusvms.recorder.storage.HourFileAppender;

import java.io.IOException;
import java.nio.channels.FileChannel;
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

    private final MotionGridFiles files;
    private final String cameraId;
    private final GridCells.Builder pending = GridCells.builder();
    private long pendingSecond = Long.MIN_VALUE;
    private FileChannel channel;
    private long channelHour = Long.MIN_VALUE;
    private long lastForcedSecond;

    public MotionGridWriter(MotionGridFiles files, String cameraId) {
        this.files = files;
        this.cameraId = cameraId;
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
        if (hour != channelHour) {
            closeChannel();
            channel = open(hour);
            channelHour = hour;
            lastForcedSecond = pendingSecond;
        }
        HourFileAppender.writeFully(channel, MotionGridFile.record((int) (pendingSecond - hour), cells));
        if (pendingSecond - lastForcedSecond >= FORCE_INTERVAL_SECONDS) {
            channel.force(false);
            lastForcedSecond = pendingSecond;
        }
    }

    /** Opens an hour's file for appending after its intact records, dropping a torn tail or an unreadable file. */
    private FileChannel open(long hour) throws IOException {
        Path file = files.hourFile(cameraId, hour);
        return HourFileAppender.open(file, MotionGridFile.read(file, hour).validLength(),
                () -> MotionGridFile.header(hour));
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            try {
                channel.force(false);
            } finally {
                channel.close();
                channel = null;
                channelHour = Long.MIN_VALUE;
            }
        }
    }

    /** Writes the pending second and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            closeChannel();
        }
    }
}
