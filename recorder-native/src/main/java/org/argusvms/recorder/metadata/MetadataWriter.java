package org.argusvms.recorder.metadata;

import org.argusvms.recorder.storage.HourFileAppender;
import org.argusvms.recorder.storage.HourlyFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
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

    /** Metadata files: their header, and how much of an existing one is intact. */
    private static final HourFileAppender.Format FORMAT = new HourFileAppender.Format() {
        @Override
        public long validLength(Path file, long hourStartEpochSecond) throws IOException {
            return MetadataFile.read(file, hourStartEpochSecond, Long.MAX_VALUE, Long.MAX_VALUE).validLength();
        }

        @Override
        public ByteBuffer header(long hourStartEpochSecond) {
            return MetadataFile.header(hourStartEpochSecond);
        }
    };

    private final HourFileAppender appender;

    MetadataWriter(HourlyFiles files, String cameraId) {
        this.appender = new HourFileAppender(hour -> files.hourFile(cameraId, hour), FORMAT, FORCE_INTERVAL_MILLIS);
    }

    void append(MetadataDocument document) throws IOException {
        appender.append(document.epochMillis(), MetadataFile.record(document.epochMillis(), document.xml()));
    }

    @Override
    public void close() throws IOException {
        appender.close();
    }
}
