package org.argusvms.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/** Reads the RTP and RTCP fields tests check. */
final class RtpView {

    private RtpView() {
    }

    static int sequenceNumber(byte[] rtp) {
        return ByteBuffer.wrap(rtp).getShort(2) & 0xFFFF;
    }

    static int timestamp(byte[] rtp) {
        return ByteBuffer.wrap(rtp).getInt(4);
    }

    static int ssrc(byte[] rtp) {
        return ByteBuffer.wrap(rtp).getInt(8);
    }

    static int payloadType(byte[] rtp) {
        return rtp[1] & 0x7F;
    }

    /** The type of the NAL unit a packet carries, looking through FU-A fragmentation. */
    static int nalType(byte[] rtp) {
        int type = rtp[12] & 0x1F;
        return type == 28 ? rtp[13] & 0x1F : type;
    }

    /** All payload bytes of a frame's packets, to compare frames by content. */
    static byte[] payload(List<byte[]> packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packets.forEach(packet -> out.write(packet, 12, packet.length - 12));
        return out.toByteArray();
    }

    /** A sender report's mapping of an RTP timestamp to wall-clock time. */
    record SenderReport(int ssrc, long ntpNanos, int rtpTimestamp) {

        static SenderReport parse(byte[] rtcp) {
            ByteBuffer buffer = ByteBuffer.wrap(rtcp);
            if ((buffer.get(1) & 0xFF) != 200) {
                throw new AssertionError("not a sender report: packet type " + (buffer.get(1) & 0xFF));
            }
            long seconds = buffer.getInt(8) & 0xFFFFFFFFL;
            long fraction = buffer.getInt(12) & 0xFFFFFFFFL;
            return new SenderReport(buffer.getInt(4), seconds * 1_000_000_000L + ((fraction * 1_000_000_000L) >>> 32),
                    buffer.getInt(16));
        }

        /** Wall-clock time of a frame of this stream. */
        long ntpNanosOf(int timestamp) {
            return ntpNanos + (timestamp - rtpTimestamp) * 1_000_000_000L / 90_000;
        }
    }
}
