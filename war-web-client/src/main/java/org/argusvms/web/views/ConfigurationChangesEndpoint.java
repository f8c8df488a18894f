package org.argusvms.web.views;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import org.argusvms.management.application.ConfigurationRecipient;
import org.argusvms.management.application.PermissionService;

import java.io.IOException;
import java.security.Principal;

/**
 * {@code /argus/configuration-changes}: the browser side of the "view update" flow for the web client, whose pages
 * are signed in by the session cookie rather than a bearer token (so they cannot use {@code /api/v1/configuration/ws}).
 * Same messages and the same rule for who gets what (ConfigurationAudience) as the API's socket.
 */
@ServerEndpoint(value = "/configuration-changes", configurator = ConfigurationChangesEndpoint.Handshake.class)
public class ConfigurationChangesEndpoint {

    static final String RECIPIENT = ConfigurationRecipient.class.getName();
    private static final System.Logger LOG = System.getLogger(ConfigurationChangesEndpoint.class.getName());

    @Inject
    private ConfigurationChangeRelay relay;

    /** Resolves the user's rights on the upgrade request, which still runs as them (the listener has no caller). */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            Principal principal = request.getUserPrincipal();
            if (principal == null) {
                return;
            }
            boolean operatorOrAdministrator = request.isUserInRole("operator") || request.isUserInRole("administrator");
            ConfigurationRecipient recipient;
            try {
                recipient = ConfigurationRecipient.ofCaller(principal.getName(), operatorOrAdministrator,
                        CDI.current().select(PermissionService.class).get());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Rights of " + principal.getName() + " not resolved", e);
                recipient = ConfigurationRecipient.withoutRights(principal.getName());
            }
            config.getUserProperties().put(RECIPIENT, recipient);
        }
    }

    @OnOpen
    public void open(Session session, EndpointConfig config) throws IOException {
        ConfigurationRecipient recipient = (ConfigurationRecipient) config.getUserProperties().get(RECIPIENT);
        if (recipient == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not signed in"));
            return;
        }
        relay.add(session, recipient);
    }

    @OnClose
    public void close(Session session) {
        relay.remove(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        relay.remove(session);
    }
}
