package org.argusvms.recorder.ingest.rtsp;

/**
 * Places audio RTP timestamps on the video's time line, so that recording and live can interleave the two tracks;
 * the ONVIF metadata track is placed the same way (with its own clock rate).
 * Each track has its own clock with a random origin; PLAY's RTP-Info names the RTP time of both at the same
 * instant, which ties them together (RFC 2326 12.33). The video receiver's time line counts from the video RTP time
 * taken as an unsigned number, so that is where the audio goes. Cameras that send no RTP-Info get their first
 * audio packet placed at the video time last delivered, which is off by at most the camera's own buffering.
 */
final class AudioClock {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RtpTimestamps audioTimestamps;
    private final int audioRate;
    /** Added to the audio track's own nanoseconds to give video time line nanoseconds, once placed. */
    private long originNanos;
    private boolean placed;
    private final long videoNanosAtReference;
    private final int audioReference;
    private final boolean anchored;

    private AudioClock(int audioRate, long videoNanosAtReference, int audioReference, boolean anchored) {
        this.audioRate = audioRate;
        this.audioTimestamps = new RtpTimestamps(audioRate);
        this.videoNanosAtReference = videoNanosAtReference;
        this.audioReference = audioReference;
        this.anchored = anchored;
    }

    /** Both tracks' RTP times at one instant, from RTP-Info. */
    static AudioClock fromRtpInfo(int videoRate, int videoRtpTime, int audioRate, int audioRtpTime) {
        long videoTicks = Integer.toUnsignedLong(videoRtpTime);
        long videoNanos = videoTicks / videoRate * NANOS_PER_SECOND + videoTicks % videoRate * NANOS_PER_SECOND / videoRate;
        return new AudioClock(audioRate, videoNanos, audioRtpTime, true);
    }

    /** No RTP-Info: the first audio packet is placed at the video time delivered last. */
    static AudioClock fromArrival(int audioRate) {
        return new AudioClock(audioRate, 0, 0, false);
    }

    /**
     * The audio RTP timestamp in video time line nanoseconds; -1 while it cannot be placed yet (no video delivered
     * and no RTP-Info).
     *
     * @param lastVideoNanos the video time delivered last, -1 before the first access unit
     */
    long toVideoNanos(int audioTimestamp, long lastVideoNanos) {
        long audioNanos = audioTimestamps.toNanos(audioTimestamp);
        if (!placed) {
            if (anchored) {
                // the first audio timestamp's offset from the reference, as a signed 32-bit RTP difference
                long ticksFromReference = audioTimestamp - audioReference;
                originNanos = videoNanosAtReference + ticksFromReference * NANOS_PER_SECOND / audioRate - audioNanos;
            } else if (lastVideoNanos >= 0) {
                originNanos = lastVideoNanos - audioNanos;
            } else {
                return -1;
            }
            placed = true;
        }
        return Math.max(0, originNanos + audioNanos);
    }
}
