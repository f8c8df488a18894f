package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.LiveAccessService;
import org.argusvms.management.application.LiveStreamAccess;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;

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
    private MediaGrants grants;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /** A camera the caller may not see is reported as missing; one they see without LIVE is forbidden. */
    @Override
    public LiveStreamAccess openLive(String cameraId) {
        Camera camera = grants.permittedCamera(cameraId, CameraRight.LIVE);
        String ticket = grants.ticket(camera, session.getCallerPrincipal().getName(), Purpose.LIVE, TICKET_VALIDITY);
        Instant expiresAt = clock.instant().plus(TICKET_VALIDITY);
        audit.succeeded("camera.live", MediaGrants.describe(camera));
        return LiveStreamAccess.of(camera.id(), RecorderMediaUrls.live(camera.recordingServer().mediaUrl(),
                camera.id(), ticket), expiresAt, camera.liveStream() == LiveStreamSource.SECONDARY);
    }
}
