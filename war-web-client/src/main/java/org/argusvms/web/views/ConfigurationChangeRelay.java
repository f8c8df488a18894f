package org.argusvms.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationRecipient;

import org.argusvms.json.Jsons;
import org.argusvms.web.PageSockets;

/** The web client's open configuration sockets (see {@link PageSockets}); changes are administrators' edits, rare. */
@ApplicationScoped
public class ConfigurationChangeRelay {

    static final String READY = Jsons.objectBuilder().add("type", "ready").build().toString();

    private final PageSockets<ConfigurationRecipient> sockets = new PageSockets<>("configuration change");

    void add(Session session, ConfigurationRecipient recipient) {
        sockets.add(session, recipient, READY);
    }

    void remove(Session session) {
        sockets.remove(session);
    }

    void publish(ConfigurationAudience audience, String message) {
        sockets.publish(audience::admits, message);
    }

    /** Keeps listening pages connected. */
    public void pingAll() {
        sockets.pingAll();
    }
}
