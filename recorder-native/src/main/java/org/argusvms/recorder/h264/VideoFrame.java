package org.argusvms.recorder.h264;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

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

    /** 90 kHz, the RTP clock rate of H.264 and H.265, so RTP timestamps map to sample times without rounding. */
    public static final int TIMESCALE = 90_000;

    private static final byte[] START_CODE = {0, 0, 0, 1};

    /**
     * The frame as a decoder's byte stream: the parameter sets before a key frame (so decoding can start there), and
     * every NAL unit of the sample behind a start code. A malformed sample yields what came before the damage.
     */
    public byte[] toAnnexB() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sample.length + 64);
        if (keyframe && parameterSets != null) {
            for (byte[] parameterSet : parameterSets.inBandNals()) {
                out.writeBytes(START_CODE);
                out.writeBytes(parameterSet);
            }
        }
        ByteBuffer nalUnits = ByteBuffer.wrap(sample);
        while (nalUnits.remaining() >= 4) {
            int length = nalUnits.getInt();
            if (length <= 0 || length > nalUnits.remaining()) {
                break;
            }
            out.writeBytes(START_CODE);
            out.write(sample, nalUnits.position(), length);
            nalUnits.position(nalUnits.position() + length);
        }
        return out.toByteArray();
    }
}
