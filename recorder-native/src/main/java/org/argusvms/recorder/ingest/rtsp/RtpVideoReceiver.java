package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.LengthPrefixedAccessUnit;
import org.argusvms.recorder.ingest.CameraPipeline;

/**
 * Receives one video track's RTP packets and hands complete access units to the pipeline listener. An access
 * unit ends at the marker bit or when the timestamp changes. A gap in the sequence numbers, or a payload that
 * cannot be depacketized, damages the access unit in progress; it and everything after it up to the next key frame
 * are dropped (a decoder could not use them) and counted. Called on one thread at a time.
 */
final class RtpVideoReceiver {

    private static final int RTP_VERSION = 2;
    private static final int FIXED_HEADER = 12;

    private final int payloadType;
    private final RtpDepacketizer depacketizer;
    private final AccessUnitWriter writer;
    private final RtpTimestamps timestamps;
    private final CameraPipeline.Listener listener;

    private boolean sequenceKnown;
    private int lastSequence;
    private boolean accessUnitOpen;
    private int accessUnitTimestamp;
    private boolean damaged;
    private boolean awaitingKeyframe;
    private long lostPackets;
    private long droppedAccessUnits;
    private long deliveredAccessUnits;

    RtpVideoReceiver(VideoTrack track, CameraPipeline.Listener listener) {
        NalSyntax syntax = NalSyntax.of(track.codec());
        this.payloadType = track.payloadType();
        this.depacketizer = RtpDepacketizer.of(track.codec());
        this.writer = new AccessUnitWriter(syntax, new ParameterSetMemory(syntax, track.parameterSets()));
        this.timestamps = new RtpTimestamps(track.clockRate());
        this.listener = listener;
    }

    /**
     * One RTP packet, {@code packet[offset, offset + length)}; packets of other payload types only count in the
     * sequence.
     */
    void onPacket(byte[] packet, int offset, int length) {
        if (length < FIXED_HEADER || (packet[offset] & 0xC0) >> 6 != RTP_VERSION) {
            return;
        }
        int sequence = ((packet[offset + 2] & 0xFF) << 8) | (packet[offset + 3] & 0xFF);
        int gap = sequenceKnown ? (sequence - lastSequence - 1) & 0xFFFF : 0;
        if (gap >= 0x8000) {
            return; // a duplicate or a late packet: its access unit is gone already
        }
        sequenceKnown = true;
        lastSequence = sequence;
        lostPackets += gap;
        if ((packet[offset + 1] & 0x7F) != payloadType) {
            return; // e.g. FEC or comfort noise: same sequence numbers, nothing to depacketize
        }

        int timestamp = ((packet[offset + 4] & 0xFF) << 24) | ((packet[offset + 5] & 0xFF) << 16)
                | ((packet[offset + 6] & 0xFF) << 8) | (packet[offset + 7] & 0xFF);
        // Lost packets may have been the open access unit's tail or this one's head: both are damaged.
        if (gap > 0) {
            damage();
        }
        if (accessUnitOpen && timestamp != accessUnitTimestamp) {
            finishAccessUnit(); // the previous access unit's marker packet was lost or never sent
            if (gap > 0) {
                damage();
            }
        }
        accessUnitOpen = true;
        accessUnitTimestamp = timestamp;

        int payloadStart = payloadStart(packet, offset, length);
        int payloadEnd = payloadEnd(packet, offset, length);
        if (payloadStart < 0 || payloadEnd < payloadStart
                || !depacketizer.depacketize(packet, payloadStart, payloadEnd - payloadStart, writer)) {
            damage();
        }
        if ((packet[offset + 1] & 0x80) != 0) {
            finishAccessUnit();
        }
    }

    /** After the fixed header, the CSRC list and the header extension; -1 if they overrun the packet. */
    static int payloadStart(byte[] packet, int offset, int length) {
        int start = offset + FIXED_HEADER + 4 * (packet[offset] & 0x0F);
        if ((packet[offset] & 0x10) != 0) {
            if (start + 4 > offset + length) {
                return -1;
            }
            int extensionWords = ((packet[start + 2] & 0xFF) << 8) | (packet[start + 3] & 0xFF);
            start += 4 + 4 * extensionWords;
        }
        return start <= offset + length ? start : -1;
    }

    /** Before the padding, whose length is the packet's last byte. */
    static int payloadEnd(byte[] packet, int offset, int length) {
        int end = offset + length;
        return (packet[offset] & 0x20) != 0 ? end - (packet[end - 1] & 0xFF) : end;
    }

    private void damage() {
        damaged = true;
        awaitingKeyframe = true;
        depacketizer.reset();
    }

    /** Delivers the access unit, or drops it if it is damaged, empty after damage, or not decodable yet. */
    private void finishAccessUnit() {
        accessUnitOpen = false;
        boolean wasDamaged = damaged;
        damaged = false;
        if (writer.isEmpty() && !wasDamaged) {
            return; // only NAL units that are ignored
        }
        if (wasDamaged || writer.isEmpty() || writer.overflowed() || (awaitingKeyframe && !writer.isKeyframe())) {
            droppedAccessUnits++;
            writer.discard();
            return;
        }
        awaitingKeyframe = false;
        boolean keyframe = writer.isKeyframe();
        LengthPrefixedAccessUnit accessUnit = writer.finish();
        long nanos = timestamps.toNanos(accessUnitTimestamp);
        deliveredAccessUnits++;
        listener.onAccessUnit(accessUnit, nanos, nanos, keyframe);
    }

    /** RTP packets missing from the sequence numbers. */
    long lostPackets() {
        return lostPackets;
    }

    /** Access units dropped because they were damaged or followed damage before the next key frame. */
    long droppedAccessUnits() {
        return droppedAccessUnits;
    }

    long deliveredAccessUnits() {
        return deliveredAccessUnits;
    }
}
