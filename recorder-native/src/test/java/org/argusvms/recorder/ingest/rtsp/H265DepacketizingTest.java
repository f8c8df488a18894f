package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.VideoCodec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.argusvms.recorder.ingest.rtsp.RtpPackets.annexB;
import static org.argusvms.recorder.ingest.rtsp.RtpPackets.bytes;
import static org.argusvms.recorder.ingest.rtsp.RtpPackets.sized;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 7798 payloads through {@link RtpVideoReceiver}: two-byte NAL headers, AP (48), FU (49), IRAP key frames. */
class H265DepacketizingTest {

    // NAL header: forbidden bit, 6-bit type, 6-bit layer id, 3-bit temporal id + 1
    private static final byte[] VPS = bytes(32 << 1, 0x01, 0x0C, 0x01);
    private static final byte[] SPS = bytes(33 << 1, 0x01, 0x01, 0x60);
    private static final byte[] PPS = bytes(34 << 1, 0x01, 0xC1, 0x72);
    private static final byte[] IDR_W_RADL = bytes(19 << 1, 0x01, 0xAF, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55);
    private static final byte[] CRA = bytes(21 << 1, 0x01, 0xAF, 0x09);
    private static final byte[] TRAIL_R = bytes(1 << 1, 0x01, 0xD0, 0x01);

    private final RtpPackets rtp = new RtpPackets();
    private final RtpPackets.Delivered delivered = new RtpPackets.Delivered();
    private final RtpVideoReceiver receiver = new RtpVideoReceiver(
            RtpPackets.track(VideoCodec.H265, VPS, SPS, PPS), delivered);

    private void receiveFragmented(byte[] nal, int size) {
        byte[] payloadHeader = {(byte) ((nal[0] & 0x81) | (H265Depacketizer.FRAGMENTATION_UNIT << 1)), nal[1]};
        int type = (nal[0] >> 1) & 0x3F;
        for (int offset = 2; offset < nal.length; offset += size) {
            int end = Math.min(nal.length, offset + size);
            int fuHeader = (offset == 2 ? 0x80 : 0) | (end == nal.length ? 0x40 : 0) | type;
            receive(rtp.packet(end == nal.length, payloadHeader, bytes(fuHeader),
                    Arrays.copyOfRange(nal, offset, end)));
        }
    }

    private void receive(byte[] packet) {
        receiver.onPacket(packet, 0, packet.length);
    }

    @Test
    void anAggregationPacketAndFragmentsMakeAKeyframeWithTwoByteHeadersRebuilt() {
        receive(rtp.packet(false, bytes(H265Depacketizer.AGGREGATION_PACKET << 1, 0x01), sized(VPS), sized(SPS),
                sized(PPS)));
        receiveFragmented(IDR_W_RADL, 3);

        assertEquals(List.of(true), delivered.keyframes);
        assertArrayEquals(annexB(VPS, SPS, PPS, IDR_W_RADL), delivered.accessUnits.get(0));
    }

    @Test
    void aCraIsAKeyframeAndGetsTheSdpParameterSetsInDecodingOrder() {
        receive(rtp.packet(true, CRA));
        rtp.nextFrame();
        receive(rtp.packet(true, TRAIL_R));

        assertEquals(List.of(true, false), delivered.keyframes);
        assertArrayEquals(annexB(VPS, SPS, PPS, CRA), delivered.accessUnits.get(0));
        assertArrayEquals(annexB(TRAIL_R), delivered.accessUnits.get(1));
    }

    @Test
    void aKeyframeWithOnlyItsSpsInBandGetsAllParameterSetsInDecodingOrderTheNewSpsAmongThem() {
        byte[] newSps = bytes(33 << 1, 0x01, 0x02, 0x70);
        receive(rtp.packet(false, newSps));
        receive(rtp.packet(true, CRA));

        assertArrayEquals(annexB(VPS, newSps, PPS, newSps, CRA), delivered.accessUnits.get(0),
                "a PPS must not come before the SPS it refers to");
    }

    @Test
    void lossDropsFramesUntilTheNextIrapAndPaciIsRefused() {
        receive(rtp.packet(true, CRA));
        rtp.nextFrame();
        rtp.skipSequenceNumbers(2);
        receive(rtp.packet(true, TRAIL_R));
        rtp.nextFrame();
        receive(rtp.packet(true, bytes(50 << 1, 0x01, 0x00, 0x00))); // PACI
        rtp.nextFrame();
        receiveFragmented(IDR_W_RADL, 2);

        assertEquals(List.of(true, true), delivered.keyframes);
        assertEquals(2, receiver.lostPackets());
        assertEquals(2, receiver.droppedAccessUnits());
    }
}
