package org.argusvms.recorder.ingest.rtsp;

import java.util.ArrayList;
import java.util.List;

/**
 * The latest parameter set of each kind a connection has seen, first from the SDP, then in band. A key frame that
 * comes without them gets them prepended, so that every key frame starts a decodable access unit, as h264parse
 * config-interval=-1 did for the GStreamer path.
 */
final class ParameterSetMemory {

    private final NalSyntax syntax;
    private final byte[][] latest;

    ParameterSetMemory(NalSyntax syntax, List<byte[]> outOfBand) {
        this.syntax = syntax;
        this.latest = new byte[syntax.parameterSetTypes().length][];
        for (byte[] set : outOfBand) {
            if (set.length >= syntax.headerLength()) {
                remember(set);
            }
        }
    }

    /** Keeps the NAL unit (not copied: the caller hands over its own array) if it is a parameter set. */
    void remember(byte[] nal) {
        int index = syntax.parameterSetIndex(syntax.type(nal, 0));
        if (index >= 0) {
            latest[index] = nal;
        }
    }

    /**
     * Every remembered set in decoding order if any bit of the complete set is clear in {@code presentMask}, else
     * none. All of them, not just the missing ones: a PPS prepended alone would come before the SPS it refers to;
     * repeating a set the access unit carries itself is harmless.
     */
    List<byte[]> prefixFor(int presentMask) {
        if (presentMask == (1 << latest.length) - 1) {
            return List.of();
        }
        List<byte[]> prefix = new ArrayList<>(latest.length);
        for (byte[] set : latest) {
            if (set != null) {
                prefix.add(set);
            }
        }
        return prefix;
    }
}
