package org.argusvms.simulator.rtp;

import java.util.ArrayList;
import java.util.List;

import org.argusvms.simulator.h264.AccessUnit;
import org.argusvms.simulator.h264.NalUnit;

/**
 * RFC 6184 packetization mode 1 (non-interleaved): a NAL unit that fits goes into a single NAL unit packet, a larger
 * one is cut into FU-A fragments. The last packet of an access unit carries the marker bit.
 */
public final class H264Packetizer {

    /** Keeps IP + UDP + RTP + payload under a 1500-byte Ethernet MTU. */
    public static final int DEFAULT_MAX_PAYLOAD_SIZE = 1400;

    static final int FU_A_TYPE = 28;
    private static final int FU_A_HEADER_SIZE = 2;

    private final int maxPayloadSize;

    public H264Packetizer() {
        this(DEFAULT_MAX_PAYLOAD_SIZE);
    }

    public H264Packetizer(int maxPayloadSize) {
        if (maxPayloadSize <= FU_A_HEADER_SIZE) {
            throw new IllegalArgumentException("max RTP payload size must exceed the FU-A header, got " + maxPayloadSize);
        }
        this.maxPayloadSize = maxPayloadSize;
    }

    public PacketizedAccessUnit packetize(AccessUnit accessUnit) {
        List<RtpPayload> payloads = new ArrayList<>();
        List<NalUnit> nalUnits = accessUnit.nalUnits();
        for (int i = 0; i < nalUnits.size(); i++) {
            addNalUnit(nalUnits.get(i), i == nalUnits.size() - 1, payloads);
        }
        return new PacketizedAccessUnit(payloads, accessUnit.isIdr());
    }

    private void addNalUnit(NalUnit nal, boolean lastOfAccessUnit, List<RtpPayload> payloads) {
        byte[] nalBytes = nal.bytes();
        if (nalBytes.length <= maxPayloadSize) {
            payloads.add(new RtpPayload(nalBytes, lastOfAccessUnit));
            return;
        }
        // The FU indicator keeps the F and NRI bits of the NAL header; the FU header carries its type.
        byte[] fuIndicator = {(byte) ((nalBytes[0] & 0xE0) | FU_A_TYPE)};
        FragmentationUnits.fragment(nalBytes, 1, fuIndicator, nal.type(), maxPayloadSize, lastOfAccessUnit, payloads);
    }
}
