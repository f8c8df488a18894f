package org.argusvms.recorder.ingest.rtsp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One track's RTP and RTCP over UDP: a port pair of the recorder (RTP on an even port, RTCP on the next, as RFC 3550
 * asks), two non-blocking datagram channels on the camera connection's {@link SelectorLoop}, so a UDP camera costs no
 * thread either. RTP from the camera's address goes through an {@link RtpReorderBuffer} to the track's receiver;
 * anything from elsewhere is ignored. Every few seconds a receiver report goes to the camera's RTCP port, which keeps
 * cameras that time out silent receivers sending. Used on the loop thread only; {@link #close()} releases both ports.
 */
final class UdpTrackReceiver implements SelectorLoop.Endpoint {

    private static final Logger LOG = Logger.getLogger(UdpTrackReceiver.class.getName());
    private static final int PORT_PAIR_ATTEMPTS = 20;
    private static final int MAX_DATAGRAM = 65_536;
    /** Enough for the bursts of a 4K camera between two rounds of the loop. */
    private static final int RTP_RECEIVE_BUFFER = 2 * 1024 * 1024;
    /** Fairness between the cameras of a loop: at most this many datagrams per readiness event. */
    private static final int MAX_DATAGRAMS_PER_EVENT = 512;
    /** Reordering on a LAN spans a few packets; a 4 Mbit/s picture is 20-40 of them. */
    static final int REORDER_WINDOW = 128;
    /** As long as ffmpeg waits for a reordered packet on RTSP over UDP. */
    static final long REORDER_MAX_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** RFC 3550's minimum interval between reports. */
    static final long REPORT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** The connection that owns the ports; told when something breaks. */
    interface Owner {
        void onCrash(RuntimeException e);
    }

    private final DatagramChannel rtp;
    private final DatagramChannel rtcp;
    private final InetAddress camera;
    private final int clockRate;
    private final RtpReorderBuffer reorder;
    private final Owner owner;
    private final ByteBuffer datagram = ByteBuffer.allocate(MAX_DATAGRAM);
    private final int ssrc = ThreadLocalRandom.current().nextInt();
    private final String cname;
    private SelectionKey rtpKey;
    private SelectionKey rtcpKey;
    private InetSocketAddress cameraRtcp;
    private long rtpDatagrams;
    private long foreignDatagrams;
    private int senderSsrc;
    private long lastReportNanos;
    private long expectedAtLastReport;
    private long receivedAtLastReport;
    private long baseSequence = -1;
    private long lastSenderReportTime;
    private long lastSenderReportArrival;
    private boolean transitKnown;
    private long lastTransit;
    private double jitter;

    private UdpTrackReceiver(DatagramChannel rtp, DatagramChannel rtcp, InetAddress camera, int clockRate,
                             RtpReorderBuffer.Sink sink, Owner owner) {
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.camera = camera;
        this.clockRate = clockRate;
        this.owner = owner;
        this.reorder = new RtpReorderBuffer(REORDER_WINDOW, REORDER_MAX_DELAY_NANOS, sink);
        this.cname = "argus-recorder-" + Integer.toHexString(ssrc);
    }

    /**
     * Binds a free even/odd port pair and registers both with the loop; call on the loop's thread.
     *
     * @param sink receives the track's RTP packets in sequence order
     */
    static UdpTrackReceiver open(SelectorLoop loop, InetAddress camera, int clockRate, RtpReorderBuffer.Sink sink,
                                 Owner owner) throws IOException {
        for (int attempt = 0; attempt < PORT_PAIR_ATTEMPTS; attempt++) {
            DatagramChannel rtp = DatagramChannel.open();
            DatagramChannel rtcp = null;
            try {
                rtp.bind(new InetSocketAddress(0));
                int port = ((InetSocketAddress) rtp.getLocalAddress()).getPort();
                if (port % 2 == 0 && port < 0xFFFF) {
                    rtcp = DatagramChannel.open();
                    rtcp.bind(new InetSocketAddress(port + 1));
                    UdpTrackReceiver receiver = new UdpTrackReceiver(rtp, rtcp, camera, clockRate, sink, owner);
                    receiver.register(loop);
                    return receiver;
                }
            } catch (BindException portPairTaken) {
                // the odd port is in use: try another pair
            } catch (IOException | RuntimeException e) {
                closeQuietly(rtp);
                closeQuietly(rtcp);
                throw e;
            }
            closeQuietly(rtp);
            closeQuietly(rtcp);
        }
        throw new IOException("no free even/odd UDP port pair after " + PORT_PAIR_ATTEMPTS + " attempts");
    }

    private void register(SelectorLoop loop) throws IOException {
        rtp.configureBlocking(false);
        rtcp.configureBlocking(false);
        rtp.setOption(StandardSocketOptions.SO_RCVBUF, RTP_RECEIVE_BUFFER);
        rtpKey = rtp.register(loop.selector(), SelectionKey.OP_READ, this);
        rtcpKey = rtcp.register(loop.selector(), SelectionKey.OP_READ, this);
        lastReportNanos = System.nanoTime();
    }

    int rtpPort() throws IOException {
        return ((InetSocketAddress) rtp.getLocalAddress()).getPort();
    }

    int rtcpPort() throws IOException {
        return ((InetSocketAddress) rtcp.getLocalAddress()).getPort();
    }

    /** The camera's ports from its SETUP answer; without an RTCP port it gets no receiver reports. */
    void cameraPorts(TransportHeader granted) {
        if (granted.serverRtcp() > 0) {
            cameraRtcp = new InetSocketAddress(camera, granted.serverRtcp());
        }
    }

    @Override
    public void onReady(SelectionKey key) {
        if (!key.isValid() || !key.isReadable()) {
            return;
        }
        try {
            if (key == rtpKey) {
                readRtp();
            } else {
                readRtcp();
            }
        } catch (IOException e) {
            // ICMP port unreachable and the like: UDP has no connection to fail, supervision sees the silence
            LOG.log(Level.FINE, "UDP receive failed", e);
        }
    }

    private void readRtp() throws IOException {
        long now = System.nanoTime();
        for (int count = 0; count < MAX_DATAGRAMS_PER_EVENT; count++) {
            datagram.clear();
            SocketAddress source = rtp.receive(datagram);
            if (source == null) {
                return;
            }
            if (!fromCamera(source)) {
                continue;
            }
            rtpDatagrams++;
            byte[] packet = datagram.array();
            int length = datagram.position();
            if (length >= 12) {
                observe(packet, length, now);
            }
            reorder.offer(packet, 0, length, now);
        }
    }

    /** Sender SSRC, first sequence number and interarrival jitter (RFC 3550 A.8) for the receiver reports. */
    private void observe(byte[] packet, int length, long now) {
        senderSsrc = ((packet[8] & 0xFF) << 24) | ((packet[9] & 0xFF) << 16) | ((packet[10] & 0xFF) << 8)
                | (packet[11] & 0xFF);
        if (baseSequence < 0) {
            baseSequence = ((packet[2] & 0xFF) << 8) | (packet[3] & 0xFF);
        }
        long rtpTime = ((packet[4] & 0xFFL) << 24) | ((packet[5] & 0xFFL) << 16) | ((packet[6] & 0xFFL) << 8)
                | (packet[7] & 0xFFL);
        long arrival = now / 1000 * clockRate / 1_000_000;
        long transit = arrival - rtpTime;
        if (transitKnown) {
            jitter += (Math.abs(transit - lastTransit) - jitter) / 16.0;
        }
        transitKnown = true;
        lastTransit = transit;
    }

    private void readRtcp() throws IOException {
        for (int count = 0; count < MAX_DATAGRAMS_PER_EVENT; count++) {
            datagram.clear();
            SocketAddress source = rtcp.receive(datagram);
            if (source == null) {
                return;
            }
            long time = fromCamera(source)
                    ? RtcpReceiverReport.senderReportTime(datagram.array(), 0, datagram.position()) : -1;
            if (time >= 0) {
                lastSenderReportTime = time;
                lastSenderReportArrival = System.nanoTime();
            }
        }
    }

    private boolean fromCamera(SocketAddress source) {
        if (source instanceof InetSocketAddress address && address.getAddress().equals(camera)) {
            return true;
        }
        foreignDatagrams++;
        return false;
    }

    /** Gives up on reordered packets that waited too long, and sends the receiver report when due. */
    @Override
    public void onTick(long nowNanos) {
        reorder.releaseExpired(nowNanos);
        if (nowNanos - lastReportNanos >= REPORT_INTERVAL_NANOS) {
            lastReportNanos = nowNanos;
            sendReport(nowNanos);
        }
    }

    private void sendReport(long nowNanos) {
        if (cameraRtcp == null || rtpDatagrams == 0) {
            return;
        }
        long expected = reorder.extendedHighestSequence() - baseSequence + 1;
        long received = reorder.received();
        long expectedInterval = expected - expectedAtLastReport;
        long lostInterval = expectedInterval - (received - receivedAtLastReport);
        expectedAtLastReport = expected;
        receivedAtLastReport = received;
        int fraction = expectedInterval <= 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
        int delaySinceLast = lastSenderReportArrival == 0 ? 0
                : (int) ((nowNanos - lastSenderReportArrival) * 65_536 / 1_000_000_000L);
        byte[] report = RtcpReceiverReport.build(new RtcpReceiverReport.Figures(ssrc, senderSsrc, fraction,
                expected - received, reorder.extendedHighestSequence(), Math.round(jitter),
                (int) lastSenderReportTime, delaySinceLast), cname);
        try {
            rtcp.send(ByteBuffer.wrap(report), cameraRtcp);
        } catch (IOException e) {
            LOG.log(Level.FINE, "receiver report not sent", e);
        }
    }

    @Override
    public void onCrash(RuntimeException e) {
        owner.onCrash(e);
    }

    /** RTP datagrams from the camera so far. */
    long rtpDatagrams() {
        return rtpDatagrams;
    }

    /** RTP packets given up as lost by the reorder buffer. */
    long declaredLost() {
        return reorder.declaredLost();
    }

    long duplicatesOrLate() {
        return reorder.duplicatesOrLate();
    }

    long foreignDatagrams() {
        return foreignDatagrams;
    }

    /** Releases both ports; idempotent. */
    void close() {
        if (rtpKey != null) {
            rtpKey.cancel();
        }
        if (rtcpKey != null) {
            rtcpKey.cancel();
        }
        closeQuietly(rtp);
        closeQuietly(rtcp);
        reorder.clear();
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing a UDP port", e);
            }
        }
    }
}
