package org.argusvms.recorder.events;

import org.argusvms.recorder.protocol.RecorderEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Numbers the recorder's events and keeps every one until the management server acknowledged it, in order, so that
 * nothing is lost while WildFly, the database or the network is down (at-least-once delivery; the management server
 * de-duplicates on recorderId + seq). A durable outbox writes each event to its {@link EventJournal} (fsync'd)
 * before any sender can see it, so unacknowledged events also survive a crash or restart of the recorder, and are
 * sent again in order afterwards.
 *
 * <p>Bounded: with {@code capacity} events unacknowledged, the oldest are dropped to make room, and a single
 * {@link RecorderEvent#EVENTS_DROPPED} event records it (a new one only once that one is gone). If the journal cannot
 * be written (disk full, I/O error), the event is kept in memory only, with a warning: recording matters more than
 * the outbox, which never makes the recorder fail.
 */
public final class EventOutbox implements EventPublisher, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventOutbox.class.getName());

    private final String recorderId;
    private final int capacity;
    private final Clock clock;
    private final EventJournal journal;
    private final Deque<RecorderEvent> unacknowledged = new ArrayDeque<>();
    private long nextSeq;
    private long dropped;
    private long droppedMarkerSeq = -1;
    private long journalFailures;
    private long wakeUps;

    /** An outbox in memory only: events are lost with the process. */
    public EventOutbox(String recorderId, long firstSeq, int capacity, Clock clock) {
        this(recorderId, firstSeq, capacity, clock, EventJournal.NONE);
    }

    private EventOutbox(String recorderId, long firstSeq, int capacity, Clock clock, EventJournal journal) {
        if (firstSeq < 1 || capacity < 2) {
            throw new IllegalArgumentException("firstSeq must be positive and capacity at least 2");
        }
        this.recorderId = recorderId;
        this.capacity = capacity;
        this.clock = clock;
        this.journal = journal;
        this.unacknowledged.addAll(journal.recovered());
        long lastRecovered = unacknowledged.isEmpty() ? 0 : unacknowledged.peekLast().seq();
        this.nextSeq = Math.max(firstSeq, lastRecovered + 1);
    }

    /**
     * An outbox kept in {@code journalFile}: the events an earlier process left unacknowledged are pending again,
     * and numbering continues after the higher of {@code firstSeq} and the last of them.
     */
    public static EventOutbox durable(String recorderId, Path journalFile, long firstSeq, int capacity, Clock clock)
            throws IOException {
        EventOutbox outbox = new EventOutbox(recorderId, firstSeq, capacity, clock, FileEventJournal.open(journalFile));
        if (outbox.pending() > 0) {
            LOG.info(() -> outbox.pending() + " unacknowledged events recovered from " + journalFile);
        }
        return outbox;
    }

    @Override
    public synchronized void publish(String eventType, String cameraId, Map<String, String> attributes) {
        boolean needsMarker = unacknowledged.size() >= capacity && !droppedMarkerPending();
        int room = needsMarker ? 2 : 1;
        long firstDropped = -1;
        while (unacknowledged.size() > capacity - room) {
            long seq = dropOldest();
            firstDropped = firstDropped < 0 ? seq : firstDropped;
        }
        if (needsMarker) {
            droppedMarkerSeq = nextSeq;
            append(RecorderEvent.EVENTS_DROPPED, null, Map.of("firstDroppedSeq", Long.toString(firstDropped)));
        }
        append(eventType, cameraId, attributes);
        notifyAll();
    }

    private boolean droppedMarkerPending() {
        return !unacknowledged.isEmpty() && droppedMarkerSeq >= unacknowledged.peekFirst().seq();
    }

    private long dropOldest() {
        RecorderEvent oldest = unacknowledged.removeFirst();
        dropped++;
        if (dropped == 1 || dropped % 1000 == 0) {
            long droppedSoFar = dropped;
            LOG.warning(() -> "event outbox full (" + capacity + " unacknowledged): dropped event seq " + oldest.seq()
                    + " (" + droppedSoFar + " dropped so far)");
        }
        forgetInJournal(oldest.seq());
        return oldest.seq();
    }

    private void append(String eventType, String cameraId, Map<String, String> attributes) {
        RecorderEvent event = new RecorderEvent(recorderId, nextSeq++, eventType, cameraId, clock.instant(), attributes);
        try {
            journal.append(event);
        } catch (IOException e) {
            journalFailed("keeping event seq " + event.seq() + " in memory only", e);
        }
        unacknowledged.addLast(event);
    }

    /** Forgets every event up to and including {@code seq}: the management server has processed them. */
    public synchronized void acknowledge(long seq) {
        boolean forgotten = false;
        while (!unacknowledged.isEmpty() && unacknowledged.peekFirst().seq() <= seq) {
            unacknowledged.removeFirst();
            forgotten = true;
        }
        if (forgotten) {
            forgetInJournal(seq);
        }
    }

    private void forgetInJournal(long seq) {
        try {
            journal.forget(seq, unacknowledged);
        } catch (IOException e) {
            journalFailed("an acknowledged event may be sent again after a restart", e);
        }
    }

    private void journalFailed(String consequence, IOException e) {
        journalFailures++;
        if (journalFailures == 1 || journalFailures % 1000 == 0) {
            long failures = journalFailures;
            LOG.warning(() -> "event journal write failed (" + e.getMessage() + "); " + consequence + " ("
                    + failures + " failures so far)");
        }
    }

    /**
     * The unacknowledged events after {@code seq}, waiting up to {@code timeoutMillis} for one to appear. Returns
     * early, possibly empty, after {@link #wakeUp()}.
     */
    public synchronized List<RecorderEvent> awaitAfter(long seq, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        long wakeUpsAtStart = wakeUps;
        while (true) {
            List<RecorderEvent> events = after(seq);
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (!events.isEmpty() || remainingMillis <= 0 || wakeUps != wakeUpsAtStart) {
                return events;
            }
            wait(remainingMillis);
        }
    }

    /** Lets a waiting sender re-check its connection. */
    public synchronized void wakeUp() {
        wakeUps++;
        notifyAll();
    }

    private List<RecorderEvent> after(long seq) {
        List<RecorderEvent> events = new ArrayList<>();
        for (RecorderEvent event : unacknowledged) {
            if (event.seq() > seq) {
                events.add(event);
            }
        }
        return events;
    }

    public synchronized int pending() {
        return unacknowledged.size();
    }

    public synchronized long dropped() {
        return dropped;
    }

    /** Closes the journal; events still pending are in it for the next process. */
    @Override
    public synchronized void close() {
        journal.close();
    }
}
