package org.argusvms.recorder.ingest.rtsp;

/**
 * The RTP header as the audio and metadata receivers read it: whether a packet belongs to the track, its sequence
 * number and timestamp, and the track's sequence followed from packet to packet (lost packets counted, duplicates
 * and late packets refused). One instance per track, used from one thread.
 */
final class RtpTrackPackets {

    private static final int RTP_VERSION = 2;
    private static final int FIXED_HEADER = 12;

    private final int payloadType;
    private boolean sequenceKnown;
    private int lastSequence;

    RtpTrackPackets(int payloadType) {
        this.payloadType = payloadType;
    }

    /**
     * Follows the packet's sequence number.
     *
     * @return how many packets went missing before it (0 when in order), or -1 for what the caller drops: not an RTP
     *         packet of this track's payload type, a duplicate or a late packet
     */
    int follow(byte[] packet, int offset, int length) {
        if (length < FIXED_HEADER || (packet[offset] & 0xC0) >> 6 != RTP_VERSION
                || (packet[offset + 1] & 0x7F) != payloadType) {
            return -1;
        }
        int sequence = ((packet[offset + 2] & 0xFF) << 8) | (packet[offset + 3] & 0xFF);
        int gap = sequenceKnown ? (sequence - lastSequence - 1) & 0xFFFF : 0;
        if (gap >= 0x8000) {
            return -1;
        }
        sequenceKnown = true;
        lastSequence = sequence;
        return gap;
    }

    static boolean marker(byte[] packet, int offset) {
        return (packet[offset + 1] & 0x80) != 0;
    }

    static int timestamp(byte[] packet, int offset) {
        return ((packet[offset + 4] & 0xFF) << 24) | ((packet[offset + 5] & 0xFF) << 16)
                | ((packet[offset + 6] & 0xFF) << 8) | (packet[offset + 7] & 0xFF);
    }
}
