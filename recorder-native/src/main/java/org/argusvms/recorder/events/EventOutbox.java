package org.argusvms.recorder.events;

import org.argusvms.recorder.protocol.RecorderEvent;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Numbers the recorder's events and keeps every one until the management server acknowledged it, in order, so that
 * nothing is lost while WildFly or the network is down (at-least-once delivery; consumers de-duplicate on
 * recorderId + seq). Memory is bounded: beyond {@code capacity} unacknowledged events the oldest are dropped, with a
 * warning, rather than the recorder running out of memory.
 */
public final class EventOutbox implements EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventOutbox.class.getName());

    private final String recorderId;
    private final int capacity;
    private final Clock clock;
    private final Deque<RecorderEvent> unacknowledged = new ArrayDeque<>();
    private long nextSeq;
    private long dropped;
    private long wakeUps;

    public EventOutbox(String recorderId, long firstSeq, int capacity, Clock clock) {
        if (firstSeq < 1 || capacity < 1) {
            throw new IllegalArgumentException("firstSeq and capacity must be positive");
        }
        this.recorderId = recorderId;
        this.nextSeq = firstSeq;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public synchronized void publish(String eventType, String cameraId, Map<String, String> attributes) {
        if (unacknowledged.size() >= capacity) {
            RecorderEvent oldest = unacknowledged.removeFirst();
            dropped++;
            if (dropped == 1 || dropped % 1000 == 0) {
                long droppedSoFar = dropped;
                LOG.warning(() -> "event outbox full (" + capacity + " unacknowledged): dropped event seq "
                        + oldest.seq() + " (" + droppedSoFar + " dropped so far)");
            }
        }
        unacknowledged.addLast(new RecorderEvent(recorderId, nextSeq++, eventType, cameraId, clock.instant(),
                attributes));
        notifyAll();
    }

    /** Forgets every event up to and including {@code seq}: the management server has processed them. */
    public synchronized void acknowledge(long seq) {
        while (!unacknowledged.isEmpty() && unacknowledged.peekFirst().seq() <= seq) {
            unacknowledged.removeFirst();
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
}
