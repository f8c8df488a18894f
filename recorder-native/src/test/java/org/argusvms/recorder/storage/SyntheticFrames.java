package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;

import java.time.Instant;

/**
 * Frames of a 25 fps stream with a keyframe every {@link #GOP} frames, numbered from 0, for tests that look only at
 * timing, keyframes and sizes, not at the pictures.
 */
final class SyntheticFrames {

    static final int GOP = 25;
    static final int FRAME_TICKS = VideoFrame.TIMESCALE / 25;
    static final int FRAME_MILLIS = 40;
    static final Instant START = Instant.parse("2026-01-10T08:00:00Z");
    static final int KEYFRAME_BYTES = 5_000;
    static final int FRAME_BYTES = 1_000;

    private SyntheticFrames() {
    }

    static VideoFrame frame(int number) {
        boolean keyframe = number % GOP == 0;
        return new VideoFrame(new byte[keyframe ? KEYFRAME_BYTES : FRAME_BYTES], (long) number * FRAME_TICKS, 0,
                FRAME_TICKS, keyframe, null, START.toEpochMilli() + (long) number * FRAME_MILLIS);
    }

    static int number(VideoFrame frame) {
        return (int) (frame.decodeTime() / FRAME_TICKS);
    }
}
