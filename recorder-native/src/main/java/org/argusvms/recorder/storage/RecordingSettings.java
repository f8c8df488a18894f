package org.argusvms.recorder.storage;

import java.time.Duration;

/**
 * How recordings are cut.
 *
 * @param segmentDuration     a new file starts at the first keyframe after this much video
 * @param maxFragmentDuration a fragment (the unit forced to disk) is closed at every keyframe or after this much
 *                            video, which bounds what a crash can lose
 * @param queueCapacity       frames waiting for the writer thread; beyond this, frames are dropped up to the next
 *                            keyframe rather than blocking the camera's streaming thread
 */
public record RecordingSettings(Duration segmentDuration, Duration maxFragmentDuration, int queueCapacity) {

    public RecordingSettings {
        if (segmentDuration.compareTo(Duration.ofSeconds(1)) < 0 || maxFragmentDuration.isNegative()
                || maxFragmentDuration.isZero() || queueCapacity < 16) {
            throw new IllegalArgumentException("segment >= 1 s, fragment > 0 and queue >= 16 frames required");
        }
    }

    public static RecordingSettings defaults() {
        return new RecordingSettings(Duration.ofSeconds(60), Duration.ofSeconds(1), 2048);
    }
}
