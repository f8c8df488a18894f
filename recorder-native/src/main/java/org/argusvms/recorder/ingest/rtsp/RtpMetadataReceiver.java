package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.ingest.CameraPipeline;

/**
 * Receives the ONVIF metadata track's RTP packets and hands each complete document, timed on the video's time line
 * by its RTP timestamp, to the pipeline listener. Called on one thread at a time.
 */
final class RtpMetadataReceiver {

    private static final int RTP_VERSION = 2;
    private static final int FIXED_HEADER = 12;

    private final MetadataTrack track;
    private final AudioClock clock;
    private final CameraPipeline.Listener listener;
    private final MetadataReassembler reassembler = new MetadataReassembler();
    private boolean sequenceKnown;
    private int lastSequence;
    private long deliveredDocuments;

    RtpMetadataReceiver(MetadataTrack track, AudioClock clock, CameraPipeline.Listener listener) {
        this.track = track;
        this.clock = clock;
        this.listener = listener;
    }

    /** @param lastVideoNanos the video time delivered last, -1 before the first access unit */
    void onPacket(byte[] packet, int offset, int length, long lastVideoNanos) {
        if (length < FIXED_HEADER || (packet[offset] & 0xC0) >> 6 != RTP_VERSION
                || (packet[offset + 1] & 0x7F) != track.payloadType()) {
            return;
        }
        int sequence = ((packet[offset + 2] & 0xFF) << 8) | (packet[offset + 3] & 0xFF);
        int gap = sequenceKnown ? (sequence - lastSequence - 1) & 0xFFFF : 0;
        if (gap >= 0x8000) {
            return; // duplicate or late
        }
        sequenceKnown = true;
        lastSequence = sequence;
        if (gap > 0) {
            reassembler.onLoss();
        }
        int payloadStart = RtpVideoReceiver.payloadStart(packet, offset, length);
        int payloadEnd = RtpVideoReceiver.payloadEnd(packet, offset, length);
        boolean marker = (packet[offset + 1] & 0x80) != 0;
        if (payloadStart < 0 || payloadEnd < payloadStart) {
            reassembler.onLoss();
            payloadStart = payloadEnd = offset;
        }
        byte[] document = reassembler.onPayload(packet, payloadStart, payloadEnd - payloadStart, marker);
        if (document == null) {
            return;
        }
        int timestamp = ((packet[offset + 4] & 0xFF) << 24) | ((packet[offset + 5] & 0xFF) << 16)
                | ((packet[offset + 6] & 0xFF) << 8) | (packet[offset + 7] & 0xFF);
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
