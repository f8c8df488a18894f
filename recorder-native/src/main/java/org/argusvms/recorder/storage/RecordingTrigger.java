package org.argusvms.recorder.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts or extends a camera's triggered recording: in EVENT and MOTION mode the camera records its pre-buffer and
 * everything until its post-buffer after the trigger; in ALWAYS mode with idle recording KEYFRAMES it records every
 * frame for that time. Overlapping triggers extend each other. Thread-safe and quick (no I/O): a motion detector may
 * call it for every frame with motion.
 */
@FunctionalInterface
public interface RecordingTrigger {

    /** Who triggers: EVENT mode records on events only, MOTION mode on motion and events. */
    enum Source {
        /** An event, e.g. a rule of the event server (triggerRecording over the control protocol). */
        EVENT,
        /** The recorder's own motion detection. */
        MOTION
    }

    /**
     * @param lasting how long the triggering event lasts from now (zero for a moment); the post-buffer follows it
     * @return until when the camera records triggered, or empty if its recording mode ignores this trigger
     */
    Optional<Instant> trigger(Source source, String reason, Duration lasting);
}
