package org.argusvms.recorder.ingest;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.metadata.MetadataDocument;
import org.argusvms.recorder.codec.LengthPrefixedAccessUnit;
import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.h264.MalformedBitstreamException;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.onvif.OnvifSettings;
import org.argusvms.recorder.onvif.OnvifStreamResolver;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.support.ExponentialBackoff;
import org.argusvms.recorder.support.NamedThreads;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Keeps one camera connected: opens a pipeline, hands every decodable frame to the listeners (storage, live) and,
 * when the pipeline fails, ends or stalls, tears it down, reports {@code camera.disconnected} and tries again after
 * an exponential backoff.
 *
 * <p>Liveness counts usable frames only: a camera that keeps the connection open but sends nothing, or sends only
 * bytes that never assemble into a decodable frame (garbage), is a stalled camera. A new connection has the longer
 * connect timeout to deliver its first key frame, so slow RTSP handshakes are not cut short.
 *
 * <p>Threading: connection management runs on the session's own supervisor thread, which lives as long as the
 * camera (reconnects create no threads). Frames arrive on the pipeline's thread (GStreamer's streaming thread, or
 * a selector thread the java ingest shares among cameras) and touch only volatile fields and the state of their own
 * connection; callbacks of a connection that has been replaced are ignored.
 */
public final class CameraSession {

    private static final Logger LOG = Logger.getLogger(CameraSession.class.getName());

    private final CameraConfiguration configuration;
    private final List<FrameListener> listeners;
    private final EventPublisher events;
    private final IngestSettings settings;
    private final Clock clock;
    private final CameraPipeline.Factory pipelines;
    private final ScheduledExecutorService supervisor;
    private final ExponentialBackoff backoff;
    private final FrameTimeline timeline = new FrameTimeline();
    private final AtomicLong framesReceived = new AtomicLong();
    private final AtomicLong framesDiscarded = new AtomicLong();

    private volatile CameraState state = CameraState.CONNECTING;
    private volatile String lastError;
    private volatile ParameterSets parameterSets;
    /** The audio format announced to the listeners last (null: none). */
    private volatile AudioFormat audioFormat;
    private volatile Connection connection;
    private volatile RtspTransport rtpTransport;
    private final AtomicLong rtpPacketsLost = new AtomicLong();
    /** When the current connection delivered its last usable frame, or was opened. */
    private volatile long lastFrameNanos;
    // supervisor thread only
    private boolean stopped;
    private boolean disconnectedAnnounced;

    public CameraSession(CameraConfiguration configuration, List<FrameListener> listeners, EventPublisher events,
                         IngestSettings settings, Clock clock) {
        this(configuration, listeners, events, settings, clock, new OnvifResolvingPipelines(
                settings.path().pipelines(), new OnvifStreamResolver(OnvifSettings.defaults(), clock)));
    }

    CameraSession(CameraConfiguration configuration, List<FrameListener> listeners, EventPublisher events,
                  IngestSettings settings, Clock clock, CameraPipeline.Factory pipelines) {
        this.configuration = configuration;
        this.listeners = List.copyOf(listeners);
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.pipelines = pipelines;
        this.backoff = new ExponentialBackoff(settings.backoffInitial(), settings.backoffMax());
        this.supervisor = Executors.newSingleThreadScheduledExecutor(
                new NamedThreads("camera-" + configuration.cameraId()));
    }

    public void start() {
        supervisor.execute(this::connect);
        long checkMillis = Math.max(50,
                Math.min(settings.stallTimeout().toMillis(), settings.connectTimeout().toMillis()) / 5);
        supervisor.scheduleWithFixedDelay(this::checkStall, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Disconnects for good and returns once the pipeline is gone and the listeners were told, so that no frame
     * arrives afterwards. The supervisor thread ends.
     */
    public void stop(String reason) {
        try {
            supervisor.submit(() -> {
                stopped = true;
                Connection current = connection;
                closeConnection(reason);
                state = CameraState.DISABLED;
                if (current != null && current.streaming) {
                    publishDisconnected(reason);
                }
            }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "camera " + configuration.cameraId() + " did not stop cleanly", e);
        } finally {
            supervisor.shutdownNow();
        }
    }

    private void connect() {
        if (stopped) {
            return;
        }
        Connection next = new Connection();
        state = CameraState.CONNECTING;
        lastFrameNanos = System.nanoTime();
        connection = next;
        try {
            next.pipeline = pipelines.open(configuration, next);
            next.pipeline.start();
        } catch (RuntimeException e) {
            handleFailure(next, "cannot start pipeline: " + e.getMessage());
        }
    }

    private void checkStall() {
        Connection current = connection;
        if (current == null) {
            return;
        }
        Duration limit = current.streaming ? settings.stallTimeout() : settings.connectTimeout();
        if (System.nanoTime() - lastFrameNanos > limit.toNanos()) {
            long millis = limit.toMillis();
            String timeout = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
            handleFailure(current, current.streaming
                    ? "no video for " + timeout : "no video within " + timeout + " of connecting");
        }
    }

    private void handleFailure(Connection failed, String reason) {
        if (stopped || connection != failed) {
            return;
        }
        closeConnection(reason);
        state = CameraState.DISCONNECTED;
        lastError = reason;
        if (failed.streaming) {
            backoff.reset();
        }
        if (failed.streaming || !disconnectedAnnounced) {
            publishDisconnected(reason); // once per outage, not once per failed retry
        }
        long delayMillis = backoff.nextDelay().toMillis();
        LOG.info(() -> "camera " + configuration.cameraId() + ": " + reason + "; retrying in " + delayMillis + " ms");
        supervisor.schedule(this::connect, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void publishDisconnected(String reason) {
        events.publish(RecorderEvent.CAMERA_DISCONNECTED, configuration.cameraId(), Map.of("reason", reason));
        disconnectedAnnounced = true;
    }

    private void closeConnection(String reason) {
        Connection current = connection;
        if (current == null) {
            return;
        }
        connection = null;
        if (current.pipeline != null) {
            current.pipeline.close();
        }
        timeline.markDiscontinuity();
        if (current.streaming) {
            for (FrameListener listener : listeners) {
                try {
                    listener.onStreamInterrupted(reason);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "frame listener failed for camera " + configuration.cameraId(), e);
                }
            }
        }
    }

    /** Per-connection state, touched by that connection's streaming thread (and read by the supervisor). */
    private final class Connection implements CameraPipeline.Listener {
        private final FrameAssembler assembler = new FrameAssembler(timeline);
        private CameraPipeline pipeline;
        private volatile boolean streaming;
        private volatile AudioFormat connectionAudioFormat;
        private boolean malformedLogged;
        /** The connection's last video frame: it ties the time line to the wall clock for metadata. */
        private VideoFrame lastFrame;

        @Override
        public void onVideoCodec(VideoCodec codec) {
            if (connection == this) {
                assembler.codec(codec);
            }
        }

        @Override
        public void onRtpTransport(RtspTransport transport) {
            if (connection == this) {
                rtpTransport = transport;
            }
        }

        @Override
        public void onRtpLoss(long packets) {
            rtpPacketsLost.addAndGet(packets);
        }

        @Override
        public void onAccessUnit(byte[] annexB, long ptsNanos, long dtsNanos, boolean keyframe) {
            if (connection == this) {
                onFrame(assemble(() -> assembler.assemble(annexB, ptsNanos, dtsNanos, keyframe, clock.millis())));
            }
        }

        @Override
        public void onAccessUnit(LengthPrefixedAccessUnit accessUnit, long ptsNanos, long dtsNanos,
                                 boolean keyframe) {
            if (connection == this) {
                onFrame(assemble(() -> assembler.assemble(accessUnit, ptsNanos, dtsNanos, keyframe,
                        clock.millis())));
            }
        }

        private void onFrame(VideoFrame frame) {
            if (frame == null) {
                framesDiscarded.incrementAndGet();
                return;
            }
            lastFrameNanos = System.nanoTime();
            lastFrame = frame;
            if (!streaming) {
                onFirstFrame(frame.parameterSets());
                announceAudioFormat(connectionAudioFormat);
            }
            if (parameterSets != null && !frame.parameterSets().equals(parameterSets)) {
                LOG.info(() -> "camera " + configuration.cameraId() + ": stream changed to " + frame.parameterSets());
            }
            parameterSets = frame.parameterSets();
            framesReceived.incrementAndGet();
            for (FrameListener listener : listeners) {
                try {
                    listener.onFrame(frame);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "frame listener failed for camera " + configuration.cameraId(), e);
                }
            }
        }

        @Override
        public void onAudioFormat(AudioFormat format) {
            if (connection == this) {
                connectionAudioFormat = format;
            }
        }

        @Override
        public void onAudioFrame(byte[] data, long ptsNanos) {
            AudioFormat format = connectionAudioFormat;
            if (connection != this || !streaming || format == null) {
                return;
            }
            long time = timeline.placeOnTimeline(ptsNanos);
            if (time < 0) {
                return;
            }
            AudioFrame frame = new AudioFrame(data, time, format);
            for (FrameListener listener : listeners) {
                try {
                    listener.onAudioFrame(frame);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "audio listener failed for camera " + configuration.cameraId(), e);
                }
            }
        }

        @Override
        public void onMetadata(byte[] document, long ptsNanos) {
            VideoFrame anchor = lastFrame;
            if (connection != this || !streaming || anchor == null) {
                return;
            }
            long time = timeline.placeOnTimeline(ptsNanos);
            if (time < 0) {
                return;
            }
            // the same wall clock as the recording: the last frame's arrival, moved by the stream time between them
            long epochMillis = anchor.receivedAtEpochMillis()
                    + Math.floorDiv((time - anchor.decodeTime()) * 1000, VideoFrame.TIMESCALE);
            MetadataDocument metadata = new MetadataDocument(document, epochMillis);
            for (FrameListener listener : listeners) {
                try {
                    listener.onMetadata(metadata);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "metadata listener failed for camera " + configuration.cameraId(), e);
                }
            }
        }

        /** Before the connection's first frame reaches the listeners, so a segment opens with the right tracks. */
        private void announceAudioFormat(AudioFormat format) {
            if (Objects.equals(format, audioFormat)) {
                return;
            }
            audioFormat = format;
            LOG.info(() -> "camera " + configuration.cameraId() + ": audio " + (format == null ? "none" : format));
            for (FrameListener listener : listeners) {
                try {
                    listener.onAudioFormat(format);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "audio listener failed for camera " + configuration.cameraId(), e);
                }
            }
        }

        private VideoFrame assemble(Supplier<VideoFrame> assembly) {
            try {
                return assembly.get();
            } catch (MalformedBitstreamException e) {
                if (!malformedLogged) {
                    malformedLogged = true;
                    LOG.warning(() -> "camera " + configuration.cameraId() + ": dropping malformed video data: "
                            + e.getMessage());
                }
                return null;
            }
        }

        /** Runs before the first frame reaches the listeners, so camera.connected precedes recording.started. */
        private void onFirstFrame(ParameterSets parameters) {
            streaming = true;
            state = CameraState.STREAMING;
            lastError = null;
            events.publish(RecorderEvent.CAMERA_CONNECTED, configuration.cameraId(), Map.of(
                    "width", Integer.toString(parameters.width()),
                    "height", Integer.toString(parameters.height()),
                    "codec", parameters.codecString()));
            LOG.info(() -> "camera " + configuration.cameraId() + ": streaming " + parameters);
        }

        @Override
        public void onFailure(String reason) {
            try {
                supervisor.execute(() -> handleFailure(this, reason));
            } catch (RejectedExecutionException e) {
                // the session was stopped meanwhile; nothing left to supervise
            }
        }
    }

    public CameraConfiguration configuration() {
        return configuration;
    }

    public CameraState state() {
        return state;
    }

    public String lastError() {
        return lastError;
    }

    /** RTP packets lost over all connections so far (java ingest only). */
    public long rtpPacketsLost() {
        return rtpPacketsLost.get();
    }

    /** How the latest connection received RTP, null if its pipeline did not say (GStreamer) or none connected yet. */
    public RtspTransport rtpTransport() {
        return rtpTransport;
    }

    public long framesReceived() {
        return framesReceived.get();
    }

    /** Access units that could not be used: before the first keyframe of a connection, or malformed. */
    public long framesDiscarded() {
        return framesDiscarded.get();
    }

    /** The audio format of the current (or last) connection, or null for a camera without audio. */
    public AudioFormat audioFormat() {
        return audioFormat;
    }

    /** The parameter sets of the most recent frame, or null before the first frame. */
    public ParameterSets parameterSets() {
        return parameterSets;
    }
}
