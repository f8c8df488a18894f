package org.argusvms.recorder.motion;

import java.time.Instant;

/**
 * Told about motion of a camera beyond the {@code motion.started}/{@code motion.stopped} events, e.g. the recording
 * trigger of MOTION recording mode. Called on the camera's motion analysis thread: must be quick and not block.
 */
@FunctionalInterface
public interface MotionListener {

    MotionListener NONE = (cameraId, at) -> { };

    /**
     * An analysed picture showed motion in the include region while motion is active, from the picture that started
     * it on; each call extends the motion until {@code at}.
     */
    void motionSeen(String cameraId, Instant at);
}
