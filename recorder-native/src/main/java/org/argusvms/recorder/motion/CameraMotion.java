package org.argusvms.recorder.motion;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Motion detection of one camera, fed with its frames like storage and live video. Off (and free) unless its
 * {@link MotionSettings} enable it; new settings apply at once, without reconnecting the camera.
 *
 * <p>Only key frames are decoded when {@code analysisFps} is 0; otherwise every frame is decoded (P-frames need their
 * predecessors) and pictures are analysed at most {@code analysisFps} times a second. Each analysed picture yields
 * the moving cells outside the exclude region; those are stored for smart search, and those also inside the include
 * region drive the {@code motion.started}/{@code motion.stopped} events and the {@link MotionListener}.
 *
 * <p>Threading: {@link #onFrame} runs on the ingest thread and only queues key frames (or frames) to the decoder;
 * analysis, storage and events run on the decoder's streaming thread; the rest on the camera's control threads.
 */
public final class CameraMotion implements FrameListener, AutoCloseable {

    /** Motion stops after this long without motion in the include region. */
    static final Duration QUIET_PERIOD = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(CameraMotion.class.getName());

    private final String cameraId;
    private final MotionGridFiles files;
    private final EventPublisher events;
    private final MotionListener listener;
    private final AtomicLong picturesAnalysed = new AtomicLong();
    private volatile Analysis analysis;
    private MotionSettings settings = MotionSettings.OFF; // guarded by this

    public CameraMotion(String cameraId, MotionSettings settings, MotionGridFiles files, EventPublisher events,
                        MotionListener listener) {
        this.cameraId = cameraId;
        this.files = files;
        this.events = events;
        this.listener = listener;
        apply(settings);
    }

    /** Applies new settings at once: restarts the analysis (ending active motion) if they changed. */
    public synchronized void apply(MotionSettings next) {
        if (next.equals(settings)) {
            return;
        }
        settings = next;
        Analysis previous = analysis;
        analysis = null;
        if (previous != null) {
            previous.close();
        }
        if (next.enabled()) {
            try {
                analysis = new Analysis(next);
            } catch (RuntimeException e) {
                // the camera records without motion detection rather than not at all
                LOG.log(Level.SEVERE, "camera " + cameraId + ": motion detection cannot start", e);
            }
        }
    }

    @Override
    public void onFrame(VideoFrame frame) {
        Analysis current = analysis;
        if (current != null && (frame.keyframe() || current.settings.analysisFps() > 0)) {
            current.decoder.decode(frame);
        }
    }

    @Override
    public void onStreamInterrupted(String reason) {
        Analysis current = analysis;
        if (current != null) {
            current.interrupt();
        }
    }

    /** For monitoring: whether detection runs, how many pictures it analysed, whether the camera sees motion. */
    public JsonObject health() {
        Analysis current = analysis;
        return Json.createObjectBuilder()
                .add("enabled", current != null)
                .add("picturesAnalysed", picturesAnalysed.get())
                .add("moving", current != null && current.moving())
                .build();
    }

    /** Stops detection: active motion stops, the current second's grid is written. */
    @Override
    public synchronized void close() {
        apply(MotionSettings.OFF);
    }

    /** One run of detection with fixed settings: decoder, background, hysteresis and grid file. */
    private final class Analysis {
        private final MotionSettings settings;
        private final GridCells include;
        private final GridCells exclude;
        private final long minIntervalMillis;
        private final MotionDetector detector;
        private final MotionActivity activity;
        private final MotionGridWriter grids;
        private final GrayFrameDecoder decoder;
        private long lastAnalysedMillis = -1; // guarded by this
        private boolean writeFailureLogged; // guarded by this

        Analysis(MotionSettings settings) {
            this.settings = settings;
            this.include = settings.include().isEmpty() ? GridCells.ALL : GridCells.inside(settings.include());
            this.exclude = GridCells.inside(settings.exclude());
            this.minIntervalMillis = settings.analysisFps() == 0 ? 0 : 1000 / settings.analysisFps();
            this.detector = new MotionDetector(settings.sensitivity());
            // pictures a second or more apart are strong evidence each; closer ones must agree twice
            this.activity = new MotionActivity(settings.analysisFps() >= 2 ? 2 : 1, QUIET_PERIOD);
            this.grids = new MotionGridWriter(files, cameraId);
            this.decoder = new GrayFrameDecoder(cameraId, this::analyse);
        }

        /** On the decoder's streaming thread. */
        private synchronized void analyse(GrayFrame picture) {
            if (lastAnalysedMillis >= 0 && picture.epochMillis() - lastAnalysedMillis < minIntervalMillis) {
                return;
            }
            lastAnalysedMillis = picture.epochMillis();
            picturesAnalysed.incrementAndGet();
            GridCells moved = detector.analyse(picture).without(exclude);
            store(picture.epochMillis(), moved);
            GridCells inRegion = moved.intersection(include);
            MotionActivity.Change change = activity.observe(picture.epochMillis(), !inRegion.isEmpty());
            if (change == MotionActivity.Change.STARTED) {
                events.publish(RecorderEvent.MOTION_STARTED, cameraId,
                        Map.of("cells", Integer.toString(inRegion.count())));
            } else if (change == MotionActivity.Change.STOPPED) {
                publishStopped(activity.lastMotionMillis());
            }
            if (activity.active() && !inRegion.isEmpty()) {
                listener.motionSeen(cameraId, Instant.ofEpochMilli(picture.epochMillis()));
            }
        }

        private void store(long epochMillis, GridCells moved) {
            try {
                grids.record(epochMillis, moved);
            } catch (IOException | RuntimeException e) {
                if (!writeFailureLogged) {
                    writeFailureLogged = true; // once per run: a full disk must not flood the log
                    LOG.log(Level.WARNING, "camera " + cameraId + ": cannot store motion grid", e);
                }
            }
        }

        private void publishStopped(long endMillis) {
            events.publish(RecorderEvent.MOTION_STOPPED, cameraId, Map.of("durationMillis",
                    Long.toString(Math.max(0, endMillis - activity.startedAtMillis()))));
        }

        synchronized boolean moving() {
            return activity.active();
        }

        synchronized void interrupt() {
            if (activity.interrupt() == MotionActivity.Change.STOPPED) {
                publishStopped(activity.lastMotionMillis());
            }
            detector.reset();
        }

        /** Stops decoding first, so that no picture arrives after the final grid is written. */
        void close() {
            decoder.close();
            synchronized (this) {
                interrupt();
                try {
                    grids.close();
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "camera " + cameraId + ": cannot finish motion grid file", e);
                }
            }
        }
    }
}
