package org.argusvms.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationRecipient;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.argusvms.json.Jsons;

/**
 * The web client's open configuration sockets. Changes are rare (administrators' edits), so each is sent with a
 * blocking send under the session's lock, which keeps the messages of one session in order.
 */
@ApplicationScoped
public class ConfigurationChangeRelay {

    static final String READY = Jsons.objectBuilder().add("type", "ready").build().toString();
    private static final System.Logger LOG = System.getLogger(ConfigurationChangeRelay.class.getName());

    private record Entry(Session session, ConfigurationRecipient recipient) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    void add(Session session, ConfigurationRecipient recipient) {
        sessions.put(session.getId(), new Entry(session, recipient));
        send(session, READY);
    }

    void remove(Session session) {
        sessions.remove(session.getId());
    }

    void publish(ConfigurationAudience audience, String message) {
        for (Entry entry : sessions.values()) {
            if (audience.admits(entry.recipient())) {
                send(entry.session(), message);
            }
        }
    }

    private void send(Session session, String message) {
        synchronized (session) {
            try {
                if (session.isOpen()) {
                    session.getBasicRemote().sendText(message);
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(System.Logger.Level.DEBUG, "Configuration change not sent to session " + session.getId(), e);
                sessions.remove(session.getId());
            }
        }
    }
}
