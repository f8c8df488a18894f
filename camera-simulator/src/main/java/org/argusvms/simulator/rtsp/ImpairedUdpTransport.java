package org.argusvms.simulator.rtsp;

import java.io.IOException;

import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.argusvms.simulator.rtp.RtpTransport;

/**
 * A viewer's UDP transport under the network faults of its camera: {@link Fault#UDP_BLOCKED} drops every datagram,
 * {@link Fault#UDP_LOSS} drops some RTP packets and delivers some out of order. Deterministic (every 500th packet
 * lost, every 25th held back behind the next), so tests know what to expect on average.
 */
final class ImpairedUdpTransport implements RtpTransport {

    static final int LOSS_PERIOD = 500;
    static final int REORDER_PERIOD = 25;

    private final RtpTransport udp;
    private final CameraFaults faults;
    private long rtpPackets;
    private byte[] heldBack;

    ImpairedUdpTransport(RtpTransport udp, CameraFaults faults) {
        this.udp = udp;
        this.faults = faults;
    }

    @Override
    public void sendRtp(byte[] packet) throws IOException {
        if (faults.isActive(Fault.UDP_BLOCKED)) {
            return;
        }
        if (!faults.isActive(Fault.UDP_LOSS)) {
            sendHeldBack();
            udp.sendRtp(packet);
            return;
        }
        rtpPackets++;
        if (rtpPackets % LOSS_PERIOD == 0) {
            return;
        }
        if (heldBack == null && rtpPackets % REORDER_PERIOD == 0) {
            heldBack = packet;
            return;
        }
        udp.sendRtp(packet);
        sendHeldBack();
    }

    private void sendHeldBack() throws IOException {
        if (heldBack != null) {
            byte[] late = heldBack;
            heldBack = null;
            udp.sendRtp(late);
        }
    }

    @Override
    public void sendRtcp(byte[] packet) throws IOException {
        if (!faults.isActive(Fault.UDP_BLOCKED)) {
            udp.sendRtcp(packet);
        }
    }

    @Override
    public void sendGarbage(byte[] bytes) throws IOException {
        if (!faults.isActive(Fault.UDP_BLOCKED)) {
            udp.sendGarbage(bytes);
        }
    }

    /** A packet held back at the end of a frame goes out with it: the next frame is 40 ms away. */
    @Override
    public void flush() throws IOException {
        if (!faults.isActive(Fault.UDP_BLOCKED)) {
            sendHeldBack();
        }
        udp.flush();
    }

    @Override
    public void close() {
        udp.close();
    }
}
