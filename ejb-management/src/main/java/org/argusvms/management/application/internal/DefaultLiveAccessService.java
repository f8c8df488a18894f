package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.LiveAccessService;
import org.argusvms.management.application.LiveStreamAccess;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.management.infrastructure.connector.RecorderGateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Rights come from the caller's VMS roles (PermissionService), not from container roles: hence {@code @PermitAll}. */
@Stateless
@PermitAll
public class DefaultLiveAccessService implements LiveAccessService {

    /** Long enough to open the socket; an open stream is not cut when its ticket expires. */
    static final Duration TICKET_VALIDITY = Duration.ofSeconds(60);

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecorderGateway recorders;

    @Inject
    private Clock clock;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /** A camera the caller may not see is reported as missing; one they see without LIVE is forbidden. */
    @Override
    public LiveStreamAccess openLive(String cameraId) {
        if (!permissions.canSee(cameraId)) {
            throw new NotFoundException("camera " + cameraId + " does not exist");
        }
        permissions.require(cameraId, CameraRight.LIVE);
        Camera camera = cameras.find(cameraId)
                .orElseThrow(() -> new NotFoundException("camera " + cameraId + " does not exist"));
        String subject = session.getCallerPrincipal().getName();
        String ticket = recorders.issueMediaTicket(camera.id(), subject, TICKET_VALIDITY);
        Instant expiresAt = clock.instant().plus(TICKET_VALIDITY);
        audit.succeeded("camera.live", "camera " + camera.id() + " (" + camera.name() + ")");
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
