package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.Optional;

/**
 * Operators steering cameras: PTZ (right PTZ) and relay outputs (right OUTPUT), carried out by the camera's recorder
 * over ONVIF (docs/design/onvif.md). Every call checks the caller's right on the camera and is audited.
 *
 * <p>Failures, all leaving the camera as it was: {@link NotFoundException} for a camera that does not exist or that
 * the caller may not see; {@link AccessDeniedException} for one they see without the right (audited);
 * {@link ValidationException} for bad input or a preset/output the camera does not know;
 * {@link CameraNotCapableException} for a camera without ONVIF address; {@link CameraFailureException} when the
 * camera refuses or does not answer; {@link RecorderUnavailableException} when its recorder cannot be reached.
 *
 * <p>PTZ commands (presets, moves and stops alike) run in the caller's PTZ session on the camera
 * (docs/design/ptz-priority.md): each one takes or extends it, and while another operator's session runs a caller
 * with a lower PTZ priority gets {@link PtzSessionHeldException}, whose message names the holder and when the camera
 * frees. The caller is the authenticated user of the call, so clients pass no identity.
 */
@Local
public interface CameraControlService {

    /** Moves the camera to its PTZ preset {@code preset} (the preset's token, e.g. "2"). */
    void gotoPreset(String cameraId, String preset);

    /** Moves the camera continuously (velocities -1..1) for {@code move.seconds()}; all velocities 0 stop it. */
    void move(String cameraId, PtzMove move);

    /** The PTZ session running on the camera (who steers it, their priority, until when), if any. Needs PTZ. */
    Optional<PtzSession> ptzSession(String cameraId);

    /** Ends the caller's own PTZ session on the camera, so anyone may steer it at once; another's is left. Needs PTZ. */
    void releasePtzSession(String cameraId);

    /** Activates or deactivates the camera's relay output {@code output} (its token, e.g. "relay1"). */
    void setOutput(String cameraId, String output, Boolean active);
}
