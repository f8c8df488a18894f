package org.argusvms.simulator.rtp;

import java.util.List;

/**
 * Cuts a NAL unit too large for one RTP packet into fragmentation units, the same way for H.264 (FU-A, RFC 6184
 * 5.8) and H.265 (FU, RFC 7798 4.4.3): each fragment is a payload header standing in for the NAL header, an FU
 * header with start and end bits and the NAL unit type, and the next part of the NAL unit after its own header,
 * which the receiver rebuilds from those two.
 */
final class FragmentationUnits {

    private static final int START_BIT = 0x80;
    private static final int END_BIT = 0x40;

    private FragmentationUnits() {
    }

    static void fragment(byte[] nal, int nalHeaderSize, byte[] payloadHeader, int nalType, int maxPayloadSize,
                         boolean lastOfAccessUnit, List<RtpPayload> payloads) {
        int headerSize = payloadHeader.length + 1;
        int fragmentCapacity = maxPayloadSize - headerSize;
        for (int offset = nalHeaderSize; offset < nal.length; offset += fragmentCapacity) {
            int length = Math.min(fragmentCapacity, nal.length - offset);
            boolean first = offset == nalHeaderSize;
            boolean last = offset + length == nal.length;
            byte[] fragment = new byte[headerSize + length];
            System.arraycopy(payloadHeader, 0, fragment, 0, payloadHeader.length);
            fragment[payloadHeader.length] = (byte) ((first ? START_BIT : 0) | (last ? END_BIT : 0) | nalType);
            System.arraycopy(nal, offset, fragment, headerSize, length);
            payloads.add(new RtpPayload(fragment, last && lastOfAccessUnit));
        }
    }
}
