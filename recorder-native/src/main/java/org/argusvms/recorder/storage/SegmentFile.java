package org.argusvms.recorder.storage;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One fragmented MP4 file being recorded: the init segment, then fragments appended and forced to disk one by one,
 * so that after a crash the file is readable up to the last complete fragment.
 */
final class SegmentFile implements Closeable {

    private final Path path;
    private final FileChannel channel;
    private long size;

    private SegmentFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Creates the file (never overwriting one) and makes it and its directory entry durable. */
    static SegmentFile create(Path path, byte[] initSegment) throws IOException {
        Path directory = path.getParent();
        boolean newDirectory = !Files.isDirectory(directory);
        Files.createDirectories(directory);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        SegmentFile file = new SegmentFile(path, channel);
        try {
            file.append(initSegment);
        } catch (IOException e) {
            file.close();
            throw e;
        }
        AtomicFiles.syncDirectory(directory);
        if (newDirectory) {
            AtomicFiles.syncDirectory(directory.getParent());
        }
        return file;
    }

    /** Creates a file for the first free millisecond at or after {@code startEpochMillis}. */
    static SegmentFile createUnique(StorageLayout layout, Path root, String cameraId, long startEpochMillis,
                                    byte[] initSegment) throws IOException {
        for (long millis = startEpochMillis; ; millis++) {
            Path path = layout.segmentFile(root, cameraId, millis);
            try {
                return create(path, initSegment);
            } catch (FileAlreadyExistsException e) {
                boolean segmentNameTaken = path.toString().equals(e.getFile());
                if (!segmentNameTaken || millis - startEpochMillis >= 1000) {
                    throw e;
                }
            }
        }
    }

    void append(byte[] data) throws IOException {
        AtomicFiles.writeFully(channel, ByteBuffer.wrap(data));
        channel.force(false);
        size += data.length;
    }

    /** After a failed append: cuts the file back to what was completely written, best effort. */
    void truncateToWritten() {
        try {
            channel.truncate(size);
            channel.position(size);
            channel.force(false);
        } catch (IOException e) {
            // recovery truncates the torn tail at the next start
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
