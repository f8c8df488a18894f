package org.argusvms.web.alarms;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import org.argusvms.management.application.PermissionService;

import java.io.IOException;
import java.security.Principal;

/**
 * {@code /argus/alarm-changes}: tells the alarms page, at once, that an alarm it may handle was raised or changed.
 * The page is signed in by its session cookie (the upgrade passes the WAR's security constraint like any request),
 * so it needs neither a token nor the API's {@code /api/v1/events/ws}.
 */
@ServerEndpoint(value = "/alarm-changes", configurator = AlarmChangesEndpoint.Handshake.class)
public class AlarmChangesEndpoint {

    static final String RECIPIENT = AlarmRecipient.class.getName();

    @Inject
    private AlarmChangeRelay relay;

    /** Resolves the user's alarm rights on the upgrade request, which still runs as them (the listener has no caller). */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            Principal principal = request.getUserPrincipal();
            if (principal != null) {
                config.getUserProperties().put(RECIPIENT, AlarmRecipient.ofCaller(principal.getName(),
                        () -> CDI.current().select(PermissionService.class).get()));
            }
        }
    }

    @OnOpen
    public void open(Session session, EndpointConfig config) throws IOException {
        relay.admit(session, (AlarmRecipient) config.getUserProperties().get(RECIPIENT));
    }

    @OnClose
    public void closed(Session session) {
        relay.remove(session);
    }

    /** A broken connection gets no more notices; the page reconnects. */
    @OnError
    public void failed(Session session, Throwable error) {
        relay.remove(session);
    }
}
