package org.argusvms.mobile.events;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import org.argusvms.management.application.ConfigurationRecipient;
import org.argusvms.management.application.PermissionService;

import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records who opened a configuration WebSocket and what they may read, while the upgrade request still runs as them
 * (authenticated like every {@code /v1} request, see {@link SubscriberHandshake}); changes are later fanned out from a
 * message listener that has no caller. Failing closed: a recipient whose rights cannot be resolved gets only what
 * every signed-in user gets.
 */
public class ConfigurationHandshake extends ServerEndpointConfig.Configurator {

    static final String RECIPIENT = ConfigurationRecipient.class.getName();
    private static final Logger LOG = Logger.getLogger(ConfigurationHandshake.class.getName());

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            boolean operatorOrAdministrator = request.isUserInRole("operator") || request.isUserInRole("administrator");
            config.getUserProperties().put(RECIPIENT, recipient(principal.getName(), operatorOrAdministrator));
        }
    }

    private static ConfigurationRecipient recipient(String name, boolean operatorOrAdministrator) {
        try {
            return ConfigurationRecipient.ofCaller(name, operatorOrAdministrator,
                    CDI.current().select(PermissionService.class).get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not resolve the rights of configuration subscriber " + name
                    + "; only changes for every user are sent", e);
            return ConfigurationRecipient.withoutRights(name);
        }
    }
}
