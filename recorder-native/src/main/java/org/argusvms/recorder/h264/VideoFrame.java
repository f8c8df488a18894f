package org.argusvms.recorder.h264;

/**
 * One decodable picture ready for MP4: the length-prefixed sample, its decode time and presentation offset in
 * {@link #TIMESCALE} ticks, whether it is a sync sample, and the parameter sets it must be decoded with. Instances
 * are immutable and shared by storage and live viewers, so the sample bytes are never copied per consumer.
 *
 * @param durationHint the best duration known when the frame arrives (the previous frame interval); storage
 *                     replaces it with the exact interval once the next frame is known, live streaming uses it as is
 * @param receivedAtEpochMillis wall-clock arrival, which anchors the stream time of recordings to real time
 */
public record VideoFrame(byte[] sample, long decodeTime, int compositionOffset, int durationHint, boolean keyframe,
                         ParameterSets parameterSets, long receivedAtEpochMillis) {

    /** 90 kHz, the RTP clock rate of H.264, so RTP timestamps map to sample times without rounding. */
    public static final int TIMESCALE = 90_000;
}
