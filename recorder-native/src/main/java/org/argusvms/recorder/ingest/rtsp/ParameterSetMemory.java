package org.argusvms.recorder.ingest.rtsp;

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
                remember(set, 0, set.length);
            }
        }
    }

    /** Keeps a copy of the parameter set NAL unit {@code nal[offset, offset + length)}, if it is one. */
    void remember(byte[] nal, int offset, int length) {
        int index = syntax.parameterSetIndex(syntax.type(nal, offset));
        if (index >= 0) {
            byte[] copy = new byte[length];
            System.arraycopy(nal, offset, copy, 0, length);
            latest[index] = copy;
        }
    }

    /**
     * Annex-B bytes of every remembered set in decoding order if any bit of the complete set is clear in
     * {@code presentMask}, else nothing. All of them, not just the missing ones: a PPS prepended alone would come
     * before the SPS it refers to; repeating a set the access unit carries itself is harmless.
     */
    byte[] prefixFor(int presentMask) {
        if (presentMask == (1 << latest.length) - 1) {
            return new byte[0];
        }
        int length = 0;
        for (byte[] set : latest) {
            length += set == null ? 0 : AccessUnitWriter.START_CODE.length + set.length;
        }
        byte[] prefix = new byte[length];
        int position = 0;
        for (byte[] set : latest) {
            if (set != null) {
                System.arraycopy(AccessUnitWriter.START_CODE, 0, prefix, position, AccessUnitWriter.START_CODE.length);
                position += AccessUnitWriter.START_CODE.length;
                System.arraycopy(set, 0, prefix, position, set.length);
                position += set.length;
            }
        }
        return prefix;
    }
}
