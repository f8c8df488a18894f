package org.argusvms.simulator.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.argusvms.simulator.h265.HevcNalUnit;
import org.junit.jupiter.api.Test;

class H265PacketizerTest {

    private static final int MAX_PAYLOAD = 100;
    private static final byte[] VPS = {0x40, 0x01, 0x0C, 0x01};
    private static final byte[] SPS = {0x42, 0x01, 0x01, 0x01};
    private static final byte[] PPS = {0x44, 0x01, (byte) 0xC1, 0x73};
    private final H265Packetizer packetizer = new H265Packetizer(MAX_PAYLOAD);

    /** A slice segment of the given NAL type and size, first of its picture, TemporalId 0 (tid_plus1 = 1). */
    static byte[] slice(int type, int size) {
        byte[] nal = new byte[size];
        for (int i = 2; i < size; i++) {
            nal[i] = (byte) i;
        }
        nal[0] = (byte) (type << 1);
        nal[1] = 0x01;
        nal[2] = (byte) 0x80;
        return nal;
    }

    @Test
    void smallNalUnitsTravelAsSingleNalUnitPacketsWithTheMarkerOnTheLast() {
        byte[] idr = slice(19, 60);

        PacketizedAccessUnit packets = packetizer.packetize(nalUnits(VPS, SPS, PPS, idr));

        assertEquals(4, packets.payloads().size());
        assertArrayEquals(VPS, packets.payloads().get(0).data());
        assertArrayEquals(idr, packets.payloads().get(3).data());
        assertEquals(List.of(false, false, false, true), packets.payloads().stream().map(RtpPayload::marker).toList());
        assertTrue(packets.idr(), "an IDR_W_RADL picture is a key frame");
    }

    @Test
    void largeNalUnitBecomesType49FragmentsThatReassembleToIt() {
        byte[] trail = slice(1, 250);

        PacketizedAccessUnit packets = packetizer.packetize(nalUnits(trail));

        List<RtpPayload> fragments = packets.payloads();
        // 248 bytes after the two-byte NAL header, 97 per fragment behind the 2-byte payload and 1-byte FU header
        assertEquals(List.of(100, 100, 57), fragments.stream().map(p -> p.data().length).toList());
        for (RtpPayload fragment : fragments) {
            assertEquals(49, (fragment.data()[0] >> 1) & 0x3F, "payload header type FU");
            assertEquals(0x01, fragment.data()[1], "TemporalId kept");
            assertEquals(1, fragment.data()[2] & 0x3F, "FU header carries the TRAIL_R type");
        }
        assertEquals(List.of(true, false, false), fragments.stream().map(p -> (p.data()[2] & 0x80) != 0).toList());
        assertEquals(List.of(false, false, true), fragments.stream().map(p -> (p.data()[2] & 0x40) != 0).toList());
        assertEquals(List.of(false, false, true), fragments.stream().map(RtpPayload::marker).toList());
        assertFalse(packets.idr());
        assertArrayEquals(trail, reassemble(fragments));
    }

    /** What a depayloader does: rebuild the NAL header from payload header and FU type, append the fragments. */
    private static byte[] reassemble(List<RtpPayload> fragments) {
        ByteArrayOutputStream nal = new ByteArrayOutputStream();
        byte[] first = fragments.get(0).data();
        int type = first[2] & 0x3F;
        nal.write((first[0] & 0x81) | (type << 1));
        nal.write(first[1]);
        fragments.forEach(fragment -> nal.write(fragment.data(), 3, fragment.data().length - 3));
        return nal.toByteArray();
    }

    private static List<HevcNalUnit> nalUnits(byte[]... nalUnits) {
        return java.util.Arrays.stream(nalUnits).map(HevcNalUnit::new).toList();
    }
}
