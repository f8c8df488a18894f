package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The receiver report a camera gets, field by field as RFC 3550 lays it out, and the sender report time it echoes. */
class RtcpReceiverReportTest {

    @Test
    void aCompoundPacketOfOneReportBlockAndTheCname() {
        byte[] packet = RtcpReceiverReport.build(new RtcpReceiverReport.Figures(0x11111111, 0x22222222, 64, 12,
                0x1_0005L, 7, 0x33334444, 0x8000), "argus-recorder-1");
        ByteBuffer rtcp = ByteBuffer.wrap(packet);

        assertEquals(0, packet.length % 4, "32-bit aligned");
        assertEquals(0x81, rtcp.get(0) & 0xFF, "version 2, one report block");
        assertEquals(201, rtcp.get(1) & 0xFF, "RR");
        assertEquals(7, rtcp.getShort(2), "length in words minus one");
        assertEquals(0x11111111, rtcp.getInt(4));
        assertEquals(0x22222222, rtcp.getInt(8), "the camera's SSRC");
        assertEquals(64, rtcp.get(12) & 0xFF, "fraction lost, 1/256 units");
        assertEquals(12, rtcp.getInt(12) & 0xFFFFFF, "cumulative lost");
        assertEquals(0x1_0005, rtcp.getInt(16), "extended highest sequence number: one wrap, then 5");
        assertEquals(7, rtcp.getInt(20), "jitter");
        assertEquals(0x33334444, rtcp.getInt(24), "LSR");
        assertEquals(0x8000, rtcp.getInt(28), "DLSR: half a second");

        assertEquals(0x81, rtcp.get(32) & 0xFF, "SDES with one chunk");
        assertEquals(202, rtcp.get(33) & 0xFF);
        assertEquals(packet.length / 4 - 8 - 1, rtcp.getShort(34), "SDES length in words minus one");
        assertEquals(0x11111111, rtcp.getInt(36));
        assertEquals(1, rtcp.get(40), "CNAME item");
        assertEquals(16, rtcp.get(41));
        assertEquals("argus-recorder-1", new String(packet, 42, 16, StandardCharsets.US_ASCII));
        assertEquals(0, packet[58], "end of items");
    }

    @Test
    void theMiddleOfASenderReportsNtpTimeIsWhatTheNextReportEchoes() {
        byte[] senderReport = new byte[28];
        senderReport[0] = (byte) 0x80;
        senderReport[1] = (byte) 200;
        ByteBuffer.wrap(senderReport).putInt(8, 0xAABBCCDD).putInt(12, 0xEEFF0011);

        assertEquals(0xCCDDEEFFL, RtcpReceiverReport.senderReportTime(senderReport, 0, senderReport.length));
        senderReport[1] = (byte) 201;
        assertEquals(-1, RtcpReceiverReport.senderReportTime(senderReport, 0, senderReport.length), "not an SR");
    }
}
