package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.LiveAccessService;
import org.argusvms.management.application.LiveStreamAccess;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.recorder.protocol.LiveStreamSource;
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
    private PermissionService permissions;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /**
     * A camera the caller may not see is reported as missing; one they see without LIVE is forbidden. Callers who
     * also have AUDIO_LISTEN get a ticket for live with sound; the recorder sends audio bytes to no one else.
     */
    @Override
    public LiveStreamAccess openLive(String cameraId) {
        Camera camera = grants.permittedCamera(cameraId, CameraRight.LIVE);
        boolean audio = permissions.rightsOn(camera.id()).contains(CameraRight.AUDIO_LISTEN);
        String ticket = grants.ticket(camera, session.getCallerPrincipal().getName(),
                audio ? Purpose.LIVE_AUDIO : Purpose.LIVE, TICKET_VALIDITY);
        Instant expiresAt = clock.instant().plus(TICKET_VALIDITY);
        audit.succeeded("camera.live", MediaGrants.describe(camera));
        return LiveStreamAccess.of(camera.id(), RecorderMediaUrls.live(camera.recordingServer().mediaUrl(),
                camera.id(), ticket), expiresAt, audio, camera.liveStream() == LiveStreamSource.SECONDARY);
    }
}
