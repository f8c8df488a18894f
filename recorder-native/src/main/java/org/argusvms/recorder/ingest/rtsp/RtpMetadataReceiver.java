package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.ingest.CameraPipeline;

/**
 * Receives the ONVIF metadata track's RTP packets and hands each complete document, timed on the video's time line
 * by its RTP timestamp, to the pipeline listener. Called on one thread at a time.
 */
final class RtpMetadataReceiver {

    private final AudioClock clock;
    private final CameraPipeline.Listener listener;
    private final MetadataReassembler reassembler = new MetadataReassembler();
    private final RtpTrackPackets packets;
    private long deliveredDocuments;

    RtpMetadataReceiver(MetadataTrack track, AudioClock clock, CameraPipeline.Listener listener) {
        this.clock = clock;
        this.listener = listener;
        this.packets = new RtpTrackPackets(track.payloadType());
    }

    /** @param lastVideoNanos the video time delivered last, -1 before the first access unit */
    void onPacket(byte[] packet, int offset, int length, long lastVideoNanos) {
        int gap = packets.follow(packet, offset, length);
        if (gap < 0) {
            return; // another payload type, a duplicate or a late packet
        }
        if (gap > 0) {
            reassembler.onLoss();
        }
        int payloadStart = RtpVideoReceiver.payloadStart(packet, offset, length);
        int payloadEnd = RtpVideoReceiver.payloadEnd(packet, offset, length);
        boolean marker = RtpTrackPackets.marker(packet, offset);
        if (payloadStart < 0 || payloadEnd < payloadStart) {
            reassembler.onLoss();
            payloadStart = payloadEnd = offset;
        }
        byte[] document = reassembler.onPayload(packet, payloadStart, payloadEnd - payloadStart, marker);
        if (document == null) {
            return;
        }
        int timestamp = RtpTrackPackets.timestamp(packet, offset);
        long nanos = clock.toVideoNanos(timestamp, lastVideoNanos);
        if (nanos >= 0) {
            deliveredDocuments++;
            listener.onMetadata(document, nanos);
        }
    }

    long droppedDocuments() {
        return reassembler.droppedDocuments();
    }

    long deliveredDocuments() {
        return deliveredDocuments;
    }
}
