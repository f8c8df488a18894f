package org.argusvms.mobile.events;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import java.io.IOException;
import java.nio.ByteBuffer;
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
    @SuppressWarnings("StringOperationCanBeSimplified") // a distinct instance: compared by identity
    private static final String PING = new String("ping");
    private static final Logger LOG = Logger.getLogger(SessionOutbox.class.getName());

    private final Session session;
    private final Deque<String> pending = new ArrayDeque<>();
    /** A send is in flight, or {@link #sendPending()} is running. */
    private boolean sending;

    SessionOutbox(Session session) {
        this.session = session;
    }

    /**
     * Queues a ping: the client's pong is traffic towards the server, whose WebSocket connections otherwise end after
     * about 90 s without any (seen with WildFly 38: a subscriber that only listens was dropped with 1006), as do many
     * proxies'. Queued like a message, so it never overlaps a send in flight.
     */
    void ping() {
        send(PING);
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
     * the I/O thread in a burst of thousands (benchmark B8). A send that completes later, or on another thread,
     * continues from its handler. Either way exactly one continuation follows each send, so sends never overlap.
     */
    private void sendPending() {
        while (true) {
            String next;
            Send send = new Send(Thread.currentThread());
            synchronized (this) {
                next = pending.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
            }
            if (next == PING) { // identity: the marker, not a message that reads "ping"
                sendPing();
                continue;
            }
            session.getAsyncRemote().sendText(next, result -> sent(send, result));
            synchronized (this) {
                send.returned = true;
                if (!send.completedInline) {
                    return; // its handler carries on
                }
            }
        }
    }

    private void sendPing() {
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "Pinging subscriber " + session.getId() + " failed: " + e);
        }
    }

    private void sent(Send send, SendResult result) {
        synchronized (this) {
            if (!result.isOK()) {
                LOG.fine(() -> "Sending to event subscriber " + session.getId() + " failed: " + result.getException());
                pending.clear();
                sending = false;
                return;
            }
            if (!send.returned && send.thread == Thread.currentThread()) {
                send.completedInline = true; // sendPending, further up this stack, sends the next one
                return;
            }
        }
        sendPending();
    }

    /** One {@code sendText}: which thread made it, and whether it completed before returning. Guarded by the outbox. */
    private static final class Send {
        final Thread thread;
        boolean returned;
        boolean completedInline;

        Send(Thread thread) {
            this.thread = thread;
        }
    }

    private void close(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.fine(() -> "Closing event subscriber " + session.getId() + " failed: " + e);
        }
    }
}
