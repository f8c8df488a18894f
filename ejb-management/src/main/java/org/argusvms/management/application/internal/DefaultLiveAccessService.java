package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.LiveAccessService;
import org.argusvms.management.application.LiveStreamAccess;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.infrastructure.connector.RecorderGateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

@Stateless
public class DefaultLiveAccessService implements LiveAccessService {

    /** Long enough to open the socket; an open stream is not cut when its ticket expires. */
    static final Duration TICKET_VALIDITY = Duration.ofSeconds(60);

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecorderGateway recorders;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed({"operator", "administrator"})
    public LiveStreamAccess openLive(String cameraId) {
        Camera camera = cameras.find(cameraId)
                .orElseThrow(() -> new NotFoundException("camera " + cameraId + " does not exist"));
        String subject = session.getCallerPrincipal().getName();
        String ticket = recorders.issueMediaTicket(camera.id(), subject, TICKET_VALIDITY);
        Instant expiresAt = clock.instant().plus(TICKET_VALIDITY);
        return new LiveStreamAccess(camera.id(), liveUrl(camera.recordingServer().mediaUrl(), camera.id(), ticket), expiresAt);
    }

    static String liveUrl(String mediaUrl, String cameraId, String ticket) {
        String base = mediaUrl.replaceFirst("^http", "ws");
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/live/" + cameraId + "?ticket=" + ticket;
    }
}
