package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.CameraControlService;
import org.argusvms.management.application.PtzMove;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.role.CameraRight;

import java.util.Locale;

/**
 * Rights come from the caller's VMS roles (PermissionService), not from container roles: hence {@code @PermitAll}.
 * The input is checked before the rights so that nothing is audited for a request that could never run; the audit
 * entry is written only when the camera carried the command out.
 */
@Stateless
@PermitAll
public class DefaultCameraControlService implements CameraControlService {

    @Inject
    private MediaGrants grants;

    @Inject
    private CameraCommands commands;

    @Inject
    private AuditLog audit;

    @Override
    public void gotoPreset(String cameraId, String preset) {
        String token = CameraCommandValidator.token("preset", preset);
        Camera camera = grants.permittedCamera(cameraId, CameraRight.PTZ);
        commands.gotoPreset(camera, token);
        audit.succeeded("camera.ptz.preset", MediaGrants.describe(camera) + " preset " + token);
    }

    @Override
    public void move(String cameraId, PtzMove move) {
        PtzMove checked = CameraCommandValidator.move(move);
        Camera camera = grants.permittedCamera(cameraId, CameraRight.PTZ);
        commands.move(camera, checked);
        audit.succeeded("camera.ptz.move", MediaGrants.describe(camera) + String.format(Locale.ROOT,
                " pan %.2f tilt %.2f zoom %.2f for %d s", checked.pan(), checked.tilt(), checked.zoom(),
                checked.seconds()));
    }

    @Override
    public void setOutput(String cameraId, String output, Boolean active) {
        String token = CameraCommandValidator.token("output", output);
        boolean state = CameraCommandValidator.active(active);
        Camera camera = grants.permittedCamera(cameraId, CameraRight.OUTPUT);
        commands.setOutput(camera, token, state);
        audit.succeeded("camera.output", MediaGrants.describe(camera) + " " + token + (state ? " on" : " off"));
    }
}
