package org.argusvms.recorder.live;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One viewer's outgoing queue. It is bounded in bytes: a viewer that cannot keep up loses its queued fragments and
 * resumes at the next keyframe, so it never holds up the camera or other viewers and never receives a fragment it
 * cannot decode. Init messages are never dropped. A viewer whose current send has not completed for
 * {@link #STALLED_SEND_NANOS} is gone (its TCP connection is dead) and is closed.
 */
public final class LiveViewer {

    private record Message(String text, byte[] binary, boolean droppable) {
        int size() {
            return binary == null ? text.length() : binary.length;
        }
    }

    static final long STALLED_SEND_NANOS = 10_000_000_000L;

    private final ViewerConnection connection;
    private final LongSupplier nanoTime;
    private final long queueLimitBytes;
    private final Consumer<LiveViewer> onClosed;
    private final Deque<Message> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean sending;
    private long sendStartedNanos;
    private boolean pumping;
    private boolean awaitingKeyframe = true;
    private boolean closed;
    private long skips;
    private long fragmentsSent;

    LiveViewer(ViewerConnection connection, long queueLimitBytes, LongSupplier nanoTime,
               Consumer<LiveViewer> onClosed) {
        this.connection = connection;
        this.nanoTime = nanoTime;
        this.queueLimitBytes = queueLimitBytes;
        this.onClosed = onClosed;
    }

    synchronized void sendInit(LiveInit init) {
        enqueue(new Message(init.message(), null, false));
        enqueue(new Message(null, init.segment(), false));
        awaitingKeyframe = true; // fragments of the previous init are useless from here on
        pump();
    }

    void sendFragment(byte[] fragment, boolean keyframe) {
        if (enqueueFragment(fragment, keyframe)) {
            close();
        }
    }

    /** Returns true when the viewer turned out to be dead and must be closed (outside this lock). */
    private synchronized boolean enqueueFragment(byte[] fragment, boolean keyframe) {
        if (closed) {
            return false;
        }
        if (sending && nanoTime.getAsLong() - sendStartedNanos > STALLED_SEND_NANOS) {
            return true;
        }
        if (awaitingKeyframe && !keyframe) {
            return false;
        }
        if (queuedBytes + fragment.length > queueLimitBytes) {
            queue.removeIf(message -> {
                if (message.droppable()) {
                    queuedBytes -= message.size();
                }
                return message.droppable();
            });
            skips++;
            if (!keyframe || queuedBytes + fragment.length > queueLimitBytes) {
                awaitingKeyframe = true;
                return false;
            }
        }
        awaitingKeyframe = false;
        enqueue(new Message(null, fragment, true));
        pump();
        return false;
    }

    private void enqueue(Message message) {
        queue.add(message);
        queuedBytes += message.size();
    }

    /** Sends queued messages one at a time; loops rather than recursing when a send completes synchronously. */
    private void pump() {
        if (pumping) {
            return;
        }
        pumping = true;
        try {
            while (!sending && !closed && !queue.isEmpty()) {
                Message message = queue.poll();
                queuedBytes -= message.size();
                sending = true;
                sendStartedNanos = nanoTime.getAsLong();
                if (message.binary() != null) {
                    if (message.droppable()) {
                        fragmentsSent++;
                    }
                    connection.sendBinary(message.binary(), this::onSent, this::close);
                } else {
                    connection.sendText(message.text(), this::onSent, this::close);
                }
            }
        } finally {
            pumping = false;
        }
    }

    private synchronized void onSent() {
        sending = false;
        pump();
    }

    /** Closes the connection and forgets queued data; idempotent. */
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            queuedBytes = 0;
        }
        connection.close();
        onClosed.accept(this);
    }

    /** How often this viewer fell behind and skipped to a keyframe. */
    public synchronized long skips() {
        return skips;
    }

    public synchronized long fragmentsSent() {
        return fragmentsSent;
    }
}
