package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.EvidenceLockService;
import org.argusvms.management.application.EvidenceLockView;
import org.argusvms.management.application.NewEvidenceLock;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.evidence.EvidenceLock;
import org.argusvms.management.domain.model.evidence.EvidenceLockRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lock is stored and pushed to the recorder in one transaction: if the recorder refuses or cannot be reached, the
 * transaction rolls back, so the management server never lists a lock the recorder does not enforce.
 */
@Stateless
@PermitAll
public class DefaultEvidenceLockService implements EvidenceLockService {

    private static final Logger LOG = Logger.getLogger(DefaultEvidenceLockService.class.getName());
    static final int MAX_REASON_LENGTH = 500;
    /** Locks are created and released, never changed: they have no version. */
    private static final long NO_VERSION = 0;

    @Inject
    private CameraRepository cameras;

    @Inject
    private EvidenceLockRepository locks;

    @Inject
    private RecorderGateway recorders;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    @Inject
    private Clock clock;

    @Inject
    private RecorderRouting routing;

    @Resource
    private SessionContext session;

    @Override
    public EvidenceLockView lock(NewEvidenceLock request) {
        if (request == null) {
            throw new ValidationException(null, "an evidence lock object is required");
        }
        if (request.cameraId() == null || request.cameraId().isBlank()) {
            throw new ValidationException("cameraId", "\"cameraId\" is required");
        }
        TimeRangeValidator.require(request.from(), request.to(), EvidenceLock.MAX_LENGTH,
                EvidenceLock.MAX_LENGTH.toDays() + " days");
        if (request.reason() == null || request.reason().isBlank()) {
            throw new ValidationException("reason", "a reason is required");
        }
        if (request.reason().length() > MAX_REASON_LENGTH) {
            throw new ValidationException("reason", "the reason may have at most " + MAX_REASON_LENGTH + " characters");
        }
        Camera camera = permittedCamera(request.cameraId());
        EvidenceLock lock = new EvidenceLock(UUID.randomUUID().toString(), camera.id(), request.from(), request.to(),
                request.reason(), session.getCallerPrincipal().getName(), clock.instant());
        locks.store(lock);
        // After a move, part of the range may be on the camera's previous recorder: each holder protects its part.
        for (RecordingServer server : routing.holders(camera, lock.from(), lock.to())) {
            try {
                recorders.lock(lock, server);
            } catch (RecorderCommandException e) {
                LOG.log(Level.WARNING, "recorder " + server.id() + " did not take evidence lock " + lock.id(), e);
                throw new RecorderUnavailableException("recorder " + server.id() + " of camera " + camera.id()
                        + " did not take the lock; nothing was stored, try again later");
            }
        }
        audit.succeeded("evidence.lock", describe(lock, camera));
        changes.created(ObjectType.EVIDENCE_LOCK, lock.id(), NO_VERSION, ConfigurationAudience.camera(lock.cameraId()));
        return EvidenceLockView.of(lock);
    }

    @Override
    public List<EvidenceLockView> list() {
        return locks.findByCameras(permissions.visibleCameraIds()).stream().map(EvidenceLockView::of).toList();
    }

    @Override
    public void release(String lockId) {
        EvidenceLock lock = locks.find(lockId).filter(found -> permissions.canSee(found.cameraId()))
                .orElseThrow(() -> new NotFoundException("evidence lock " + lockId + " does not exist"));
        permissions.require(lock.cameraId(), CameraRight.EVIDENCE_LOCK);
        Camera camera = cameras.find(lock.cameraId()).orElse(null);
        for (RecordingServer server : camera == null ? List.<RecordingServer>of()
                : routing.holders(camera, lock.from(), lock.to())) {
            try {
                recorders.unlock(lock.id(), server);
            } catch (RecorderCommandException e) {
                LOG.log(Level.WARNING, "recorder " + server.id() + " did not release evidence lock " + lock.id(), e);
                throw new RecorderUnavailableException("recorder " + server.id() + " of camera " + camera.id()
                        + " did not release the lock; it is kept, try again later");
            }
        }
        locks.remove(lock);
        audit.succeeded("evidence.unlock", describe(lock, camera));
        changes.deleted(ObjectType.EVIDENCE_LOCK, lock.id(), NO_VERSION, ConfigurationAudience.camera(lock.cameraId()));
    }

    private Camera permittedCamera(String cameraId) {
        if (!permissions.canSee(cameraId)) {
            throw new NotFoundException("camera " + cameraId + " does not exist");
        }
        permissions.require(cameraId, CameraRight.EVIDENCE_LOCK);
        return cameras.find(cameraId)
                .orElseThrow(() -> new NotFoundException("camera " + cameraId + " does not exist"));
    }

    private static String describe(EvidenceLock lock, Camera camera) {
        String cameraText = camera == null ? "camera " + lock.cameraId() : MediaGrants.describe(camera);
        return "lock " + lock.id() + " on " + cameraText + " from " + lock.from() + " to " + lock.to()
                + ": " + lock.reason();
    }
}
