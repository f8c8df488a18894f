package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.VideoCodec;

/**
 * Turns RTP payloads into NAL units in an {@link AccessUnitWriter}. H.264 (RFC 6184) and H.265 (RFC 7798) share
 * the scheme: a payload is one NAL unit, an aggregate of several (16-bit size before each), or a fragment of one
 * whose original header is rebuilt from the payload and fragment headers. Subclasses supply the header layouts.
 */
abstract class RtpDepacketizer {

    private static final int START = 0x80;
    private static final int END = 0x40;

    private boolean fragmentOpen;

    static RtpDepacketizer of(VideoCodec codec) {
        return codec == VideoCodec.H265 ? new H265Depacketizer() : new H264Depacketizer();
    }

    /**
     * Adds the NAL units of one payload, {@code payload[offset, offset + length)}.
     *
     * @return false if the payload is malformed or of an unsupported kind, or a fragment is missing its start:
     * the access unit is damaged
     */
    final boolean depacketize(byte[] payload, int offset, int length, AccessUnitWriter out) {
        if (length < payloadHeaderLength()) {
            return false;
        }
        int type = payloadType(payload, offset);
        if (type == fragmentationType()) {
            return fragment(payload, offset, length, out);
        }
        if (fragmentOpen) {
            fragmentOpen = false; // the fragmented NAL unit never got its end
            return false;
        }
        if (type == aggregationType()) {
            return aggregate(payload, offset + payloadHeaderLength(), length - payloadHeaderLength(), out);
        }
        if (isSingleNalUnit(type)) {
            out.appendNal(payload, offset, length);
            return true;
        }
        return !isUnsupported(type); // reserved types are ignored, as the RFCs ask
    }

    /** Forgets a fragment in progress (after packet loss). */
    final void reset() {
        fragmentOpen = false;
    }

    private static boolean aggregate(byte[] payload, int offset, int length, AccessUnitWriter out) {
        int position = offset;
        int end = offset + length;
        while (end - position >= 2) {
            int size = ((payload[position] & 0xFF) << 8) | (payload[position + 1] & 0xFF);
            position += 2;
            if (size == 0 || size > end - position) {
                return false;
            }
            out.appendNal(payload, position, size);
            position += size;
        }
        return position == end;
    }

    private boolean fragment(byte[] payload, int offset, int length, AccessUnitWriter out) {
        int fragmentHeader = offset + payloadHeaderLength();
        if (length <= payloadHeaderLength()) {
            return false;
        }
        int flags = payload[fragmentHeader] & 0xFF;
        if ((flags & START) != 0) {
            if (fragmentOpen) {
                fragmentOpen = false;
                return false;
            }
            out.beginNal();
            writeNalHeader(payload, offset, flags, out);
            fragmentOpen = true;
        } else if (!fragmentOpen) {
            return false;
        }
        out.append(payload, fragmentHeader + 1, offset + length - fragmentHeader - 1);
        if ((flags & END) != 0) {
            out.endNal();
            fragmentOpen = false;
        }
        return true;
    }

    abstract int payloadHeaderLength();

    abstract int payloadType(byte[] payload, int offset);

    abstract int aggregationType();

    abstract int fragmentationType();

    abstract boolean isSingleNalUnit(int type);

    /** Defined by the RFC but not depacketized here: their content would be lost. */
    abstract boolean isUnsupported(int type);

    /** Writes the fragmented NAL unit's original header, from the payload header and the fragment header. */
    abstract void writeNalHeader(byte[] payload, int offset, int fragmentHeader, AccessUnitWriter out);
}
