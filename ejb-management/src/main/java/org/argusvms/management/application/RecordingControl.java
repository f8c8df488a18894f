package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.time.Instant;
import java.util.Optional;

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

    /**
     * Tells the camera's recorder that an event concerning the camera happens now and lasts {@code seconds}: a camera
     * in EVENT or MOTION mode records its pre-buffer, the event and its post-buffer; one in ALWAYS with idle recording
     * KEYFRAMES records every frame for that time. Nothing is stored: the recorder carries it out or it does not
     * happen (a recorder offline now cannot record the past).
     *
     * @param seconds how long the event lasts, 0..3600 (0: a moment)
     * @param reason  shown in the recorder's recording-started event, e.g. the rule's name (at most 200 characters)
     * @return until when the camera records triggered; empty if its mode ignores triggers (OFF)
     * @throws NotFoundException if the camera does not exist
     * @throws ValidationException if the recorder refused the arguments
     * @throws RecorderUnavailableException if the recorder could not be reached or does not have the camera yet
     */
    Optional<Instant> triggerRecording(String cameraId, int seconds, String reason);
}
