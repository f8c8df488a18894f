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
 * @param preBufferMaxBytes   memory a camera's pre-buffer may hold, whatever its configured seconds; the oldest
 *                            GOPs go first
 */
public record RecordingSettings(Duration segmentDuration, Duration maxFragmentDuration, int queueCapacity,
                                long preBufferMaxBytes) {

    /** 60 s of a 4 Mbit/s camera: the default pre-buffer bound per camera. */
    public static final long DEFAULT_PRE_BUFFER_MAX_BYTES = 32L << 20;

    public RecordingSettings {
        if (segmentDuration.compareTo(Duration.ofSeconds(1)) < 0 || maxFragmentDuration.isNegative()
                || maxFragmentDuration.isZero() || queueCapacity < 16 || preBufferMaxBytes < 0) {
            throw new IllegalArgumentException("segment >= 1 s, fragment > 0, queue >= 16 frames and pre-buffer >= 0"
                    + " bytes required");
        }
    }

    public RecordingSettings(Duration segmentDuration, Duration maxFragmentDuration, int queueCapacity) {
        this(segmentDuration, maxFragmentDuration, queueCapacity, DEFAULT_PRE_BUFFER_MAX_BYTES);
    }

    public static RecordingSettings defaults() {
        return new RecordingSettings(Duration.ofSeconds(60), Duration.ofSeconds(1), 2048);
    }
}
