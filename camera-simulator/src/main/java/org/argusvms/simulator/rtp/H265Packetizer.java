package org.argusvms.simulator.rtp;

import java.util.ArrayList;
import java.util.List;

import org.argusvms.simulator.h265.H265Clip;
import org.argusvms.simulator.h265.HevcNalUnit;

/**
 * RFC 7798 packetization without DONL (sprop-max-don-diff 0): a NAL unit that fits goes into a single NAL unit
 * packet, a larger one is cut into fragmentation units (type 49). The last packet of an access unit carries the
 * marker bit.
 */
public final class H265Packetizer {

    static final int FU_TYPE = 49;
    private static final int FU_HEADER_SIZE = 3;

    private final int maxPayloadSize;

    public H265Packetizer() {
        this(H264Packetizer.DEFAULT_MAX_PAYLOAD_SIZE);
    }

    public H265Packetizer(int maxPayloadSize) {
        if (maxPayloadSize <= FU_HEADER_SIZE) {
            throw new IllegalArgumentException("max RTP payload size must exceed the FU headers, got " + maxPayloadSize);
        }
        this.maxPayloadSize = maxPayloadSize;
    }

    public PacketizedAccessUnit packetize(List<HevcNalUnit> accessUnit) {
        List<RtpPayload> payloads = new ArrayList<>();
        for (int i = 0; i < accessUnit.size(); i++) {
            addNalUnit(accessUnit.get(i), i == accessUnit.size() - 1, payloads);
        }
        return new PacketizedAccessUnit(payloads, H265Clip.isIrap(accessUnit));
    }

    private void addNalUnit(HevcNalUnit nal, boolean lastOfAccessUnit, List<RtpPayload> payloads) {
        byte[] nalBytes = nal.bytes();
        if (nalBytes.length <= maxPayloadSize) {
            payloads.add(new RtpPayload(nalBytes, lastOfAccessUnit));
            return;
        }
        // The payload header is the NAL header with type 49: F bit, layer id and temporal id stay.
        byte[] payloadHeader = {(byte) ((nalBytes[0] & 0x81) | (FU_TYPE << 1)), nalBytes[1]};
        FragmentationUnits.fragment(nalBytes, 2, payloadHeader, nal.type(), maxPayloadSize, lastOfAccessUnit,
                payloads);
    }
}
