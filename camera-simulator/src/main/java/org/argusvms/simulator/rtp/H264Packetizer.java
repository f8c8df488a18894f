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
    private static final int START_BIT = 0x80;
    private static final int END_BIT = 0x40;

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
        // The FU indicator keeps the F and NRI bits of the NAL header; the FU header carries its type. The NAL header
        // byte itself is not repeated: the receiver rebuilds it from these two.
        byte fuIndicator = (byte) ((nalBytes[0] & 0xE0) | FU_A_TYPE);
        int nalType = nal.type();
        int fragmentCapacity = maxPayloadSize - FU_A_HEADER_SIZE;
        for (int offset = 1; offset < nalBytes.length; offset += fragmentCapacity) {
            int length = Math.min(fragmentCapacity, nalBytes.length - offset);
            boolean first = offset == 1;
            boolean last = offset + length == nalBytes.length;
            byte[] fragment = new byte[FU_A_HEADER_SIZE + length];
            fragment[0] = fuIndicator;
            fragment[1] = (byte) ((first ? START_BIT : 0) | (last ? END_BIT : 0) | nalType);
            System.arraycopy(nalBytes, offset, fragment, FU_A_HEADER_SIZE, length);
            payloads.add(new RtpPayload(fragment, last && lastOfAccessUnit));
        }
    }
}
