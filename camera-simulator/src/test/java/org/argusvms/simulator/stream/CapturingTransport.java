package org.argusvms.simulator.stream;

import java.util.ArrayList;
import java.util.List;

import org.argusvms.simulator.rtp.RtpTransport;

/** A transport for tests of the track senders: keeps the RTP packets whole, ignores the rest. */
final class CapturingTransport implements RtpTransport {
    final List<byte[]> packets = new ArrayList<>();

    @Override
    public void sendRtp(byte[] packet) {
        packets.add(packet);
    }

    @Override
    public void sendRtcp(byte[] packet) {
    }

    @Override
    public void sendGarbage(byte[] bytes) {
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
