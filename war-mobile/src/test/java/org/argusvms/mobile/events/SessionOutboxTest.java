package org.argusvms.mobile.events;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionOutboxTest {

    /** A WebSocket session whose asynchronous sends complete only when the test says so. */
    private static final class FakeSession {
        final List<String> inFlight = new ArrayList<>();
        final List<SendHandler> handlers = new ArrayList<>();
        final List<String> delivered = new ArrayList<>();
        CloseReason closedWith;
        /** Once set, a send completes inside sendText, as when the socket has room for it. */
        boolean completeAtOnce;

        final Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> closedWith == null;
                    case "getId" -> "s1";
                    case "getAsyncRemote" -> asyncRemote();
                    case "close" -> {
                        closedWith = (CloseReason) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        private RemoteEndpoint.Async asyncRemote() {
            return (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendPing")) {
                            delivered.add("<ping>"); // a control frame: no handler, may go between messages
                            return null;
                        }
                        if (!method.getName().equals("sendText") || args.length != 2) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        inFlight.add((String) args[0]);
                        handlers.add((SendHandler) args[1]);
                        if (completeAtOnce) {
                            completeOne();
                        }
                        return null;
                    });
        }

        /** The client has taken the oldest message in flight. */
        void completeOne() {
            delivered.add(inFlight.remove(0));
            handlers.remove(0).onResult(new SendResult());
        }
    }

    @Test
    void messagesGoOutOneAtATimeInOrder() {
        FakeSession fake = new FakeSession();
        SessionOutbox outbox = new SessionOutbox(fake.session);

        outbox.send("a");
        outbox.send("b");
        outbox.send("c");
        assertEquals(List.of("a"), fake.inFlight, "never two sends at once");

        fake.completeOne();
        fake.completeOne();
        fake.completeOne();
        assertEquals(List.of("a", "b", "c"), fake.delivered);
        assertEquals(List.of(), fake.inFlight);
    }

    @Test
    void aSubscriberTooFarBehindIsDisconnected() {
        FakeSession fake = new FakeSession();
        SessionOutbox outbox = new SessionOutbox(fake.session);

        for (int i = 0; i <= SessionOutbox.MAX_PENDING; i++) {
            outbox.send("event " + i);
        }
        assertNull(fake.closedWith, "one in flight and " + SessionOutbox.MAX_PENDING + " queued are tolerated");

        outbox.send("one too many");
        assertEquals(CloseReason.CloseCodes.TRY_AGAIN_LATER, fake.closedWith.getCloseCode());
    }

    @Test
    void aBurstSentOnAFreeSocketDoesNotNestOneCallPerMessage() throws Exception {
        FakeSession fake = new FakeSession();
        SessionOutbox outbox = new SessionOutbox(fake.session);
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < SessionOutbox.MAX_PENDING; i++) {
            burst.add("event " + i);
        }
        burst.forEach(outbox::send); // the first is in flight, the rest queued behind it

        fake.completeAtOnce = true;
        Throwable[] failure = new Throwable[1];
        // the first send completes on an I/O thread with a small stack; each further send completes at once
        Thread io = new Thread(null, () -> {
            try {
                fake.completeOne();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "io", 256 * 1024);
        io.start();
        io.join();

        assertNull(failure[0], () -> "the I/O thread failed: " + failure[0]);
        assertEquals(burst, fake.delivered);
        assertNull(fake.closedWith);
    }

    @Test
    void aPingWaitsForTheMessageInFlightAndKeepsItsPlace() {
        FakeSession fake = new FakeSession();
        SessionOutbox outbox = new SessionOutbox(fake.session);

        outbox.send("a");
        outbox.ping();
        outbox.send("b");
        assertEquals(List.of(), fake.delivered, "nothing overtakes the message in flight");

        fake.completeOne();
        fake.completeOne();
        assertEquals(List.of("a", "<ping>", "b"), fake.delivered);
    }
}
