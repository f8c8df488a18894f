package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.LengthPrefixedAccessUnit;
import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.ingest.CameraPipeline;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RtspTransport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One camera connection of the java ingest: a non-blocking socket served by a shared {@link SelectorLoop}. Every
 * readiness event reads as much as the buffer holds in one call and parses every interleaved frame in it in place;
 * RTP goes to the {@link RtpVideoReceiver}, RTSP answers to the {@link RtspClientSession}. Over UDP the RTP comes
 * through the {@link UdpTracks} on the same loop instead, and the socket carries only RTSP. Only {@link #start()}
 * and {@link #close()} run elsewhere (the camera's supervisor thread).
 */
final class LeanRtspPipeline implements CameraPipeline, SelectorLoop.Endpoint, InterleavedStreamReader.Sink {

    private static final Logger LOG = Logger.getLogger(LeanRtspPipeline.class.getName());
    /** Twice the largest interleaved frame: a read rarely ends with a frame that cannot complete in the buffer. */
    static final int READ_BUFFER_BYTES = 2 * InterleavedStreamReader.MIN_BUFFER;
    private static final int SOCKET_RECEIVE_BUFFER = 512 * 1024;
    private static final long CLOSE_WAIT_MILLIS = 2000;
    /** AUTO: how long PLAY over UDP may go without a single RTP datagram before the pipeline turns to TCP. */
    static final long AUTO_UDP_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(
            Long.getLong("argus.ingest.auto-udp-wait-millis", 3000));

    private final CameraConfiguration configuration;
    private final UntilClosed listener;
    private final SelectorLoop loop;
    private final Supplier<String> clientNonces;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    // from start() on, used on the loop thread only
    private RtspUrl url;
    private InetSocketAddress address;
    private RtspClientSession session;
    private SocketChannel channel;
    private SelectionKey key;
    private RtpVideoReceiver receiver;
    private RtpTransportChoice transports;
    private UdpTracks udpTracks;
    private long playingSinceNanos = -1;
    private RtpAudioReceiver audioReceiver;
    private RtpMetadataReceiver metadataReceiver;
    private ByteBuffer pendingWrite;
    private boolean failed;
    private long lossReported;

    LeanRtspPipeline(CameraConfiguration configuration, Listener listener, SelectorLoop loop,
                     Supplier<String> clientNonces) {
        this.configuration = configuration;
        this.listener = new UntilClosed(listener);
        this.loop = loop;
        this.clientNonces = clientNonces;
    }

    /** Resolves the camera's host here, on the supervisor thread, so that DNS never blocks the shared loop. */
    @Override
    public void start() {
        try {
            url = RtspUrl.of(configuration.streamUrl());
        } catch (RtspProtocolException e) {
            throw new IllegalStateException(e.getMessage());
        }
        try {
            address = new InetSocketAddress(InetAddress.getByName(url.host()), url.port());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("unknown camera host " + url.host());
        }
        loop.execute(() -> open(configuration.rtspTransport()));
    }

    private RtspAuthenticator authenticator() {
        String user = configuration.username() != null ? configuration.username() : url.userFromUrl();
        String password = configuration.username() != null ? configuration.password() : url.passwordFromUrl();
        return user == null ? null : new RtspAuthenticator(user, password == null ? "" : password, clientNonces);
    }

    private void open(RtspTransport transport) {
        if (closed.get()) {
            return;
        }
        udpTracks = transport == RtspTransport.TCP ? null : new UdpTracks(loop, address.getAddress(),
                control -> session.clockRateOf(control), this::udpSinkOf, this::onCrash);
        transports = new RtpTransportChoice(transport, udpTracks);
        session = new RtspClientSession(url, authenticator(), transports);
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_RECEIVE_BUFFER);
            boolean connected = channel.connect(address);
            key = channel.register(loop.selector(), connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT,
                    this);
            if (connected) {
                send(session.start(System.nanoTime()));
            }
        } catch (IOException e) {
            fail(cannotConnect(e));
        }
    }

    @Override
    public void onReady(SelectionKey readyKey) {
        try {
            if (readyKey.isValid() && readyKey.isConnectable()) {
                if (!channel.finishConnect()) {
                    return;
                }
                readyKey.interestOps(SelectionKey.OP_READ);
                send(session.start(System.nanoTime()));
            }
            if (readyKey.isValid() && readyKey.isWritable()) {
                flushPendingWrite();
            }
            if (readyKey.isValid() && readyKey.isReadable()) {
                read();
            }
        } catch (IOException e) {
            fail(session.isPlaying() || channel.isConnected() ? "connection to the camera failed: " + e.getMessage()
                    : cannotConnect(e));
        } catch (RtspProtocolException e) {
            fail(e.getMessage());
        }
    }

    private String cannotConnect(IOException e) {
        return "cannot connect to " + url.authority() + ": " + e.getMessage();
    }

    /** Reads once per readiness event, again only if the read filled the buffer. */
    private void read() throws IOException, RtspProtocolException {
        boolean bufferFilled;
        do {
            int count = channel.read(readBuffer);
            if (count < 0) {
                fail("camera closed the connection");
                return;
            }
            bufferFilled = !readBuffer.hasRemaining();
            readBuffer.flip();
            try {
                InterleavedStreamReader.consume(readBuffer, this);
            } finally {
                readBuffer.compact();
            }
        } while (bufferFilled && !failed && !closed.get());
    }

    @Override
    public void onResponse(RtspResponse response) throws RtspProtocolException {
        byte[] next = session.onResponse(response, System.nanoTime());
        VideoTrack track = session.track();
        if (receiver == null && track != null) {
            listener.onVideoCodec(track.codec());
            receiver = new RtpVideoReceiver(track, listener);
        }
        if (playingSinceNanos < 0 && session.isPlaying()) {
            playingSinceNanos = System.nanoTime();
            listener.onRtpTransport(transports.inUse());
        }
        if (audioReceiver == null && session.isPlaying() && session.audioTrack() != null) {
            listener.onAudioFormat(session.audioTrack().format());
            audioReceiver = new RtpAudioReceiver(session.audioTrack(), session.audioClock(), listener);
        }
        if (metadataReceiver == null && session.isPlaying() && session.metadataTrack() != null) {
            metadataReceiver = new RtpMetadataReceiver(session.metadataTrack(), session.metadataClock(), listener);
        }
        if (next != null) {
            send(next);
        }
    }

    /** Where the datagrams of the track at a control URL go: the audio receiver for the audio track, else video. */
    private RtpReorderBuffer.Sink udpSinkOf(String control) {
        return control.equals(session.audioControlUrl()) ? this::onUdpAudio : this::onUdpRtp;
    }

    private void onUdpRtp(byte[] packet, int offset, int length) {
        if (receiver != null) {
            receiver.onPacket(packet, offset, length);
        }
    }

    private void onUdpAudio(byte[] packet, int offset, int length) {
        if (audioReceiver != null) {
            audioReceiver.onPacket(packet, offset, length, listener.lastVideoNanos);
        }
    }

    @Override
    public void onInterleaved(int channelNumber, byte[] data, int offset, int length) {
        if (receiver != null && channelNumber == session.rtpChannel()) {
            receiver.onPacket(data, offset, length);
        } else if (audioReceiver != null && channelNumber == session.audioRtpChannel()) {
            audioReceiver.onPacket(data, offset, length, listener.lastVideoNanos);
        } else if (metadataReceiver != null && channelNumber == session.metadataRtpChannel()) {
            metadataReceiver.onPacket(data, offset, length, listener.lastVideoNanos);
        }
    }

    @Override
    public void onTick(long nowNanos) {
        if (transports != null && transports.mayFallBackToTcp() && playingSinceNanos >= 0
                && nowNanos - playingSinceNanos >= AUTO_UDP_WAIT_NANOS && udpTracks.rtpDatagrams() == 0) {
            loop.execute(this::startOverOnTcp); // not now: registering a channel while the loop iterates its keys
            playingSinceNanos = Long.MAX_VALUE;
            return;
        }
        byte[] keepAlive = session.keepAliveIfDue(nowNanos);
        if (keepAlive != null) {
            send(keepAlive);
        }
        if (receiver != null && receiver.lostPackets() > lossReported) {
            LOG.warning(() -> "camera " + configuration.cameraId() + ": " + (receiver.lostPackets() - lossReported)
                    + " RTP packets lost; " + receiver.droppedAccessUnits() + " access units dropped so far");
            listener.onRtpLoss(receiver.lostPackets() - lossReported);
            lossReported = receiver.lostPackets();
        }
    }

    /** AUTO after UDP stayed silent (a firewall or NAT in between): the same camera again, over TCP. */
    private void startOverOnTcp() {
        if (failed || closed.get()) {
            return;
        }
        LOG.info(() -> "camera " + configuration.cameraId() + ": no RTP over UDP within "
                + TimeUnit.NANOSECONDS.toMillis(AUTO_UDP_WAIT_NANOS) + " ms; trying TCP");
        shutDown();
        key = null;
        channel = null;
        pendingWrite = null;
        receiver = null;
        lossReported = 0;
        readBuffer.clear();
        playingSinceNanos = -1;
        open(RtspTransport.TCP);
    }

    @Override
    public void onCrash(RuntimeException e) {
        LOG.log(Level.SEVERE, "camera " + configuration.cameraId() + ": java ingest failed", e);
        fail("recorder error in the java ingest: " + e.getClass().getSimpleName());
    }

    private void send(byte[] request) {
        if (failed || channel == null) {
            return;
        }
        try {
            if (pendingWrite != null) {
                ByteBuffer joined = ByteBuffer.allocate(pendingWrite.remaining() + request.length);
                pendingWrite = joined.put(pendingWrite).put(request).flip();
                return;
            }
            ByteBuffer buffer = ByteBuffer.wrap(request);
            channel.write(buffer);
            if (buffer.hasRemaining()) {
                pendingWrite = buffer;
                key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
            }
        } catch (IOException e) {
            fail("cannot send to the camera: " + e.getMessage());
        }
    }

    private void flushPendingWrite() throws IOException {
        if (pendingWrite != null) {
            channel.write(pendingWrite);
            if (!pendingWrite.hasRemaining()) {
                pendingWrite = null;
                key.interestOps(SelectionKey.OP_READ);
            }
        }
    }

    private void fail(String reason) {
        if (failed || closed.get()) {
            return;
        }
        failed = true;
        release();
        listener.onFailure(reason);
    }

    /** Sends TEARDOWN if a session exists (best effort, never waits) and releases the socket. */
    private void shutDown() {
        if (!failed && channel != null && channel.isConnected() && pendingWrite == null) {
            byte[] teardown = session.teardown(System.nanoTime());
            if (teardown != null) {
                try {
                    channel.write(ByteBuffer.wrap(teardown));
                } catch (IOException e) {
                    LOG.log(Level.FINE, "TEARDOWN not sent", e);
                }
            }
        }
        release();
    }

    private void release() {
        if (key != null) {
            key.cancel();
        }
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the camera socket", e);
            }
        }
        if (udpTracks != null) {
            udpTracks.closeAll();
        }
        if (receiver != null && (receiver.lostPackets() > 0 || receiver.droppedAccessUnits() > 0)) {
            LOG.info(() -> "camera " + configuration.cameraId() + ": connection lost " + receiver.lostPackets()
                    + " RTP packets and dropped " + receiver.droppedAccessUnits() + " of "
                    + (receiver.deliveredAccessUnits() + receiver.droppedAccessUnits()) + " access units");
        }
    }

    /**
     * Returns once the loop has released the connection, so no callback follows; waits at most two seconds for a
     * busy loop, after which callbacks are suppressed anyway.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (loop.inLoop()) {
            shutDown();
            return;
        }
        CountDownLatch released = new CountDownLatch(1);
        loop.execute(() -> {
            try {
                shutDown();
            } finally {
                released.countDown();
            }
        });
        try {
            if (!released.await(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> "camera " + configuration.cameraId() + ": java ingest loop slow to close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drops callbacks once {@link #close()} began: the session may already have a new connection. */
    private final class UntilClosed implements Listener {
        private final Listener delegate;
        /** The video time delivered last, which places audio when the camera sends no RTP-Info. */
        private long lastVideoNanos = -1;

        UntilClosed(Listener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onVideoCodec(VideoCodec codec) {
            if (!closed.get()) {
                delegate.onVideoCodec(codec);
            }
        }

        @Override
        public void onRtpTransport(RtspTransport transport) {
            if (!closed.get()) {
                delegate.onRtpTransport(transport);
            }
        }

        @Override
        public void onRtpLoss(long packets) {
            if (!closed.get()) {
                delegate.onRtpLoss(packets);
            }
        }

        @Override
        public void onAccessUnit(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe) {
            lastVideoNanos = ptsNanos;
            if (!closed.get()) {
                delegate.onAccessUnit(annexB, ptsNanos, dtsNanos, keyframe);
            }
        }

        @Override
        public void onAudioFormat(AudioFormat format) {
            if (!closed.get()) {
                delegate.onAudioFormat(format);
            }
        }

        @Override
        public void onAudioFrame(byte[] frame, long ptsNanos) {
            if (!closed.get()) {
                delegate.onAudioFrame(frame, ptsNanos);
            }
        }

        @Override
        public void onMetadata(byte[] document, long ptsNanos) {
            if (!closed.get()) {
                delegate.onMetadata(document, ptsNanos);
            }
        }

        @Override
        public void onAccessUnit(LengthPrefixedAccessUnit accessUnit, long ptsNanos, long dtsNanos,
                                 boolean keyframe) {
            lastVideoNanos = ptsNanos;
            if (!closed.get()) {
                delegate.onAccessUnit(accessUnit, ptsNanos, dtsNanos, keyframe);
            }
        }

        @Override
        public void onFailure(String reason) {
            if (!closed.get()) {
                delegate.onFailure(reason);
            }
        }
    }
}
