package org.argusvms.recorder.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Opens an append-only hour file of {@link HourlyFiles} for writing after its intact part: a torn or foreign tail
 * (a crash in the middle of a record, a zero-filled block after power loss) is truncated, an empty or unreadable
 * file gets a fresh header, whose directory entry is made durable. Shared by the motion grid and ONVIF metadata
 * writers, whose formats differ only in what a record is.
 */
public final class HourFileAppender {

    private static final Logger LOG = Logger.getLogger(HourFileAppender.class.getName());

    private HourFileAppender() {
    }

    /**
     * @param validLength the length of the file's intact header and records, 0 when it has no valid header
     * @param header      the header to write into an empty file
     */
    public static FileChannel open(Path file, long validLength, Supplier<ByteBuffer> header) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (opened.size() > validLength) {
                long dropped = opened.size() - validLength;
                LOG.warning(() -> file + ": dropping " + dropped + " byte(s) of torn or foreign data");
                opened.truncate(validLength);
            }
            if (validLength == 0) {
                writeFully(opened, header.get());
                AtomicFiles.syncDirectory(file.getParent());
            }
            opened.position(opened.size());
            return opened;
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** One record with one {@code write} call where the kernel allows, so a process crash cannot tear it. */
    public static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
