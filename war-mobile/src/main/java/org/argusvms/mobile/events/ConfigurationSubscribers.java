package org.argusvms.mobile.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationRecipient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open configuration WebSockets of this server, and fan-out of one change to those who may read the object. */
@ApplicationScoped
public class ConfigurationSubscribers {

    private record Entry(ConfigurationRecipient recipient, SessionOutbox outbox) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    /** Registers the session and confirms with "ready": from then on no change it may see is missed. */
    void add(Session session, ConfigurationRecipient recipient) {
        SessionOutbox outbox = new SessionOutbox(session);
        sessions.put(session.getId(), new Entry(recipient, outbox));
        outbox.send(ConfigurationStreamEndpoint.READY);
    }

    void remove(Session session) {
        sessions.remove(session.getId());
    }

    /** Pings every subscriber (see {@link SessionOutbox#ping()}). */
    void pingAll() {
        sessions.values().forEach(entry -> entry.outbox().ping());
    }

    public void publish(ConfigurationAudience audience, String message) {
        for (Entry entry : sessions.values()) {
            if (audience.admits(entry.recipient())) {
                entry.outbox().send(message);
            }
        }
    }
}
