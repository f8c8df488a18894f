package org.argusvms.recorder.ingest;

import org.argusvms.recorder.codec.CodedAccessUnit;
import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.AccessUnit;
import org.argusvms.recorder.h264.MalformedBitstreamException;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.h265.HevcAccessUnit;

/**
 * Builds {@link VideoFrame}s from the H.264 or H.265 access units of one camera connection. Until the first keyframe
 * that comes with its parameter sets nothing is decodable, so those access units are discarded; parameter-set changes are taken
 * only at keyframes, where a decoder (and a new init segment) can start.
 */
public final class FrameAssembler {

    private final FrameTimeline timeline;
    private VideoCodec codec = VideoCodec.H264;
    private ParameterSets parameterSets;
    private boolean keyframeSeen;

    FrameAssembler(FrameTimeline timeline) {
        this.timeline = timeline;
    }

    /** An assembler with a timeline of its own, for a stream that is not a camera connection (a transcode). */
    public FrameAssembler() {
        this(new FrameTimeline());
    }

    /** The codec the connection announced; H.264 unless called. Forgets parameter sets of another codec. */
    void codec(VideoCodec announced) {
        if (announced != codec) {
            codec = announced;
            parameterSets = null;
            keyframeSeen = false;
        }
    }

    /**
     * Returns the frame, or null for an access unit that carries no picture or is not decodable yet.
     *
     * @throws MalformedBitstreamException if the access unit's parameter sets cannot be parsed
     */
    public VideoFrame assemble(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe, long receivedAtEpochMillis) {
        return assemble(codec == VideoCodec.H265 ? HevcAccessUnit.parseAnnexB(annexB) : AccessUnit.parseAnnexB(annexB),
                ptsNanos, dtsNanos, keyframe, receivedAtEpochMillis);
    }

    /** The same for an access unit already split (its codec is the connection's). */
    public VideoFrame assemble(CodedAccessUnit accessUnit, long ptsNanos, long dtsNanos, boolean keyframe,
                               long receivedAtEpochMillis) {
        if (keyframe || parameterSets == null) {
            ParameterSets candidate = accessUnit.parameterSets();
            if (candidate != null && !candidate.equals(parameterSets)) {
                parameterSets = candidate;
            }
        }
        if (!accessUnit.hasPicture() || parameterSets == null || !(keyframeSeen || keyframe)) {
            return null;
        }
        keyframeSeen = true;
        FrameTimeline.Timing timing = timeline.next(ptsNanos, dtsNanos);
        return new VideoFrame(accessUnit.toLengthPrefixedSample(), timing.decodeTime(), timing.compositionOffset(),
                timing.durationHint(), keyframe, parameterSets, receivedAtEpochMillis);
    }

    ParameterSets parameterSets() {
        return parameterSets;
    }
}
