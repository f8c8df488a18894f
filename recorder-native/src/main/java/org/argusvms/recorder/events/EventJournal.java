package org.argusvms.recorder.events;

import org.argusvms.recorder.protocol.RecorderEvent;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/** Where the {@link EventOutbox} keeps its unacknowledged events so that they survive the recorder's process. */
interface EventJournal extends AutoCloseable {

    /** Keeps nothing: the outbox's events live as long as the process (tests, or a recorder without storage). */
    EventJournal NONE = new EventJournal() {
        @Override
        public List<RecorderEvent> recovered() {
            return List.of();
        }

        @Override
        public void append(RecorderEvent event) {
        }

        @Override
        public void forget(long upToSeq, Collection<RecorderEvent> stillPending) {
        }

        @Override
        public void close() {
        }
    };

    /** The events kept by an earlier process and not yet forgotten, in sequence order. */
    List<RecorderEvent> recovered();

    /** Makes the event durable; on return it survives a crash or power loss. */
    void append(RecorderEvent event) throws IOException;

    /**
     * Forgets the events up to and including {@code upToSeq} (acknowledged or dropped). Need not be durable at once:
     * an event forgotten too late is sent again, and the management server ignores the repeat.
     *
     * @param stillPending the events kept after this, for compaction
     */
    void forget(long upToSeq, Collection<RecorderEvent> stillPending) throws IOException;

    @Override
    void close();
}
