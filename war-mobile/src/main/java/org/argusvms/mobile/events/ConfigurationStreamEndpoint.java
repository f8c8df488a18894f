package org.argusvms.mobile.events;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.argusvms.management.application.ConfigurationRecipient;

import java.io.IOException;
import java.util.logging.Logger;
import org.argusvms.json.Jsons;

/**
 * {@code /api/v1/configuration/ws}: configuration changes, the seed's "view update" flow. Any signed-in user may
 * connect; on opening, the server sends {@code {"type":"ready"}} and from then on
 * {@code {"type":"configuration-changed","change":{type,id,change,version,changedBy,at}}} for every committed change
 * of an object the user may read. The client then reloads that object through the REST API. Nothing is sent to the
 * server; anything it sends is answered with an error and changes nothing.
 */
@ServerEndpoint(value = "/v1/configuration/ws", configurator = ConfigurationHandshake.class)
public class ConfigurationStreamEndpoint {

    private static final Logger LOG = Logger.getLogger(ConfigurationStreamEndpoint.class.getName());
    static final String READY = Jsons.objectBuilder().add("type", "ready").build().toString();
    private static final String ONLY_SENDS = Jsons.objectBuilder().add("type", "error")
            .add("message", "this socket only sends configuration changes; reload objects through the REST API")
            .build().toString();

    @Inject
    private ConfigurationSubscribers subscribers;

    @OnOpen
    public void open(Session session, EndpointConfig config) throws IOException {
        ConfigurationRecipient recipient = (ConfigurationRecipient) config.getUserProperties()
                .get(ConfigurationHandshake.RECIPIENT);
        if (recipient == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not signed in"));
            return;
        }
        session.setMaxTextMessageBufferSize(1024);
        subscribers.add(session, recipient);
        LOG.fine(() -> "Configuration subscriber " + recipient.name() + " connected (session " + session.getId() + ")");
    }

    @OnMessage
    public String message(String text) {
        return ONLY_SENDS;
    }

    @OnClose
    public void close(Session session) {
        subscribers.remove(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.fine(() -> "Configuration subscriber session " + session.getId() + " failed: " + error);
        subscribers.remove(session);
    }
}
