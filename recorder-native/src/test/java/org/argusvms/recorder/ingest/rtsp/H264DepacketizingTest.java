package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.LengthPrefixedAccessUnit;
import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.AccessUnit;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.argusvms.recorder.ingest.rtsp.RtpPackets.annexB;
import static org.argusvms.recorder.ingest.rtsp.RtpPackets.bytes;
import static org.argusvms.recorder.ingest.rtsp.RtpPackets.sized;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 6184 payloads through {@link RtpVideoReceiver} into access units (compared in Annex-B form). */
class H264DepacketizingTest {

    private static final byte[] SPS = bytes(0x67, 0x42, 0xC0, 0x1F, 0xDA);
    private static final byte[] PPS = bytes(0x68, 0xCE, 0x3C, 0x80);
    private static final byte[] IDR = bytes(0x65, 0x88, 0x84, 0x00, 0x33, 0x44, 0x55, 0x66, 0x77);
    private static final byte[] SLICE = bytes(0x41, 0x9A, 0x02, 0x03);

    private final RtpPackets rtp = new RtpPackets();
    private final RtpPackets.Delivered delivered = new RtpPackets.Delivered();
    private final RtpVideoReceiver receiver = new RtpVideoReceiver(RtpPackets.track(VideoCodec.H264, SPS, PPS),
            delivered);

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private void receive(byte[] packet) {
        byte[] framed = new byte[packet.length + 7];
        System.arraycopy(packet, 0, framed, 3, packet.length); // not at offset 0, as in a read buffer
        receiver.onPacket(framed, 3, packet.length);
    }

    /** FU-A fragments of the NAL unit, cut after every {@code size} bytes of its body. */
    private void receiveFragmented(byte[] nal, int size, boolean markerOnLast) {
        byte indicator = (byte) ((nal[0] & 0xE0) | H264Depacketizer.FU_A);
        for (int offset = 1; offset < nal.length; offset += size) {
            int end = Math.min(nal.length, offset + size);
            int flags = (offset == 1 ? 0x80 : 0) | (end == nal.length ? 0x40 : 0) | (nal[0] & 0x1F);
            receive(rtp.packet(markerOnLast && end == nal.length, new byte[] {indicator, (byte) flags},
                    Arrays.copyOfRange(nal, offset, end)));
        }
    }

    @Test
    void aKeyframeInStapAAndFuAIsOneAccessUnitWithItsParameterSets() {
        receive(rtp.packet(false, bytes(H264Depacketizer.STAP_A), sized(SPS), sized(PPS)));
        receiveFragmented(IDR, 3, true);

        assertEquals(1, delivered.accessUnits.size());
        assertArrayEquals(annexB(SPS, PPS, IDR), delivered.accessUnits.get(0));
        assertEquals(List.of(true), delivered.keyframes);
    }

    @Test
    void theAccessUnitArrivesAsAnMp4SampleWithItsParameterSetsApart() {
        byte[] delimiter = bytes(0x09, 0xF0);
        byte[] sei = bytes(0x06, 0x05, 0x01, 0xAA, 0x80);
        receive(rtp.packet(false, bytes(H264Depacketizer.STAP_A), sized(delimiter), sized(SPS), sized(PPS),
                sized(sei)));
        receiveFragmented(IDR, 4, true);
        rtp.nextFrame();
        receive(rtp.packet(true, delimiter));

        LengthPrefixedAccessUnit accessUnit = delivered.samples.get(0);
        assertArrayEquals(AccessUnit.lengthPrefixed(List.of(sei, IDR)), accessUnit.sample(),
                "length-prefixed, without delimiter and parameter sets");
        assertEquals(List.of(hex(SPS), hex(PPS)), accessUnit.parameterSetNals().stream()
                .map(H264DepacketizingTest::hex).toList());
        assertTrue(accessUnit.hasPicture());
        assertEquals(1, delivered.samples.size(), "an access unit of only a delimiter is nothing");
    }

    @Test
    void aFragmentedNalUnitCutOffByTheMarkerKeepsACorrectLength() {
        byte indicator = (byte) ((IDR[0] & 0xE0) | H264Depacketizer.FU_A);
        byte[] body = Arrays.copyOfRange(IDR, 1, 5);
        receive(rtp.packet(true, new byte[] {indicator, (byte) (0x80 | (IDR[0] & 0x1F))}, body)); // start, no end

        byte[] cut = Arrays.copyOfRange(IDR, 0, 5);
        assertArrayEquals(AccessUnit.lengthPrefixed(List.of(cut)), delivered.samples.get(0).sample());
    }

    @Test
    void aKeyframeWithoutInBandParameterSetsGetsTheSdpOnesPrepended() {
        receive(rtp.packet(true, IDR));
        rtp.nextFrame();
        receive(rtp.packet(true, SLICE));

        assertArrayEquals(annexB(SPS, PPS, IDR), delivered.accessUnits.get(0));
        assertArrayEquals(annexB(SLICE), delivered.accessUnits.get(1), "only key frames get parameter sets");
        assertEquals(List.of(true, false), delivered.keyframes);
    }

    @Test
    void newInBandParameterSetsReplaceTheSdpOnesForLaterKeyframes() {
        byte[] newSps = bytes(0x67, 0x64, 0x00, 0x28, 0xAC);
        receive(rtp.packet(false, newSps));
        receive(rtp.packet(false, PPS));
        receive(rtp.packet(true, IDR));
        rtp.nextFrame();
        receive(rtp.packet(true, IDR));

        assertArrayEquals(annexB(newSps, PPS, IDR), delivered.accessUnits.get(0));
        assertArrayEquals(annexB(newSps, PPS, IDR), delivered.accessUnits.get(1));
    }

    @Test
    void aTimestampChangeEndsAnAccessUnitWhoseMarkerWasNotSent() {
        receive(rtp.packet(false, IDR));
        rtp.nextFrame();
        receive(rtp.packet(false, SLICE));
        rtp.nextFrame();
        receive(rtp.packet(true, SLICE));

        assertEquals(3, delivered.accessUnits.size());
        assertEquals(40_000_000L, delivered.timestamps.get(1) - delivered.timestamps.get(0),
                "90 kHz timestamps in nanoseconds, across the 32-bit wrap");
        assertEquals(40_000_000L, delivered.timestamps.get(2) - delivered.timestamps.get(1));
    }

    @Test
    void aLostFragmentDropsItsFrameAndTheRestOfTheGopUntilTheNextKeyframe() {
        receive(rtp.packet(true, IDR));
        rtp.nextFrame();
        byte[] bigSlice = new byte[40];
        bigSlice[0] = 0x41;
        byte indicator = (byte) (0x40 | H264Depacketizer.FU_A);
        receive(rtp.packet(false, bytes(indicator, 0x80 | 1), Arrays.copyOfRange(bigSlice, 1, 10)));
        rtp.skipSequenceNumbers(1); // the middle fragment is lost
        receive(rtp.packet(true, bytes(indicator, 0x40 | 1), Arrays.copyOfRange(bigSlice, 20, 40)));
        rtp.nextFrame();
        receive(rtp.packet(true, SLICE));
        rtp.nextFrame();
        receive(rtp.packet(true, IDR));
        rtp.nextFrame();
        receive(rtp.packet(true, SLICE));

        assertEquals(List.of(true, true, false), delivered.keyframes);
        assertEquals(1, receiver.lostPackets());
        assertEquals(2, receiver.droppedAccessUnits(), "the damaged frame and the one after it");
    }

    @Test
    void aLostMarkerPacketDamagesBothTheFrameItEndedAndTheNextOne() {
        receive(rtp.packet(true, IDR));
        rtp.nextFrame();
        receive(rtp.packet(false, SLICE));
        rtp.skipSequenceNumbers(1);
        rtp.nextFrame();
        receiveFragmented(IDR, 4, true); // its first fragment arrived; could the lost packet have been its own?

        assertEquals(1, delivered.accessUnits.size(), "neither the cut frame nor the uncertain key frame");
        assertEquals(2, receiver.droppedAccessUnits());
    }

    @Test
    void malformedPayloadsDamageTheFrameInsteadOfFailing() {
        receive(rtp.packet(true, IDR));
        rtp.nextFrame();
        receive(rtp.packet(true, bytes(H264Depacketizer.STAP_A, 0x00, 0x50, 0x41))); // size beyond the packet
        rtp.nextFrame();
        receive(rtp.packet(true, bytes(0x1D, 0x80))); // FU-B: interleaved mode only
        rtp.nextFrame();
        receive(rtp.packet(true, bytes(0x7C, 0x01, 0x02))); // FU-A middle without a start
        rtp.nextFrame();
        receive(rtp.packet(true, IDR));

        assertEquals(List.of(true, true), delivered.keyframes);
        assertEquals(3, receiver.droppedAccessUnits());
    }

    @Test
    void packetsOfOtherPayloadTypesDuplicatesAndShortPacketsAreSkipped() {
        byte[] first = rtp.packet(true, IDR);
        receive(first);
        receive(first); // duplicate
        receiver.onPacket(new byte[5], 0, 5);
        rtp.nextFrame();
        byte[] otherPayloadType = rtp.packet(true, SLICE);
        otherPayloadType[1] = (byte) 0x80 | 0x7F;
        receive(otherPayloadType);
        rtp.nextFrame();
        receive(rtp.packet(true, SLICE));

        assertEquals(List.of(true, false), delivered.keyframes);
        assertEquals(0, receiver.lostPackets(), "another payload type's sequence number is no loss");
    }
}
