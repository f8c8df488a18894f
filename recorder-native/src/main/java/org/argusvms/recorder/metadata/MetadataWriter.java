package org.argusvms.recorder.metadata;

import org.argusvms.recorder.storage.HourFileAppender;
import org.argusvms.recorder.storage.HourlyFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Appends one camera's metadata documents to its hourly {@link MetadataFile}s, each as it comes, with one
 * {@code write}: a killed process loses only documents still queued for the writer (milliseconds' worth). The file is
 * forced to disk at most every {@link #FORCE_INTERVAL_MILLIS} and when an hour's file is closed, so a power loss may
 * lose the last seconds of metadata, never the recording; a torn tail is dropped when the file is opened again.
 * One instance per camera, used from one thread.
 */
final class MetadataWriter implements AutoCloseable {

    static final long FORCE_INTERVAL_MILLIS = 10_000;

    private final HourlyFiles files;
    private final String cameraId;
    private FileChannel channel;
    private long channelHour = Long.MIN_VALUE;
    private long lastForcedMillis;

    MetadataWriter(HourlyFiles files, String cameraId) {
        this.files = files;
        this.cameraId = cameraId;
    }

    void append(MetadataDocument document) throws IOException {
        long hour = HourlyFiles.hourOf(Math.floorDiv(document.epochMillis(), 1000));
        if (hour != channelHour) {
            closeChannel();
            Path file = files.hourFile(cameraId, hour);
            channel = HourFileAppender.open(file,
                    MetadataFile.read(file, hour, Long.MAX_VALUE, Long.MAX_VALUE).validLength(),
                    () -> MetadataFile.header(hour));
            channelHour = hour;
            lastForcedMillis = document.epochMillis();
        }
        HourFileAppender.writeFully(channel, MetadataFile.record(document.epochMillis(), document.xml()));
        if (document.epochMillis() - lastForcedMillis >= FORCE_INTERVAL_MILLIS) {
            channel.force(false);
            lastForcedMillis = document.epochMillis();
        }
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

    @Override
    public void close() throws IOException {
        closeChannel();
    }
}
