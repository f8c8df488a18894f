package org.argusvms.recorder.ingest.rtsp;

/**
 * RFC 6184 packetization modes 0 and 1: single NAL unit packets (types 1..23), STAP-A (24) and FU-A (28). The
 * interleaved mode's STAP-B, MTAP and FU-B (25, 26, 27, 29) are refused.
 */
final class H264Depacketizer extends RtpDepacketizer {

    static final int STAP_A = 24;
    static final int FU_A = 28;

    @Override
    int payloadHeaderLength() {
        return 1;
    }

    @Override
    int payloadType(byte[] payload, int offset) {
        return payload[offset] & 0x1F;
    }

    @Override
    int aggregationType() {
        return STAP_A;
    }

    @Override
    int fragmentationType() {
        return FU_A;
    }

    @Override
    boolean isSingleNalUnit(int type) {
        return type >= 1 && type <= 23;
    }

    @Override
    boolean isUnsupported(int type) {
        return type >= 25 && type <= 29;
    }

    /** F and NRI from the FU indicator, the type from the FU header. */
    @Override
    void writeNalHeader(byte[] payload, int offset, int fragmentHeader, AccessUnitWriter out) {
        out.append((byte) ((payload[offset] & 0xE0) | (fragmentHeader & 0x1F)));
    }
}
