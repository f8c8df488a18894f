package org.argusvms.mobile.events;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.role.CameraRight;

import java.security.Principal;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records who opened an event WebSocket. The upgrade request is an ordinary request under the WAR's security
 * constraint, so elytron-oidc-client has already validated its bearer token (header, or {@code ?access_token=} for
 * browsers, which cannot set headers on a WebSocket) and the roles; this only carries the result into the session.
 * Undertow gives each connection its own copy of the user properties.
 */
public class SubscriberHandshake extends ServerEndpointConfig.Configurator {

    static final String SUBSCRIBER = Subscriber.class.getName();
    private static final Logger LOG = Logger.getLogger(SubscriberHandshake.class.getName());

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            boolean allowed = request.isUserInRole("operator") || request.isUserInRole("administrator");
            config.getUserProperties().put(SUBSCRIBER, subscriber(principal.getName(), allowed));
        }
    }

    /**
     * The upgrade request still runs as the authenticated caller, so this is the moment to ask which cameras they may
     * see; events are later fanned out from a message listener that has no caller. Failing closed: no cameras.
     */
    private static Subscriber subscriber(String name, boolean operatorOrAdministrator) {
        try {
            PermissionService permissions = CDI.current().select(PermissionService.class).get();
            return new Subscriber(name, operatorOrAdministrator, permissions.visibleCameraIds(),
                    permissions.cameraIdsWith(CameraRight.ALARM_HANDLING),
                    permissions.hasOnAllCameras(CameraRight.ALARM_HANDLING));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not resolve the subscriber's cameras; camera events and alarms withheld", e);
            return new Subscriber(name, operatorOrAdministrator, Set.of(), Set.of(), false);
        }
    }
}
