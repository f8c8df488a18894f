package org.argusvms.recorder.ingest;

import org.argusvms.recorder.h264.AccessUnit;
import org.argusvms.recorder.h264.MalformedBitstreamException;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;

import java.util.List;

/**
 * Builds {@link VideoFrame}s from the access units of one camera connection. Until the first keyframe that comes
 * with its SPS and PPS nothing is decodable, so those access units are discarded; parameter-set changes are taken
 * only at keyframes, where a decoder (and a new init segment) can start.
 */
final class FrameAssembler {

    private final FrameTimeline timeline;
    private ParameterSets parameterSets;
    private boolean keyframeSeen;

    FrameAssembler(FrameTimeline timeline) {
        this.timeline = timeline;
    }

    /**
     * Returns the frame, or null for an access unit that carries no picture or is not decodable yet.
     *
     * @throws MalformedBitstreamException if the access unit's parameter sets cannot be parsed
     */
    VideoFrame assemble(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe, long receivedAtEpochMillis) {
        AccessUnit accessUnit = AccessUnit.parseAnnexB(annexB);
        if (keyframe || parameterSets == null) {
            byte[] sps = accessUnit.sequenceParameterSet();
            List<byte[]> ppsList = accessUnit.pictureParameterSets();
            if (sps != null && !ppsList.isEmpty()) {
                ParameterSets candidate = new ParameterSets(sps, ppsList);
                if (!candidate.equals(parameterSets)) {
                    parameterSets = candidate;
                }
            }
        }
        if (!accessUnit.hasSlice() || parameterSets == null || !(keyframeSeen || keyframe)) {
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
