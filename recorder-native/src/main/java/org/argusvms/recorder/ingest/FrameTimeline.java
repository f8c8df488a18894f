package org.argusvms.recorder.ingest;

import org.argusvms.recorder.h264.VideoFrame;

/**
 * Turns GStreamer buffer timestamps (nanoseconds, -1 when unknown) into a strictly increasing decode timeline in
 * {@link VideoFrame#TIMESCALE} ticks that stays continuous across reconnects. Cameras and RTSP sessions restart their
 * clocks, repeat timestamps or leave them out; consumers (MP4 fragments, browsers' Media Source) need decode times
 * that only move forward. Successive connections call it from different streaming threads, hence the locking.
 */
final class FrameTimeline {

    /** Assumed frame interval before two frames have been seen (25 fps). */
    static final int DEFAULT_FRAME_TICKS = VideoFrame.TIMESCALE / 25;
    private static final long UNKNOWN = -1;

    private long offsetTicks;
    private long lastDecodeTicks = UNKNOWN;
    private int lastDurationTicks = DEFAULT_FRAME_TICKS;
    private boolean rebaseNext = true;

    /** Decode time, presentation offset and duration estimate of one frame. */
    record Timing(long decodeTime, int compositionOffset, int durationHint) {
    }

    /** The next frame continues right after the previous one, whatever its source timestamps say (a reconnect). */
    synchronized void markDiscontinuity() {
        rebaseNext = true;
    }

    synchronized Timing next(long ptsNanos, long dtsNanos) {
        long rawDecode;
        if (dtsNanos >= 0) {
            rawDecode = toTicks(dtsNanos);
        } else if (ptsNanos >= 0) {
            rawDecode = toTicks(ptsNanos);
        } else {
            rawDecode = lastDecodeTicks == UNKNOWN ? 0 : lastDecodeTicks - offsetTicks + lastDurationTicks;
        }
        int compositionOffset = ptsNanos >= 0 && dtsNanos >= 0
                ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, toTicks(ptsNanos) - rawDecode)) : 0;
        long continuation = lastDecodeTicks == UNKNOWN ? 0 : lastDecodeTicks + lastDurationTicks;
        if (rebaseNext || rawDecode + offsetTicks <= lastDecodeTicks) {
            // source clock restarted or went backwards: continue one frame after the previous frame
            offsetTicks = continuation - rawDecode;
            rebaseNext = false;
        }
        long decode = rawDecode + offsetTicks;
        if (lastDecodeTicks != UNKNOWN) {
            long delta = decode - lastDecodeTicks;
            lastDurationTicks = (int) Math.min(Integer.MAX_VALUE, delta);
        }
        lastDecodeTicks = decode;
        return new Timing(decode, compositionOffset, lastDurationTicks);
    }

    /**
     * Where a source timestamp of the current connection lies on the timeline (the offset of its last video frame),
     * for audio; -1 before that connection's first video frame, when the offset is not known yet.
     */
    synchronized long placeOnTimeline(long sourceNanos) {
        if (rebaseNext || lastDecodeTicks == UNKNOWN) {
            return UNKNOWN;
        }
        return toTicks(sourceNanos) + offsetTicks;
    }

    static long toTicks(long nanos) {
        return nanos / 100_000 * 9 + (nanos % 100_000) * 9 / 100_000;
    }
}
