package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.AudioCodec;
import org.argusvms.recorder.ingest.CameraPipeline;

import java.util.Arrays;

/**
 * Receives one audio track's RTP packets and hands each audio frame, timed on the video's time line, to the
 * pipeline listener: every AAC frame of an RFC 3640 packet (1024 samples apart), or a G.711 packet's samples as
 * one frame. A lost packet loses its frames only (each AAC frame and G.711 sample decodes on its own), except a
 * fragmented AAC frame, which is dropped whole. Called on one thread at a time.
 */
final class RtpAudioReceiver {

    private static final int AAC_FRAME_SAMPLES = 1024;

    private final AudioClock clock;
    private final CameraPipeline.Listener listener;
    private final AacDepacketizer aac;
    private final RtpTrackPackets packets;
    private long lostPackets;
    private long malformedPackets;
    private long deliveredFrames;

    RtpAudioReceiver(AudioTrack track, AudioClock clock, CameraPipeline.Listener listener) {
        this.clock = clock;
        this.listener = listener;
        this.packets = new RtpTrackPackets(track.payloadType());
        this.aac = track.format().codec() == AudioCodec.AAC
                ? new AacDepacketizer(track.sizeLength(), track.indexLength(), track.indexDeltaLength()) : null;
    }

    /** @param lastVideoNanos the video time delivered last, -1 before the first access unit */
    void onPacket(byte[] packet, int offset, int length, long lastVideoNanos) {
        int gap = packets.follow(packet, offset, length);
        if (gap < 0) {
            return; // another payload type, a duplicate or a late packet
        }
        if (gap > 0) {
            lostPackets += gap;
            if (aac != null) {
                aac.reset();
            }
        }
        int timestamp = RtpTrackPackets.timestamp(packet, offset);
        int payloadStart = RtpVideoReceiver.payloadStart(packet, offset, length);
        int payloadEnd = RtpVideoReceiver.payloadEnd(packet, offset, length);
        if (payloadStart < 0 || payloadEnd <= payloadStart) {
            malformedPackets++;
            return;
        }
        if (aac == null) {
            deliver(Arrays.copyOfRange(packet, payloadStart, payloadEnd), timestamp, lastVideoNanos);
            return;
        }
        boolean marker = RtpTrackPackets.marker(packet, offset);
        boolean wellFormed = aac.depacketize(packet, payloadStart, payloadEnd - payloadStart, marker,
                (frame, index) -> deliver(frame, timestamp + index * AAC_FRAME_SAMPLES, lastVideoNanos));
        if (!wellFormed) {
            malformedPackets++;
            aac.reset();
        }
    }

    private void deliver(byte[] frame, int timestamp, long lastVideoNanos) {
        long nanos = clock.toVideoNanos(timestamp, lastVideoNanos);
        if (nanos >= 0) {
            deliveredFrames++;
            listener.onAudioFrame(frame, nanos);
        }
    }

    long lostPackets() {
        return lostPackets;
    }

    long malformedPackets() {
        return malformedPackets;
    }

    long deliveredFrames() {
        return deliveredFrames;
    }
}
