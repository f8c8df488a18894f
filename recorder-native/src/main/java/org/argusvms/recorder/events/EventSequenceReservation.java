package org.argusvms.recorder.events;

import org.argusvms.recorder.storage.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Keeps event sequence numbers increasing across recorder restarts, so that the management server's de-duplication
 * on (recorderId, seq) never mistakes a new event for a repeat. Numbers are reserved on disk in blocks before events
 * carrying them are sent; after a restart numbering continues after the last reserved block (a gap, never a reuse).
 */
public final class EventSequenceReservation {

    static final long BLOCK = 1000;

    private final Path file;
    private long reservedUpTo;

    public EventSequenceReservation(Path file) throws IOException {
        this.file = file;
        this.reservedUpTo = read(file);
    }

    private static long read(Path file) throws IOException {
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (NoSuchFileException e) {
            return 0;
        } catch (NumberFormatException e) {
            throw new IOException("event sequence file " + file + " is corrupt; delete it only if the management "
                    + "server's event history of this recorder may be discarded", e);
        }
    }

    /** The first sequence number this process may use. */
    public synchronized long firstUnreserved() {
        return reservedUpTo + 1;
    }

    /** Makes sure {@code seq} is covered by a durable reservation; called before an event with it leaves. */
    public synchronized void ensureReserved(long seq) throws IOException {
        if (seq > reservedUpTo) {
            long newReservation = seq + BLOCK - 1;
            AtomicFiles.write(file, Long.toString(newReservation).getBytes(StandardCharsets.US_ASCII));
            reservedUpTo = newReservation;
        }
    }
}
