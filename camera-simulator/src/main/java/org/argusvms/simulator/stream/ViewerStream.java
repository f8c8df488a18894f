package org.argusvms.simulator.stream;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.argusvms.simulator.rtp.RtpPayload;
import org.argusvms.simulator.rtp.RtpStream;
import org.argusvms.simulator.rtp.RtpTransport;

/**
 * Sends a camera's live feed to one viewer. The feed's clock thread only queues frames; a sender thread of this
 * viewer does the (possibly blocking) network writes, so a slow viewer cannot delay the others. A viewer starts at a
 * key frame and, when it falls too far behind, skips to the next key frame, as a real camera's encoder would.
 *
 * <p>Faults: during {@link Fault#STALL} nothing is sent; during {@link Fault#GARBAGE} each frame is replaced by random
 * bytes. Either way the stream resumes at a key frame, so a client that survived sees a decodable picture again.
 */
public final class ViewerStream implements FrameListener {

    private static final Logger LOG = Logger.getLogger(ViewerStream.class.getName());
    private static final Duration SENDER_REPORT_INTERVAL = Duration.ofSeconds(5);
    private static final int MAX_QUEUED_SECONDS = 2;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    private static final int MAX_GARBAGE_BYTES = 1400;

    private final LiveFeed feed;
    private final RtpStream rtp;
    private final RtpTransport transport;
    private final CameraFaults faults;
    private final String senderThreadName;
    private final BlockingQueue<Outgoing> queue;
    /** Held while a frame is being sent, so that PAUSE returns only once the stream is quiet. */
    private final Object sendLock = new Object();
    private volatile boolean awaitingKeyFrame = true;
    private volatile boolean closed;
    private volatile boolean playing;
    /** Frames older than the latest PLAY may still sit in the queue; they must not follow the PLAY response. */
    private volatile long firstFrameIndex;
    private Thread sender;
    private Instant lastSenderReport;
    /** The audio track, when the viewer set it up; null for video only. */
    private volatile AudioTrackSender audio;
    /** The ONVIF metadata track, when the viewer set it up; else null. */
    private volatile MetadataTrackSender metadata;

    /** A frame to send, or (garbage) the random bytes that replace it; decided when queued. */
    private record Outgoing(LiveFrame frame, boolean garbage) {
    }

    /** A viewer of a camera without faults. */
    public ViewerStream(LiveFeed feed, RtpStream rtp, RtpTransport transport, String senderThreadName) {
        this(feed, new CameraFaults(senderThreadName), rtp, transport, senderThreadName);
    }

    public ViewerStream(LiveFeed feed, CameraFaults faults, RtpStream rtp, RtpTransport transport,
                        String senderThreadName) {
        this.feed = feed;
        this.faults = faults;
        this.rtp = rtp;
        this.transport = transport;
        this.senderThreadName = senderThreadName;
        this.queue = new ArrayBlockingQueue<>(MAX_QUEUED_SECONDS * feed.fps());
    }

    /** Where playback will start, for the PLAY response's RTP-Info; {@code frameIndex} is the instant both mean. */
    public record PlayStart(int sequenceNumber, int rtpTimestamp, long frameIndex) {
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Sends the camera's audio too, from the next frame on; set up before PLAY. */
    public void attachAudio(AudioTrackSender audioTrack) {
        this.audio = audioTrack;
    }

    /** Sends the camera's ONVIF metadata too, from the next frame on; set up before PLAY. */
    public void attachMetadata(MetadataTrackSender metadataTrack) {
        this.metadata = metadataTrack;
    }

    /** The metadata track set up for this viewer, or null. */
    public MetadataTrackSender metadata() {
        return metadata;
    }

    /** The audio track set up for this viewer, or null. */
    public AudioTrackSender audio() {
        return audio;
    }

    /** The sequence number and timestamp the stream continues with; call {@link #play()} afterwards. */
    public PlayStart playStart() {
        long frameIndex = feed.nextFrameIndex();
        return new PlayStart(rtp.nextSequenceNumber(), rtp.timestampOf(frameIndex, feed.fps()), frameIndex);
    }

    /** Starts (or resumes) sending from the next key frame. Separate from {@link #playStart()} so that RTSP can
     * answer PLAY before the first interleaved packet goes out on the same connection. */
    public synchronized void play() {
        if (closed || playing) {
            return;
        }
        firstFrameIndex = feed.nextFrameIndex();
        awaitingKeyFrame = true;
        playing = true;
        if (sender == null) {
            sender = new Thread(this::sendLoop, senderThreadName);
            sender.setDaemon(true);
            sender.start();
        }
        feed.addListener(this);
    }

    /** Stops sending; returns after the frame in flight, if any, is out, so the next PLAY's RTP-Info is exact. */
    public void pause() {
        synchronized (sendLock) {
            synchronized (this) {
                playing = false;
                feed.removeListener(this);
                queue.clear();
            }
        }
    }

    /** Stops sending and releases the transport; waits briefly for the sender thread so none is left behind. */
    public void close() {
        Thread senderToStop;
        synchronized (this) {
            closed = true;
            playing = false;
            feed.removeListener(this);
            senderToStop = sender;
        }
        transport.close();
        AudioTrackSender audioTrack = audio;
        if (audioTrack != null) {
            audioTrack.close();
        }
        MetadataTrackSender metadataTrack = metadata;
        if (metadataTrack != null) {
            metadataTrack.close();
        }
        if (senderToStop != null) {
            senderToStop.interrupt();
            try {
                senderToStop.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void onFrame(LiveFrame frame) {
        if (faults.isActive(Fault.STALL)) {
            awaitingKeyFrame = true;
            return;
        }
        boolean garbage = faults.isActive(Fault.GARBAGE);
        if (garbage) {
            awaitingKeyFrame = true;
        } else if (awaitingKeyFrame) {
            if (!frame.accessUnit().idr()) {
                return;
            }
            awaitingKeyFrame = false;
        }
        if (!queue.offer(new Outgoing(frame, garbage))) {
            queue.clear();
            awaitingKeyFrame = true;
            LOG.fine(() -> senderThreadName + " fell " + MAX_QUEUED_SECONDS + " s behind; skipping to the next key frame");
        }
    }

    private void sendLoop() {
        try {
            while (!closed) {
                Outgoing next = queue.take();
                synchronized (sendLock) {
                    if (playing && next.frame().index() >= firstFrameIndex) {
                        if (next.garbage()) {
                            sendGarbage();
                        } else {
                            send(next.frame());
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            // closing
        } catch (IOException e) {
            if (!closed) {
                LOG.log(Level.FINE, senderThreadName + ": viewer unreachable, stopping", e);
            }
        } finally {
            feed.removeListener(this);
        }
    }

    private void sendGarbage() throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] bytes = new byte[random.nextInt(1, MAX_GARBAGE_BYTES + 1)];
        random.nextBytes(bytes);
        transport.sendGarbage(bytes);
        transport.flush();
    }

    private void send(LiveFrame frame) throws IOException {
        int timestamp = rtp.timestampOf(frame.index(), feed.fps());
        for (RtpPayload payload : frame.accessUnit().payloads()) {
            transport.sendRtp(rtp.packet(payload, timestamp));
        }
        // Report right away for a new viewer, so it can map RTP to wall-clock time from the first frames.
        if (lastSenderReport == null
                || Duration.between(lastSenderReport, frame.captureTime()).compareTo(SENDER_REPORT_INTERVAL) >= 0) {
            transport.sendRtcp(rtp.senderReport(frame.captureTime(), timestamp));
            lastSenderReport = frame.captureTime();
        }
        AudioTrackSender audioTrack = audio;
        if (audioTrack != null) {
            audioTrack.send(frame);
        }
        MetadataTrackSender metadataTrack = metadata;
        if (metadataTrack != null) {
            metadataTrack.send(frame);
        }
        transport.flush();
    }
}
