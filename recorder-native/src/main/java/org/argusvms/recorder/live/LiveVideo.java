package org.argusvms.recorder.live;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.codec.VideoCodec;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A camera's live video for viewers: its own stream, and for viewers whose browser cannot decode H.265 an H.264
 * transcode, started when the first of them joins and stopped after the last one left. All of them share the one
 * transcode through a second {@link LiveStream} (its own GOP cache and fan-out), so N such viewers cost one
 * transcode. A transcode that fails costs only its viewers' pictures: it runs outside ingest and recording, which
 * hand it frames without waiting.
 *
 * <p>Viewers allowed to listen (a live-with-audio ticket) of a camera with sound get a third stream, the camera's
 * video with its sound, fed only while the camera has audio; H.265 viewers of the transcode get no sound yet.
 */
public final class LiveVideo implements FrameListener {

    private static final Logger LOG = Logger.getLogger(LiveVideo.class.getName());
    private static final long LIMIT_BYTES = 32L << 20;

    private final String cameraId;
    private final LiveStream original;
    private final LiveStream transcoded;
    private final LiveStream audible;
    /** The camera's audio format, null for a camera without sound. */
    private volatile AudioFormat audioFormat;
    private final Transcoder.Factory transcoders;
    private volatile Transcoder transcoder; // written under this object's lock
    private volatile ParameterSets parameterSets;
    private volatile int frameTicks = VideoFrame.TIMESCALE / 25;
    private final AtomicInteger transcodesStarted = new AtomicInteger();
    /** Viewers without HEVC who joined before the camera's first frame told its codec; guarded by this. */
    private final List<LiveViewer> joinedBeforeFirstFrame = new ArrayList<>();

    LiveVideo(String cameraId, Transcoder.Factory transcoders, LongSupplier nanoTime) {
        this.cameraId = cameraId;
        this.transcoders = transcoders;
        this.original = new LiveStream(LIMIT_BYTES, LIMIT_BYTES, nanoTime);
        this.audible = LiveStream.audible(LIMIT_BYTES, LIMIT_BYTES, nanoTime);
        // A viewer may leave on the transcoder's own thread while the transcoded stream's lock is held (found dead
        // while a fragment was queued); stopping asynchronously keeps that thread free and the lock order simple.
        this.transcoded = new LiveStream(LIMIT_BYTES, LIMIT_BYTES, nanoTime,
                () -> CompletableFuture.runAsync(this::stopTranscodeIfUnwatched));
    }

    public static LiveVideo of(String cameraId, Clock clock) {
        return new LiveVideo(cameraId, H264Transcoder.factory(clock), System::nanoTime);
    }

    @Override
    public void onFrame(VideoFrame frame) {
        if (parameterSets == null) {
            firstFrame(frame.parameterSets());
        }
        parameterSets = frame.parameterSets();
        if (frame.durationHint() > 0) {
            frameTicks = frame.durationHint();
        }
        original.onFrame(frame);
        if (audioFormat != null) {
            audible.onFrame(frame);
        }
        Transcoder current = transcoder;
        if (current != null) {
            current.offer(frame);
        }
    }

    /**
     * Viewers without HEVC who joined before the codec was known were given the camera's stream; if it turns out to
     * be H.265 they are disconnected before its first fragment, and their players reconnect to the transcode.
     */
    private synchronized void firstFrame(ParameterSets first) {
        parameterSets = first;
        if (first.codec() == VideoCodec.H265) {
            joinedBeforeFirstFrame.forEach(LiveViewer::close);
        }
        joinedBeforeFirstFrame.clear();
    }

    @Override
    public void onAudioFormat(AudioFormat format) {
        audioFormat = format;
        audible.onAudioFormat(format);
    }

    @Override
    public void onAudioFrame(AudioFrame frame) {
        audible.onAudioFrame(frame);
    }

    /** Whether the camera's sound can be heard live: it has audio that browsers play (AAC, or G.711 as FLAC). */
    public boolean hasPlayableAudio() {
        return BrowserAudio.of(audioFormat) != null;
    }

    @Override
    public void onStreamInterrupted(String reason) {
        original.onStreamInterrupted(reason);
        audible.onStreamInterrupted(reason);
        transcoded.onStreamInterrupted(reason);
    }

    /**
     * Adds a viewer: to the camera's own stream unless the camera sends H.265 and the viewer cannot decode it; then
     * to the H.264 transcode, started if nobody watched it yet. Before the camera's first frame the codec is unknown:
     * the viewer gets the camera's own stream, and is disconnected to come back if that turns out to be H.265.
     *
     * @param playsHevc whether the viewer's player decodes H.265 (its browser said so)
     */
    public synchronized LiveViewer addViewer(ViewerConnection connection, boolean playsHevc) {
        return addViewer(connection, playsHevc, false);
    }

    /** @param mayListen whether the viewer's ticket allows the camera's sound: then it gets the audible stream */
    public synchronized LiveViewer addViewer(ViewerConnection connection, boolean playsHevc, boolean mayListen) {
        ParameterSets current = parameterSets;
        if (mayListen && hasPlayableAudio() && current != null
                && (playsHevc || current.codec() != VideoCodec.H265)) {
            return audible.addViewer(connection);
        }
        if (playsHevc || current == null || current.codec() != VideoCodec.H265) {
            LiveViewer viewer = original.addViewer(connection);
            if (current == null && !playsHevc) {
                joinedBeforeFirstFrame.add(viewer);
            }
            return viewer;
        }
        if (transcoder == null) {
            transcoded.onStreamInterrupted("transcode starting"); // no stale pictures from an earlier run
            transcoder = startTranscode(current);
        }
        LiveViewer viewer = transcoded.addViewer(connection);
        if (transcoder == null) {
            viewer.close(); // nothing it could play will come
        }
        return viewer;
    }

    private Transcoder startTranscode(ParameterSets source) {
        try {
            transcodesStarted.incrementAndGet();
            return transcoders.start(cameraId, source, frameTicks, transcoded);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "camera " + cameraId + ": the H.264 transcode cannot start", e);
            return null;
        }
    }

    /** Runs after a transcode viewer left, never on the transcoder's own thread (closing waits for that thread). */
    private void stopTranscodeIfUnwatched() {
        Transcoder stopped;
        synchronized (this) {
            if (transcoder == null || transcoded.viewerCount() > 0) {
                return;
            }
            stopped = transcoder;
            transcoder = null;
        }
        LOG.info(() -> "camera " + cameraId + ": the last viewer of the H.264 transcode left; stopping it");
        stopped.close();
    }

    /** Whether an H.264 transcode runs for this camera now. */
    public boolean transcoding() {
        return transcoder != null;
    }

    /** How many transcodes were started since the camera was configured: one per run of watching, not per viewer. */
    public int transcodesStarted() {
        return transcodesStarted.get();
    }

    public int viewerCount() {
        return original.viewerCount() + transcoded.viewerCount() + audible.viewerCount();
    }

    public int transcodedViewerCount() {
        return transcoded.viewerCount();
    }

    /**
     * Disconnects every viewer (camera removed or recorder stopping) and stops a transcode before returning. The
     * transcode is taken first: its viewers leaving would otherwise start an asynchronous stop that could still be
     * running when this returns.
     */
    public void close() {
        Transcoder running;
        synchronized (this) {
            running = transcoder;
            transcoder = null;
        }
        original.close();
        audible.close();
        transcoded.close();
        if (running != null) {
            LOG.info(() -> "camera " + cameraId + ": closing; stopping its H.264 transcode");
            running.close();
        }
    }
}
