package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.role.DeviceGroupRepository;
import org.argusvms.management.domain.model.role.VmsRoleRepository;
import org.argusvms.management.domain.model.view.ViewRepository;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;

/**
 * Deletes a camera's configuration with everything that names it (groups, grants, view tiles, placement history)
 * and tells its recorder to stop; recorded media stays. Used for a camera alone and for each camera of deleted
 * hardware.
 */
@ApplicationScoped
public class CameraRemoval {

    @Inject
    private CameraRepository cameras;

    @Inject
    private DeviceGroupRepository deviceGroups;

    @Inject
    private VmsRoleRepository roles;

    @Inject
    private ViewRepository views;

    @Inject
    private CameraPlacements placements;

    @Inject
    private CameraDeployment deployment;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    void remove(Camera camera) {
        String cameraId = camera.id();
        deviceGroups.findContaining(cameraId).forEach(group -> {
            group.removeCamera(cameraId);
            deviceGroups.store(group); // flushed before the camera row goes, for the foreign key
        });
        roles.findAll().forEach(role -> role.forgetTarget(cameraId));
        views.findShowing(cameraId).forEach(view -> {
            view.removeCamera(cameraId);
            views.store(view);
            changes.updated(ObjectType.VIEW, view.id(), view.version(), DefaultViewService.audience(view, view.shared()));
        });
        cameras.remove(camera);
        placements.forget(cameraId);
        audit.succeeded("camera.remove", CameraEnrolment.describe(camera));
        changes.deleted(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        deployment.tellToRemove(camera.recordingServer(), cameraId);
    }
}
