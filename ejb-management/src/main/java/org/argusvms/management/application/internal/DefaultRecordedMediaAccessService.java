package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.ExportAccess;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.PlaybackAccess;
import org.argusvms.management.application.RecordedMediaAccessService;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Rights come from the caller's VMS roles (PermissionService), not from container roles: hence {@code @PermitAll}. */
@Stateless
@PermitAll
public class DefaultRecordedMediaAccessService implements RecordedMediaAccessService {

    /** A playback session fetches many clips; the client asks again when the ticket has expired. */
    static final Duration PLAYBACK_TICKET_VALIDITY = Duration.ofMinutes(5);
    /** Only the start of the download is checked; a long export is not cut when its ticket expires. */
    static final Duration EXPORT_TICKET_VALIDITY = Duration.ofMinutes(5);
    static final Duration MAX_EXPORT = Duration.ofHours(24);

    @Inject
    private MediaGrants grants;

    @Inject
    private PermissionService permissions;

    @Inject
    private Clock clock;

    @Inject
    private RecorderRouting routing;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    @Override
    public PlaybackAccess openPlayback(String cameraId) {
        Camera camera = permittedCamera(cameraId, CameraRight.PLAYBACK);
        String ticket = ticket(camera, Purpose.PLAYBACK, PLAYBACK_TICKET_VALIDITY);
        audit.succeeded("camera.playback", MediaGrants.describe(camera));
        return new PlaybackAccess(camera.id(), RecorderMediaUrls.route(camera, "recordings", ticket),
                RecorderMediaUrls.route(camera, "playback", ticket), RecorderMediaUrls.route(camera, "snapshot", ticket),
                clock.instant().plus(PLAYBACK_TICKET_VALIDITY), RecorderMediaUrls.route(camera, "motion", ticket))
                .withSpans(routing.playbackSpans(camera, ticket));
    }

    @Override
    public ExportAccess openExport(String cameraId, Instant from, Instant to) {
        TimeRangeValidator.require(from, to, MAX_EXPORT, "24 hours");
        Camera camera = permittedCamera(cameraId, CameraRight.EXPORT);
        RecordingServer source = routing.exportSource(camera, from, to);
        String ticket = ticket(camera, Purpose.EXPORT, EXPORT_TICKET_VALIDITY);
        audit.succeeded("camera.export", MediaGrants.describe(camera) + " from " + from + " to " + to);
        return new ExportAccess(camera.id(), from, to,
                RecorderMediaUrls.withRange(RecorderMediaUrls.route(source, camera.id(), "export", ticket), from, to),
                RecorderMediaUrls.route(source, camera.id(), "recordings", ticket),
                clock.instant().plus(EXPORT_TICKET_VALIDITY));
    }

    private Camera permittedCamera(String cameraId, CameraRight right) {
        return grants.permittedCamera(cameraId, right);
    }

    /** With the camera's sound when the caller may listen to it (AUDIO_LISTEN); the recorder strips it otherwise. */
    private String ticket(Camera camera, Purpose purpose, Duration validity) {
        boolean audio = permissions.rightsOn(camera.id()).contains(CameraRight.AUDIO_LISTEN);
        return grants.ticket(camera, session.getCallerPrincipal().getName(), purpose.withAudio(audio), validity);
    }
}
