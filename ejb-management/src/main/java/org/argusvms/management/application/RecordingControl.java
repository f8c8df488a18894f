package org.argusvms.management.application;

import jakarta.ejb.Local;

/**
 * Starts and stops a camera's recording on behalf of a server component that acts for no user (the rule system):
 * the camera's recording mode is stored and pushed to its recorder, exactly as an administrator's change would be.
 * No caller rights are checked; the calling component is responsible for having been configured by an administrator.
 */
@Local
public interface RecordingControl {

    /**
     * @return true if the recorder took the change; false if it could not be reached (the stored mode reaches it when
     *         it next registers)
     * @throws NotFoundException if the camera does not exist
     * @throws ValidationException if the recorder refused the configuration; nothing is changed then
     */
    boolean startRecording(String cameraId);

    /** Like {@link #startRecording}, switching recording off. */
    boolean stopRecording(String cameraId);
}
