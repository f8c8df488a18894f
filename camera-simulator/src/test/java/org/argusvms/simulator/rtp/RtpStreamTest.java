package org.argusvms.simulator.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RtpStreamTest {

    @Test
    void writesRfc3550HeaderAndWrapsSequenceNumbers() {
        RtpStream stream = new RtpStream(0xCAFEBABE, 0xFFFF, 0);

        ByteBuffer first = ByteBuffer.wrap(stream.packet(new RtpPayload(new byte[] {1, 2, 3}, true), 0x12345678));
        ByteBuffer second = ByteBuffer.wrap(stream.packet(new RtpPayload(new byte[] {4}, false), 0x12345678));

        assertEquals(0x80, first.get(0) & 0xFF, "version 2, no padding, extension or CSRC");
        assertEquals(0x80 | 96, first.get(1) & 0xFF, "marker and payload type 96");
        assertEquals(0xFFFF, first.getShort(2) & 0xFFFF);
        assertEquals(0x12345678, first.getInt(4));
        assertEquals(0xCAFEBABE, first.getInt(8));
        assertArrayEquals(new byte[] {1, 2, 3}, Arrays.copyOfRange(first.array(), 12, 15));
        assertEquals(96, second.get(1) & 0xFF, "no marker");
        assertEquals(0, second.getShort(2) & 0xFFFF, "sequence number wraps to 0");
        assertEquals(1, stream.nextSequenceNumber());
    }

    @Test
    void timestampsAdvanceAt90KhzFromARandomOriginAndWrap() {
        RtpStream stream = new RtpStream(1, 0, 0xFFFFF000);

        assertEquals(0xFFFFF000, stream.timestampOf(0, 25));
        assertEquals(0xFFFFF000 + 3600, stream.timestampOf(1, 25));
        assertEquals(0xFFFFF000 + 90_000 * 1000, stream.timestampOf(25_000, 25), "wraps modulo 2^32");
        assertEquals(3000, new RtpStream(1, 0, 0).timestampOf(1, 30));
    }

    @Test
    void senderReportMapsWallClockToRtpTimeAndCountsWhatWasSent() {
        RtpStream stream = new RtpStream(0x01020304, 0, 0);
        stream.packet(new RtpPayload(new byte[100], false), 0);
        stream.packet(new RtpPayload(new byte[50], true), 0);
        Instant wallClock = Instant.parse("2024-01-01T00:00:00.500Z");

        ByteBuffer report = ByteBuffer.wrap(stream.senderReport(wallClock, 0xABCDEF01));

        assertEquals(0x80, report.get(0) & 0xFF);
        assertEquals(200, report.get(1) & 0xFF, "SR");
        assertEquals(6, report.getShort(2), "length in 32-bit words minus one");
        assertEquals(0x01020304, report.getInt(4));
        assertEquals(wallClock.getEpochSecond() + 2_208_988_800L, report.getInt(8) & 0xFFFFFFFFL, "NTP seconds");
        assertEquals(0x80000000, report.getInt(12), "NTP fraction of half a second");
        assertEquals(0xABCDEF01, report.getInt(16));
        assertEquals(2, report.getInt(20), "packet count");
        assertEquals(150, report.getInt(24), "payload octet count");

        int sdes = 28;
        assertEquals(0x81, report.get(sdes) & 0xFF, "SDES with one chunk");
        assertEquals(202, report.get(sdes + 1) & 0xFF);
        assertEquals(report.capacity(), sdes + (report.getShort(sdes + 2) + 1) * 4, "compound length adds up");
        assertEquals(0x01020304, report.getInt(sdes + 4));
        assertEquals(1, report.get(sdes + 8), "CNAME item");
        int cnameLength = report.get(sdes + 9);
        String cname = new String(report.array(), sdes + 10, cnameLength, StandardCharsets.UTF_8);
        assertEquals("argus-camera-simulator", cname);
        assertEquals(0, report.get(sdes + 10 + cnameLength), "end of items");
    }
}
