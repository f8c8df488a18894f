package org.argusvms.management.application;

import jakarta.ejb.Local;

/**
 * Operators steering cameras: PTZ (right PTZ) and relay outputs (right OUTPUT), carried out by the camera's recorder
 * over ONVIF (docs/design/onvif.md). Every call checks the caller's right on the camera and is audited.
 *
 * <p>Failures, all leaving the camera as it was: {@link NotFoundException} for a camera that does not exist or that
 * the caller may not see; {@link AccessDeniedException} for one they see without the right (audited);
 * {@link ValidationException} for bad input or a preset/output the camera does not know;
 * {@link CameraNotCapableException} for a camera without ONVIF address; {@link CameraFailureException} when the
 * camera refuses or does not answer; {@link RecorderUnavailableException} when its recorder cannot be reached.
 */
@Local
public interface CameraControlService {

    /** Moves the camera to its PTZ preset {@code preset} (the preset's token, e.g. "2"). */
    void gotoPreset(String cameraId, String preset);

    /** Moves the camera continuously (velocities -1..1) for {@code move.seconds()}; all velocities 0 stop it. */
    void move(String cameraId, PtzMove move);

    /** Activates or deactivates the camera's relay output {@code output} (its token, e.g. "relay1"). */
    void setOutput(String cameraId, String output, Boolean active);
}
