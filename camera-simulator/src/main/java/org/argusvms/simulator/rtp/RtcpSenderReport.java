package org.argusvms.simulator.rtp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Encodes the RTCP compound packet a sender emits (RFC 3550 section 6.4.1 and 6.5): a sender report without
 * reception blocks, followed by an SDES chunk with the mandatory CNAME. Receivers use the report to map RTP
 * timestamps to wall-clock (NTP) time.
 */
public final class RtcpSenderReport {

    /** Seconds from the NTP epoch (1900) to the Unix epoch (1970). */
    static final long NTP_UNIX_EPOCH_OFFSET_SECONDS = 2_208_988_800L;

    private static final int VERSION_2 = 0x80;
    private static final int PACKET_TYPE_SENDER_REPORT = 200;
    private static final int PACKET_TYPE_SOURCE_DESCRIPTION = 202;
    private static final int SDES_ITEM_CNAME = 1;
    private static final int SENDER_REPORT_SIZE = 28;

    private RtcpSenderReport() {
    }

    public static byte[] encode(int ssrc, Instant wallClock, int rtpTimestamp, long packetCount, long octetCount,
                                String cname) {
        byte[] cnameBytes = cname.getBytes(StandardCharsets.UTF_8);
        if (cnameBytes.length > 255) {
            throw new IllegalArgumentException("CNAME longer than 255 bytes");
        }
        // SDES chunk: SSRC, CNAME item (type, length, text), a terminating zero item, padded to 32 bits.
        int chunkSize = roundUpToWord(4 + 2 + cnameBytes.length + 1);
        int sdesSize = 4 + chunkSize;
        ByteBuffer packet = ByteBuffer.allocate(SENDER_REPORT_SIZE + sdesSize);

        packet.put((byte) VERSION_2).put((byte) PACKET_TYPE_SENDER_REPORT).putShort((short) (SENDER_REPORT_SIZE / 4 - 1));
        packet.putInt(ssrc);
        packet.putInt((int) (wallClock.getEpochSecond() + NTP_UNIX_EPOCH_OFFSET_SECONDS));
        packet.putInt((int) (((long) wallClock.getNano() << 32) / 1_000_000_000L));
        packet.putInt(rtpTimestamp);
        // Both counters wrap modulo 2^32 by definition.
        packet.putInt((int) packetCount);
        packet.putInt((int) octetCount);

        packet.put((byte) (VERSION_2 | 1)).put((byte) PACKET_TYPE_SOURCE_DESCRIPTION).putShort((short) (sdesSize / 4 - 1));
        packet.putInt(ssrc);
        packet.put((byte) SDES_ITEM_CNAME).put((byte) cnameBytes.length).put(cnameBytes);
        // the remaining bytes are already zero: end-of-items marker and padding
        return packet.array();
    }

    private static int roundUpToWord(int size) {
        return (size + 3) & ~3;
    }
}
