package org.argusvms.simulator.stream;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.argusvms.simulator.rtp.RtpTransport;

/** Collects what a viewer would receive; can hold the sender on its first packet, like a stalled client. */
final class RecordingTransport implements RtpTransport {

    /** An RTP packet with the header fields tests look at. */
    record RtpPacket(int sequenceNumber, int timestamp, boolean marker, int firstPayloadByte, int fuHeader) {

        int nalType() {
            int type = firstPayloadByte & 0x1F;
            return type == 28 ? fuHeader & 0x1F : type;
        }
    }

    final BlockingQueue<RtpPacket> rtp = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> rtcp = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> garbage = new LinkedBlockingQueue<>();
    private final CountDownLatch firstPacketSeen = new CountDownLatch(1);
    private final CountDownLatch release;
    volatile boolean closed;

    RecordingTransport(boolean stallOnFirstPacket) {
        this.release = new CountDownLatch(stallOnFirstPacket ? 1 : 0);
    }

    @Override
    public void sendRtp(byte[] packet) {
        ByteBuffer buffer = ByteBuffer.wrap(packet);
        rtp.add(new RtpPacket(buffer.getShort(2) & 0xFFFF, buffer.getInt(4), (packet[1] & 0x80) != 0,
                packet[12] & 0xFF, packet.length > 13 ? packet[13] & 0xFF : 0));
        firstPacketSeen.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void sendRtcp(byte[] packet) {
        rtcp.add(packet);
    }

    @Override
    public void sendGarbage(byte[] bytes) {
        garbage.add(bytes);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        closed = true;
    }

    void awaitFirstPacket() throws InterruptedException {
        if (!firstPacketSeen.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("no packet sent");
        }
    }

    void release() {
        release.countDown();
    }

    /** The packets of the next {@code count} frames (a frame ends with the marker bit), waiting up to 5 s. */
    List<List<RtpPacket>> takeFrames(int count) throws InterruptedException {
        List<List<RtpPacket>> frames = new ArrayList<>();
        List<RtpPacket> current = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (frames.size() < count) {
            RtpPacket packet = rtp.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (packet == null) {
                throw new AssertionError("only " + frames.size() + " of " + count + " frames arrived");
            }
            current.add(packet);
            if (packet.marker()) {
                frames.add(current);
                current = new ArrayList<>();
            }
        }
        return frames;
    }
}
