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
    private boolean sending;

    SessionOutbox(Session session) {
        this.session = session;
    }

    synchronized void send(String text) {
        if (!session.isOpen()) {
            return;
        }
        if (pending.size() >= MAX_PENDING) {
            pending.clear();
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow: events were piling up"));
            return;
        }
        pending.add(text);
        if (!sending) {
            sendNext();
        }
    }

    private synchronized void sendNext() {
        String next = pending.poll();
        sending = next != null;
        if (next != null) {
            session.getAsyncRemote().sendText(next, this::sent);
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.fine(() -> "Sending to event subscriber " + session.getId() + " failed: " + result.getException());
            synchronized (this) {
                pending.clear();
                sending = false;
            }
            return;
        }
        sendNext();
    }

    private void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.fine(() -> "Closing event subscriber " + session.getId() + " failed: " + e);
        }
    }
}
