package org.argusvms.recorder.ingest.rtsp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What the recorder tells a camera about one RTP stream it receives over UDP (RFC 3550 section 6.4.2): a compound
 * RTCP packet of a receiver report with one report block and an SDES CNAME, which RFC 3550 requires in every compound
 * packet. Cameras that end sessions whose receivers fall silent keep sending as long as these arrive, and the
 * figures (loss, jitter, round trip via LSR/DLSR) are what camera-side tools show. Also reads the camera's sender
 * reports, whose NTP time the next receiver report echoes.
 */
final class RtcpReceiverReport {

    private static final int VERSION_BITS = 0x80;
    private static final int SENDER_REPORT = 200;
    private static final int RECEIVER_REPORT = 201;
    private static final int SOURCE_DESCRIPTION = 202;
    private static final int CNAME = 1;

    private RtcpReceiverReport() {
    }

    /** One report block's figures; {@code extendedHighest} counts sequence wraps in its upper 16 bits. */
    record Figures(int receiverSsrc, int senderSsrc, int fractionLost, long cumulativeLost, long extendedHighest,
                   long jitter, int lastSenderReport, int delaySinceLastSenderReport) {
    }

    /** The compound packet: RR with one block, then SDES with the CNAME. */
    static byte[] build(Figures figures, String cname) {
        byte[] name = cname.getBytes(StandardCharsets.US_ASCII);
        int nameLength = Math.min(name.length, 255);
        // SDES chunk: SSRC, CNAME item (type, length, text), end item, padded to 32 bits
        int chunkBytes = 4 + 2 + nameLength + 1;
        chunkBytes += (4 - chunkBytes % 4) % 4;
        ByteBuffer packet = ByteBuffer.allocate(32 + 4 + chunkBytes);
        packet.put((byte) (VERSION_BITS | 1)).put((byte) RECEIVER_REPORT).putShort((short) 7)
                .putInt(figures.receiverSsrc())
                .putInt(figures.senderSsrc())
                .putInt((figures.fractionLost() & 0xFF) << 24 | (int) clamp(figures.cumulativeLost(), 0x7FFFFF)
                        & 0xFFFFFF)
                .putInt((int) figures.extendedHighest())
                .putInt((int) figures.jitter())
                .putInt(figures.lastSenderReport())
                .putInt(figures.delaySinceLastSenderReport());
        packet.put((byte) (VERSION_BITS | 1)).put((byte) SOURCE_DESCRIPTION).putShort((short) (chunkBytes / 4))
                .putInt(figures.receiverSsrc())
                .put((byte) CNAME).put((byte) nameLength).put(name, 0, nameLength);
        return packet.array(); // the end item and padding are the zeros left
    }

    /**
     * The middle 32 bits of the NTP time of a sender report that starts {@code packet[offset, offset + length)}, or
     * empty (-1) when it is not one: the LSR field of the next receiver report.
     */
    static long senderReportTime(byte[] packet, int offset, int length) {
        if (length < 28 || (packet[offset] & 0xC0) != VERSION_BITS || (packet[offset + 1] & 0xFF) != SENDER_REPORT) {
            return -1;
        }
        return ((packet[offset + 10] & 0xFFL) << 24) | ((packet[offset + 11] & 0xFFL) << 16)
                | ((packet[offset + 12] & 0xFFL) << 8) | (packet[offset + 13] & 0xFFL);
    }

    private static long clamp(long value, long max) {
        return Math.max(0, Math.min(max, value));
    }
}
