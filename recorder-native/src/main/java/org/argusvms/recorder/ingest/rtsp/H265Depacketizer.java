package org.argusvms.recorder.ingest.rtsp;

/**
 * RFC 7798 without decoding order numbers (sprop-max-don-diff 0): single NAL unit packets (types 0..47),
 * aggregation packets (48) and fragmentation units (49). PACI packets (50) are refused.
 */
final class H265Depacketizer extends RtpDepacketizer {

    static final int AGGREGATION_PACKET = 48;
    static final int FRAGMENTATION_UNIT = 49;
    private static final int PACI = 50;

    @Override
    int payloadHeaderLength() {
        return 2;
    }

    @Override
    int payloadType(byte[] payload, int offset) {
        return (payload[offset] >> 1) & 0x3F;
    }

    @Override
    int aggregationType() {
        return AGGREGATION_PACKET;
    }

    @Override
    int fragmentationType() {
        return FRAGMENTATION_UNIT;
    }

    @Override
    boolean isSingleNalUnit(int type) {
        return type <= 47;
    }

    @Override
    boolean isUnsupported(int type) {
        return type == PACI;
    }

    /** F bit and layer id from the payload header, the type from the FU header, then the second header byte. */
    @Override
    void writeNalHeader(byte[] payload, int offset, int fragmentHeader, AccessUnitWriter out) {
        out.append((byte) ((payload[offset] & 0x81) | ((fragmentHeader & 0x3F) << 1)));
        out.append(payload[offset + 1]);
    }
}
