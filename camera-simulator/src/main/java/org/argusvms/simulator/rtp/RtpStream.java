package org.argusvms.simulator.rtp;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The sending side of one RTP session for a video or audio track (RFC 3550): SSRC, payload type, sequence numbers,
 * the random timestamp origin, and the packet and octet counts the sender reports need.
 */
public final class RtpStream {

    /** Dynamic payload type (RFC 3551) of the one video track, whatever its codec. */
    public static final int VIDEO_PAYLOAD_TYPE = 96;
    public static final int CLOCK_RATE = 90_000;
    static final int HEADER_SIZE = 12;

    private static final String CNAME = "argus-camera-simulator";

    private final int ssrc;
    private final int payloadType;
    private final int timestampOrigin;
    private int nextSequenceNumber;
    private long packetCount;
    private long octetCount;

    /** Random SSRC, initial sequence number and timestamp origin, as RFC 3550 asks, to defeat known-plaintext. */
    public RtpStream(RandomGenerator random) {
        this(random, VIDEO_PAYLOAD_TYPE);
    }

    /** A stream of another payload type, such as an audio track's. */
    public RtpStream(RandomGenerator random, int payloadType) {
        this(random.nextInt(), random.nextInt(0x10000), random.nextInt(), payloadType);
    }

    public RtpStream(int ssrc, int initialSequenceNumber, int timestampOrigin) {
        this(ssrc, initialSequenceNumber, timestampOrigin, VIDEO_PAYLOAD_TYPE);
    }

    public RtpStream(int ssrc, int initialSequenceNumber, int timestampOrigin, int payloadType) {
        this.ssrc = ssrc;
        this.payloadType = payloadType;
        this.nextSequenceNumber = initialSequenceNumber & 0xFFFF;
        this.timestampOrigin = timestampOrigin;
    }

    public int ssrc() {
        return ssrc;
    }

    public synchronized int nextSequenceNumber() {
        return nextSequenceNumber;
    }

    /** RTP timestamp of a frame of the live feed; wraps modulo 2^32 like every RTP timestamp. */
    public int timestampOf(long frameIndex, int fps) {
        return timestampOrigin + (int) (frameIndex * CLOCK_RATE / fps);
    }

    /** RTP timestamp {@code ticks} clock ticks after the origin, for a track whose clock is not the video's. */
    public int timestampAt(long ticks) {
        return timestampOrigin + (int) ticks;
    }

    public synchronized byte[] packet(RtpPayload payload, int timestamp) {
        byte[] data = payload.data();
        byte[] packet = new byte[HEADER_SIZE + data.length];
        packet[0] = (byte) 0x80; // version 2, no padding, no extension, no CSRC
        packet[1] = (byte) ((payload.marker() ? 0x80 : 0) | payloadType);
        packet[2] = (byte) (nextSequenceNumber >>> 8);
        packet[3] = (byte) nextSequenceNumber;
        writeInt(packet, 4, timestamp);
        writeInt(packet, 8, ssrc);
        System.arraycopy(data, 0, packet, HEADER_SIZE, data.length);
        nextSequenceNumber = (nextSequenceNumber + 1) & 0xFFFF;
        packetCount++;
        octetCount += data.length;
        return packet;
    }

    public synchronized byte[] senderReport(Instant wallClock, int rtpTimestamp) {
        return RtcpSenderReport.encode(ssrc, wallClock, rtpTimestamp, packetCount, octetCount, CNAME);
    }

    private static void writeInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }
}
