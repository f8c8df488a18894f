package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.ingest.CameraPipeline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RtpMetadataReceiverTest {

    private static final int VIDEO_RATE = 90_000;

    /** Documents and their times as the pipeline listener receives them. */
    private static final class Documents implements CameraPipeline.Listener {
        final List<String> texts = new ArrayList<>();
        final List<Long> nanos = new ArrayList<>();

        @Override
        public void onMetadata(byte[] document, long ptsNanos) {
            texts.add(new String(document, StandardCharsets.UTF_8));
            nanos.add(ptsNanos);
        }

        @Override
        public void onAccessUnit(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe) {
        }

        @Override
        public void onFailure(String reason) {
        }
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void joinsPacketsAcrossTheSequenceWrapTimesThemAndDropsADocumentThatLostAPacket() {
        RtpPackets packets = new RtpPackets();
        Documents documents = new Documents();
        // RTP-Info: the metadata RTP time -180000 is the instant of video time 10 s
        RtpMetadataReceiver receiver = new RtpMetadataReceiver(
                new MetadataTrack(RtpPackets.PAYLOAD_TYPE, VIDEO_RATE, "trackID=2"),
                AudioClock.fromRtpInfo(VIDEO_RATE, 900_000, VIDEO_RATE, -180_000), documents);

        for (byte[] packet : new byte[][] {packets.packet(false, text("<a>")), packets.packet(false, text("1")),
                packets.packet(false, text("2")), packets.packet(true, text("</a>"))}) {
            receiver.onPacket(packet, 0, packet.length, -1);
        }
        packets.nextFrame();
        byte[] first = packets.packet(false, text("<b>"));
        packets.skipSequenceNumbers(1);
        byte[] last = packets.packet(true, text("</b>"));
        receiver.onPacket(first, 0, first.length, -1);
        receiver.onPacket(last, 0, last.length, -1);
        packets.nextFrame();
        byte[] whole = packets.packet(true, text("<c/>"));
        receiver.onPacket(whole, 0, whole.length, -1);
        byte[] otherPayloadType = whole.clone();
        otherPayloadType[1] = (byte) 0x80 | 97;
        receiver.onPacket(otherPayloadType, 0, otherPayloadType.length, -1);

        assertEquals(List.of("<a>12</a>", "<c/>"), documents.texts);
        assertEquals(List.of(10_000_000_000L, 10_080_000_000L), documents.nanos, "the second 80 ms later");
        assertEquals(1, receiver.droppedDocuments());
    }
}
