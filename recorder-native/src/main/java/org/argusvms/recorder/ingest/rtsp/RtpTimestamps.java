package org.argusvms.recorder.ingest.rtsp;

/**
 * Extends 32-bit RTP timestamps to a 64-bit count across wrap-arounds (a 90 kHz clock wraps every 13 hours) and
 * converts them to nanoseconds. Successive timestamps are taken to be less than half the 32-bit range apart.
 */
final class RtpTimestamps {

    private final long clockRate;
    private boolean started;
    private int last;
    private long extended;

    RtpTimestamps(int clockRate) {
        this.clockRate = clockRate;
    }

    /** The timestamp in nanoseconds on a time line that starts at the first timestamp's own value. */
    long toNanos(int timestamp) {
        if (!started) {
            started = true;
            extended = Integer.toUnsignedLong(timestamp);
        } else {
            extended += timestamp - last; // signed 32-bit difference: wraps forward and small steps back
        }
        last = timestamp;
        long ticks = Math.max(0, extended);
        return ticks / clockRate * 1_000_000_000L + ticks % clockRate * 1_000_000_000L / clockRate;
    }
}
