package org.argusvms.simulator.rtp;

import static org.argusvms.simulator.h264.SyntheticH264.PPS;
import static org.argusvms.simulator.h264.SyntheticH264.SPS;
import static org.argusvms.simulator.h264.SyntheticH264.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import org.argusvms.simulator.h264.AccessUnit;
import org.argusvms.simulator.h264.NalUnit;
import org.junit.jupiter.api.Test;

class H264PacketizerTest {

    private static final int MAX_PAYLOAD = 100;
    private final H264Packetizer packetizer = new H264Packetizer(MAX_PAYLOAD);

    @Test
    void smallNalUnitsTravelWholeWithTheMarkerOnTheLast() {
        byte[] idr = slice(true, true, MAX_PAYLOAD, 9);
        List<RtpPayload> payloads = packetizer.packetize(accessUnit(SPS, PPS, idr)).payloads();

        assertEquals(3, payloads.size());
        assertArrayEquals(SPS, payloads.get(0).data());
        assertArrayEquals(PPS, payloads.get(1).data());
        assertArrayEquals(idr, payloads.get(2).data());
        assertEquals(List.of(false, false, true), payloads.stream().map(RtpPayload::marker).toList());
    }

    @Test
    void largeNalUnitBecomesFuAFragmentsWithStartAndEndBits() {
        byte[] idr = slice(true, true, 250, 0);
        for (int i = 1; i < idr.length; i++) {
            idr[i] = (byte) i;
        }

        List<RtpPayload> fragments = packetizer.packetize(accessUnit(idr)).payloads();

        // 249 payload bytes after the NAL header, 98 per fragment
        assertEquals(List.of(100, 100, 55), fragments.stream().map(p -> p.data().length).toList());
        for (RtpPayload fragment : fragments) {
            assertEquals(0x60 | 28, fragment.data()[0] & 0xFF, "FU indicator keeps NRI=3, type FU-A");
            assertEquals(5, fragment.data()[1] & 0x1F, "FU header carries the IDR type");
        }
        assertEquals(List.of(true, false, false), fragments.stream().map(p -> isStart(p)).toList());
        assertEquals(List.of(false, false, true), fragments.stream().map(p -> isEnd(p)).toList());
        assertEquals(List.of(false, false, true), fragments.stream().map(RtpPayload::marker).toList());
        assertArrayEquals(idr, reassemble(fragments));
    }

    @Test
    void markerOnlyOnTheLastPacketOfTheAccessUnit() {
        byte[] firstSlice = slice(false, true, 300, 1);
        byte[] secondSlice = slice(false, false, 50, 2);

        List<RtpPayload> payloads = packetizer.packetize(accessUnit(firstSlice, secondSlice)).payloads();

        assertEquals(5, payloads.size());
        assertTrue(isEnd(payloads.get(3)), "last fragment of the first slice");
        assertFalse(payloads.get(3).marker(), "a fragment ending a NAL unit that does not end the picture");
        assertTrue(payloads.get(4).marker());
        assertEquals(1, payloads.stream().filter(RtpPayload::marker).count());
    }

    @Test
    void nalUnitOneByteOverTheLimitStillGetsDistinctStartAndEndFragments() {
        byte[] nal = slice(false, true, MAX_PAYLOAD + 1, 3);

        List<RtpPayload> fragments = packetizer.packetize(accessUnit(nal)).payloads();

        assertEquals(2, fragments.size());
        assertTrue(isStart(fragments.get(0)) && !isEnd(fragments.get(0)));
        assertTrue(!isStart(fragments.get(1)) && isEnd(fragments.get(1)));
        assertTrue(fragments.stream().allMatch(p -> p.data().length <= MAX_PAYLOAD));
        assertArrayEquals(nal, reassemble(fragments));
    }

    @Test
    void reportsKeyFrames() {
        assertTrue(packetizer.packetize(accessUnit(SPS, PPS, slice(true, true, 10, 1))).idr());
        assertFalse(packetizer.packetize(accessUnit(slice(false, true, 10, 1))).idr());
    }

    private static AccessUnit accessUnit(byte[]... nalUnits) {
        return new AccessUnit(Arrays.stream(nalUnits).map(NalUnit::new).toList());
    }

    private static boolean isStart(RtpPayload fragment) {
        return (fragment.data()[1] & 0x80) != 0;
    }

    private static boolean isEnd(RtpPayload fragment) {
        return (fragment.data()[1] & 0x40) != 0;
    }

    /** What a depayloader does: NAL header from FU indicator (F, NRI) and FU header (type), then the fragments. */
    private static byte[] reassemble(List<RtpPayload> fragments) {
        ByteArrayOutputStream nal = new ByteArrayOutputStream();
        byte[] first = fragments.get(0).data();
        nal.write((first[0] & 0xE0) | (first[1] & 0x1F));
        fragments.forEach(fragment -> nal.write(fragment.data(), 2, fragment.data().length - 2));
        return nal.toByteArray();
    }
}
