package org.argusvms.web;

import jakarta.websocket.Session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The open WebSockets of one kind of page on this node, each with what its user may receive. Messages are small and
 * rare (alarm notices, configuration changes), so each is sent blocking under the session's lock, which keeps one
 * session's messages in order; a session that cannot take one is dropped (the page reconnects).
 *
 * @param <R> what decides whether a session's user may receive a message
 */
public final class PageSockets<R> {

    private static final System.Logger LOG = System.getLogger(PageSockets.class.getName());
    private static final ByteBuffer NO_PAYLOAD = ByteBuffer.allocate(0);

    private record Entry<R>(Session session, R recipient) {
    }

    private final String what;
    private final Map<String, Entry<R>> sessions = new ConcurrentHashMap<>();

    /** @param what what the sockets carry, for the log ("alarm notice") */
    public PageSockets(String what) {
        this.what = what;
    }

    /** Starts sending to {@code session}, beginning with {@code greeting}. */
    public void add(Session session, R recipient, String greeting) {
        sessions.put(session.getId(), new Entry<>(session, recipient));
        send(session, greeting);
    }

    public void remove(Session session) {
        sessions.remove(session.getId());
    }

    /** Sends {@code message} to every session whose recipient {@code admits} says may have it. */
    public void publish(Predicate<R> admits, String message) {
        sessions.values().stream().filter(entry -> admits.test(entry.recipient()))
                .forEach(entry -> send(entry.session(), message));
    }

    /**
     * Pings every session: a page that only listens sends nothing, and WildFly (like proxies) ends a WebSocket after
     * a while without traffic; browsers answer pings by themselves.
     */
    public void pingAll() {
        sessions.values().forEach(entry -> deliver(entry.session(), session ->
                session.getBasicRemote().sendPing(NO_PAYLOAD.duplicate()), "ping"));
    }

    public int size() {
        return sessions.size();
    }

    private void send(Session session, String message) {
        deliver(session, open -> open.getBasicRemote().sendText(message), what);
    }

    private interface Delivery {
        void to(Session session) throws IOException;
    }

    private void deliver(Session session, Delivery delivery, String description) {
        synchronized (session) {
            try {
                if (session.isOpen()) {
                    delivery.to(session);
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(System.Logger.Level.DEBUG, description + " not sent to session " + session.getId(), e);
                sessions.remove(session.getId());
            }
        }
    }
}
