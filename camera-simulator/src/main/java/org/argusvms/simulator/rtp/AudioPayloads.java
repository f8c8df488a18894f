package org.argusvms.simulator.rtp;

import java.util.List;

/** RTP payloads of audio: RFC 3640 AAC-hbr (several access units per packet) and RFC 3551 G.711. */
public final class AudioPayloads {

    /** AAC-hbr: 13-bit AU size and 3-bit AU-Index (-Delta), which is 0 for consecutive access units. */
    static final int SIZE_LENGTH_BITS = 13;
    private static final int MAX_AU_SIZE = (1 << SIZE_LENGTH_BITS) - 1;

    private AudioPayloads() {
    }

    /** One packet carrying these complete AAC frames, in order (mode=AAC-hbr, sizelength=13, indexlength=3). */
    public static byte[] aacHbr(List<byte[]> accessUnits) {
        int headerBytes = 2 * accessUnits.size();
        int size = 2 + headerBytes + accessUnits.stream().mapToInt(unit -> unit.length).sum();
        byte[] payload = new byte[size];
        int headerBits = 16 * accessUnits.size();
        payload[0] = (byte) (headerBits >> 8);
        payload[1] = (byte) headerBits;
        int header = 2;
        int data = 2 + headerBytes;
        for (byte[] unit : accessUnits) {
            if (unit.length > MAX_AU_SIZE) {
                throw new IllegalArgumentException("AAC frame of " + unit.length + " bytes exceeds sizelength=13");
            }
            int value = unit.length << 3; // AU-Index / AU-Index-Delta 0
            payload[header++] = (byte) (value >> 8);
            payload[header++] = (byte) value;
            System.arraycopy(unit, 0, payload, data, unit.length);
            data += unit.length;
        }
        return payload;
    }
}
