package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.recorder.protocol.MediaTicket.Purpose;

import java.time.Duration;

/** The one way media access is granted: check the caller's right on the camera, then sign a ticket for one purpose. */
@ApplicationScoped
public class MediaGrants {

    @Inject
    private CameraRepository cameras;

    @Inject
    private PermissionService permissions;

    @Inject
    private RecorderGateway recorders;

    /** A camera the caller may not see is reported as missing; one they see without the right is forbidden (audited). */
    Camera permittedCamera(String cameraId, CameraRight right) {
        if (!permissions.canSee(cameraId)) {
            throw new NotFoundException("camera " + cameraId + " does not exist");
        }
        permissions.require(cameraId, right);
        return cameras.find(cameraId)
                .orElseThrow(() -> new NotFoundException("camera " + cameraId + " does not exist"));
    }

    String ticket(Camera camera, String subject, Purpose purpose, Duration validity) {
        return recorders.issueMediaTicket(camera.id(), subject, validity, purpose);
    }

    static String describe(Camera camera) {
        return "camera " + camera.id() + " (" + camera.name() + ")";
    }
}
