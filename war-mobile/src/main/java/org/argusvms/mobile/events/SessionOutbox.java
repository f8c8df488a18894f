package org.argusvms.mobile.events;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

/**
 * Sends one session's messages in order without blocking the caller: one asynchronous send at a time (the WebSocket
 * API forbids overlapping ones), the rest queued. A subscriber that falls {@value #MAX_PENDING} messages behind is
 * disconnected rather than buffered without end. The bound is generous because events come in bursts — a commit
 * publishes a sender's whole batch at once — and a healthy subscriber of a busy site is briefly hundreds behind (at
 * 5,000 events/s, 500 is a tenth of a second; benchmark B8); 10,000 events are some 3 MB per subscriber.
 */
final class SessionOutbox {

    static final int MAX_PENDING = 10_000;
    private static final Logger LOG = Logger.getLogger(SessionOutbox.class.getName());

    private final Session session;
    private final Deque<String> pending = new ArrayDeque<>();
    /** A send is in flight, or {@link #sendPending()} is running. */
    private boolean sending;
    /** The thread inside {@link #sendPending()}'s {@code sendText}, if any. */
    private Thread loopThread;
    /** The send of the current loop round completed on the loop's own thread. */
    private boolean completedInLoop;

    SessionOutbox(Session session) {
        this.session = session;
    }

    void send(String text) {
        synchronized (this) {
            if (!session.isOpen()) {
                return;
            }
            if (pending.size() >= MAX_PENDING) {
                pending.clear();
                close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow: events were piling up"));
                return;
            }
            pending.add(text);
            if (sending) {
                return; // the send in flight takes this one when it completes
            }
            sending = true;
        }
        sendPending();
    }

    /**
     * Sends the queued messages one after another. A send that completes at once (the socket had room) completes on
     * this thread, inside {@code sendText}: its handler then only notes it, and this loop goes on, instead of the
     * handler sending the next one from within, which nested one stack frame per message and overflowed the stack of
     * the I/O thread in a burst of thousands (benchmark B8). A send that completes later continues from its handler.
     */
    private void sendPending() {
        while (true) {
            String next;
            synchronized (this) {
                next = pending.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
                loopThread = Thread.currentThread();
                completedInLoop = false;
            }
            session.getAsyncRemote().sendText(next, this::sent);
            synchronized (this) {
                if (loopThread == Thread.currentThread()) {
                    loopThread = null;
                }
                if (!completedInLoop) {
                    return; // completes later; its handler carries on
                }
            }
        }
    }

    private void sent(SendResult result) {
        synchronized (this) {
            if (!result.isOK()) {
                LOG.fine(() -> "Sending to event subscriber " + session.getId() + " failed: " + result.getException());
                pending.clear();
                sending = false;
                return;
            }
            if (loopThread == Thread.currentThread()) {
                completedInLoop = true; // sendPending, further up this stack, sends the next one
                return;
            }
        }
        sendPending();
    }

    private void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.fine(() -> "Closing event subscriber " + session.getId() + " failed: " + e);
        }
    }
}
