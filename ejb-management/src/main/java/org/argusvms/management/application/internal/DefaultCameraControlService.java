package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.CameraControlService;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.PtzMove;
import org.argusvms.management.application.PtzSession;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.role.CameraRight;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Rights come from the caller's VMS roles (PermissionService), not from container roles: hence {@code @PermitAll}.
 * The input is checked before the rights so that nothing is audited for a request that could never run; the audit
 * entry is written only when the camera carried the command out. A PTZ command claims the caller's PTZ session
 * before the camera is told, so two operators' commands cannot both pass the priority check; the session stands
 * even if the camera then fails, since the operator is still steering it.
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

    @Inject
    private PermissionService permissions;

    @Inject
    private PtzSessions sessions;

    @Resource
    private SessionContext session;

    @Override
    public void gotoPreset(String cameraId, String preset) {
        String token = CameraCommandValidator.token("preset", preset);
        Camera camera = grants.permittedCamera(cameraId, CameraRight.PTZ);
        String takeOver = takePtz(camera, Duration.ZERO);
        commands.gotoPreset(camera, token);
        audit.succeeded("camera.ptz.preset", MediaGrants.describe(camera) + " preset " + token + takeOver);
    }

    @Override
    public void move(String cameraId, PtzMove move) {
        PtzMove checked = CameraCommandValidator.move(move);
        Camera camera = grants.permittedCamera(cameraId, CameraRight.PTZ);
        String takeOver = takePtz(camera, checked.stops() ? Duration.ZERO : Duration.ofSeconds(checked.seconds()));
        commands.move(camera, checked);
        audit.succeeded("camera.ptz.move", MediaGrants.describe(camera) + String.format(Locale.ROOT,
                " pan %.2f tilt %.2f zoom %.2f for %d s", checked.pan(), checked.tilt(), checked.zoom(),
                checked.seconds()) + takeOver);
    }

    @Override
    public Optional<PtzSession> ptzSession(String cameraId) {
        Camera camera = grants.permittedCamera(cameraId, CameraRight.PTZ);
        return sessions.current(camera.id());
    }

    @Override
    public void releasePtzSession(String cameraId) {
        Camera camera = grants.permittedCamera(cameraId, CameraRight.PTZ);
        sessions.release(camera.id(), caller());
    }

    @Override
    public void setOutput(String cameraId, String output, Boolean active) {
        String token = CameraCommandValidator.token("output", output);
        boolean state = CameraCommandValidator.active(active);
        Camera camera = grants.permittedCamera(cameraId, CameraRight.OUTPUT);
        commands.setOutput(camera, token, state);
        audit.succeeded("camera.output", MediaGrants.describe(camera) + " " + token + (state ? " on" : " off"));
    }

    /**
     * Claims the camera's PTZ session for the caller, keeping the camera moving by itself for {@code busyFor}; returns
     * what the command's audit entry adds about a session taken over from another operator ("" if none).
     */
    private String takePtz(Camera camera, Duration busyFor) {
        int priority = permissions.ptzPriorityOn(camera.id()).orElseThrow(); // present: the PTZ right was checked
        return sessions.claim(camera.id(), caller(), priority, busyFor)
                .map(previous -> ", taken over from " + previous.username() + " (PTZ priority " + previous.priority()
                        + ", yours " + priority + ")")
                .orElse("");
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
