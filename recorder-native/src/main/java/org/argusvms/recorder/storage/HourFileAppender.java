package org.argusvms.recorder.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongFunction;
import java.util.logging.Logger;

/**
 * Appends one camera's records to its append-only hour files ({@link HourlyFiles}): the file of a record's hour is
 * opened after its intact part (a torn or foreign tail, from a crash in the middle of a record or a zero-filled block
 * after power loss, is truncated; an empty or unreadable file gets a fresh header, whose directory entry is made
 * durable), each record is written with one {@code write} call so a process crash cannot tear it, and the file is
 * forced at most every {@code forceIntervalMillis} of record time and when its hour is closed. Shared by the motion
 * grid and ONVIF metadata writers, whose formats differ only in header and records. One instance per camera, used
 * from one thread.
 */
public final class HourFileAppender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HourFileAppender.class.getName());

    /** What a format says about its hour files. */
    public interface Format {
        /** The length of the file's intact header and records; 0 when it has no valid header (or does not exist). */
        long validLength(Path file, long hourStartEpochSecond) throws IOException;

        ByteBuffer header(long hourStartEpochSecond);
    }

    private final LongFunction<Path> hourFile;
    private final Format format;
    private final long forceIntervalMillis;
    private FileChannel channel;
    private long channelHour = Long.MIN_VALUE;
    private long lastForcedMillis;

    /** @param hourFile the file of the hour starting at the given epoch second */
    public HourFileAppender(LongFunction<Path> hourFile, Format format, long forceIntervalMillis) {
        this.hourFile = hourFile;
        this.format = format;
        this.forceIntervalMillis = forceIntervalMillis;
    }

    /** The first epoch second of the hour a record at {@code epochMillis} belongs to. */
    public static long hourOfMillis(long epochMillis) {
        return HourlyFiles.hourOf(Math.floorDiv(epochMillis, 1000));
    }

    /** Appends a record of the instant {@code epochMillis} to its hour's file. */
    public void append(long epochMillis, ByteBuffer record) throws IOException {
        long hour = hourOfMillis(epochMillis);
        if (hour != channelHour) {
            close();
            Path file = hourFile.apply(hour);
            channel = open(file, format.validLength(file, hour), format.header(hour));
            channelHour = hour;
            lastForcedMillis = epochMillis;
        }
        while (record.hasRemaining()) {
            channel.write(record);
        }
        if (epochMillis - lastForcedMillis >= forceIntervalMillis) {
            channel.force(false);
            lastForcedMillis = epochMillis;
        }
    }

    private static FileChannel open(Path file, long validLength, ByteBuffer header) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (opened.size() > validLength) {
                long dropped = opened.size() - validLength;
                LOG.warning(() -> file + ": dropping " + dropped + " byte(s) of torn or foreign data");
                opened.truncate(validLength);
            }
            if (validLength == 0) {
                while (header.hasRemaining()) {
                    opened.write(header);
                }
                AtomicFiles.syncDirectory(file.getParent());
            }
            opened.position(opened.size());
            return opened;
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** Forces and closes the open hour's file, if any; the next record opens its hour again. */
    @Override
    public void close() throws IOException {
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
}
