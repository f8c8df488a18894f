package org.argusvms.recorder.storage;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.argusvms.recorder.support.NamedThreads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records one camera to disk on its own writer thread. The streaming thread only enqueues frames, so file system
 * latency and fsync never stall ingest; if the disk falls so far behind that the queue fills, frames are dropped up
 * to the next keyframe (counted and logged) instead of blocking the camera. What is written follows the recording
 * mode and the triggers ({@link RecordingGate}). Frames go to the writer a fragment at a time ({@link FragmentBatch}),
 * so its thread wakes once per fragment rather than once per frame.
 */
public final class CameraRecording implements FrameListener, RecordingTrigger, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CameraRecording.class.getName());

    private sealed interface Command permits Write, WriteAudio, Finish, Stop {
    }

    private record WriteAudio(AudioFrame frame) implements Command {
    }

    /** Frames in decode order; {@code trigger} names the trigger when they start a triggered recording. */
    private record Write(List<VideoFrame> frames, String trigger) implements Command {
    }

    /** Ends the recording in progress (a new one starts with the next frames written). */
    private record Finish(String reason) implements Command {
    }

    private record Stop(String reason) implements Command {
    }

    private final String cameraId;
    private final SegmentWriter writer;
    private final BlockingQueue<Command> queue;
    private final Thread thread;
    private final RecordingGate gate;
    private final int queueCapacity;
    /** Frames handed to the writer and not written yet: the queue's bound is in frames, whatever the batches. */
    private final AtomicInteger framesQueued = new AtomicInteger();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong audioFramesDropped = new AtomicLong();
    private volatile AudioFormat audioFormat;
    private volatile boolean closed;
    private volatile long bytesWritten;
    private volatile long framesWritten;
    private volatile boolean recording;
    private volatile String lastError;
    // guarded by batch: the streaming thread's, and the supervisor's when the stream ends
    private final FragmentBatch batch;
    private String batchTrigger;
    private boolean droppingUntilKeyframe;
    private String finishPending; // a Finish that found the queue full

    /** Records everything ({@code enabled}: mode ALWAYS) or nothing (mode OFF). */
    public CameraRecording(String cameraId, boolean enabled, StorageLayout layout, RecordingSettings settings,
                           EventPublisher events, SegmentListener index) {
        this(cameraId, enabled ? RecordingMode.ALWAYS : RecordingMode.OFF, TriggeredRecording.DEFAULTS, layout,
                settings, events, index, Clock.systemUTC());
    }

    public CameraRecording(String cameraId, RecordingMode mode, TriggeredRecording triggered, StorageLayout layout,
                           RecordingSettings settings, EventPublisher events, SegmentListener index, Clock clock) {
        this.cameraId = cameraId;
        this.gate = new RecordingGate(mode, triggered, settings.preBufferMaxBytes(), clock);
        this.writer = new SegmentWriter(cameraId, layout, settings, events, index);
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.queueCapacity = settings.queueCapacity();
        this.batch = new FragmentBatch(settings.maxFragmentDuration().toMillis() * VideoFrame.TIMESCALE / 1000);
        this.thread = NamedThreads.start("recording-" + cameraId, this::run);
    }

    @Override
    public void onFrame(VideoFrame frame) {
        if (closed) {
            return;
        }
        RecordingGate.Admission admission = gate.admit(frame);
        List<VideoFrame> frames = admission.write();
        synchronized (batch) {
            if (admission.endRecording() != null) {
                finishPending = admission.endRecording();
            }
            if (finishPending != null) {
                // the end must reach the writer before any later frame, or the next recording would continue this file
                handOverBatch();
                if (!queue.offer(new Finish(finishPending))) {
                    framesDropped.addAndGet(frames.size());
                    return;
                }
                finishPending = null;
                batch.restart();
            }
            if (frames.isEmpty()) {
                return;
            }
            if (droppingUntilKeyframe && batch.isEmpty() && !frames.get(0).keyframe()) {
                framesDropped.addAndGet(frames.size());
                return;
            }
            if (admission.startTrigger() != null) {
                batchTrigger = admission.startTrigger();
            }
            frames.forEach(batch::add);
            if (batch.endsFragment()) {
                handOverBatch();
            }
        }
    }

    /** Taken by the writer when it opens the next segment, which the connection's first frame does. */
    @Override
    public void onAudioFormat(AudioFormat format) {
        audioFormat = format;
    }

    /**
     * Audio is written into open segments only; a full queue drops it (counted with the frames). The video batched so
     * far goes to the writer first: the writer files sound with the fragment of its time and forgets what is pending
     * when a segment starts, so sound must not overtake the video it belongs with.
     */
    @Override
    public void onAudioFrame(AudioFrame frame) {
        if (closed) {
            return;
        }
        handOverBatch();
        if (!queue.offer(new WriteAudio(frame))) {
            audioFramesDropped.incrementAndGet();
        }
    }

    /** Queues the batch for the writer, or drops it (and what follows up to a keyframe) when the queue is full. */
    private void handOverBatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<VideoFrame> frames = batch.take();
        String trigger = batchTrigger;
        batchTrigger = null;
        if (framesQueued.addAndGet(frames.size()) <= queueCapacity && queue.offer(new Write(frames, trigger))) {
            droppingUntilKeyframe = false;
            return;
        }
        framesQueued.addAndGet(-frames.size());
        framesDropped.addAndGet(frames.size());
        if (!droppingUntilKeyframe) {
            LOG.warning(() -> "camera " + cameraId + ": storage is too slow, dropping frames up to the next "
                    + "keyframe (" + framesDropped.get() + " dropped so far)");
        }
        droppingUntilKeyframe = true;
    }

    @Override
    public void onStreamInterrupted(String reason) {
        gate.streamInterrupted();
        synchronized (batch) {
            handOverBatch(); // the connection is closed: no frame of it follows
            batch.restart();
        }
        enqueue(new Finish(reason));
    }

    /**
     * Applies a recording mode and its triggered-recording settings with the next frame; switching OFF closes the
     * current file, switching from ALWAYS to EVENT or MOTION closes it at the next keyframe unless triggered.
     */
    public void configure(RecordingMode mode, TriggeredRecording triggered) {
        gate.configure(mode, triggered);
    }

    @Override
    public Optional<Instant> trigger(Source source, String reason, Duration lasting) {
        Optional<Instant> until = gate.trigger(source, reason, lasting);
        until.ifPresent(time -> LOG.fine(() -> "camera " + cameraId + ": recording triggered by " + source + " ("
                + reason + ") until " + time));
        return until;
    }

    /** Writes everything queued, closes the file and ends the writer thread. */
    @Override
    public void close() {
        close("camera stopped");
    }

    public void close(String reason) {
        closed = true;
        synchronized (batch) {
            handOverBatch();
        }
        enqueue(new Stop(reason));
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Control commands wait for room (the writer drains quickly), but not forever on a hung disk. */
    private void enqueue(Command command) {
        try {
            if (!queue.offer(command, 5, TimeUnit.SECONDS)) {
                LOG.severe(() -> "camera " + cameraId + ": storage writer stuck, " + command + " not delivered");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            Command command;
            try {
                command = queue.take();
            } catch (InterruptedException e) {
                writer.finish("recorder interrupted");
                return;
            }
            try {
                if (command instanceof Write write) {
                    framesQueued.addAndGet(-write.frames().size());
                    writer.startTrigger(write.trigger());
                    writer.audioFormat(audioFormat);
                    write.frames().forEach(writer::write);
                } else if (command instanceof WriteAudio writeAudio) {
                    writer.writeAudio(writeAudio.frame());
                } else if (command instanceof Finish finish) {
                    writer.finish(finish.reason());
                } else if (command instanceof Stop stop) {
                    writer.finish(stop.reason());
                    publishProgress();
                    return;
                }
            } catch (RuntimeException e) {
                // a bug must not end the writer thread: the queue would fill and the camera lose its recording
                LOG.log(Level.SEVERE, "camera " + cameraId + ": recording step failed", e);
            }
            publishProgress();
        }
    }

    private void publishProgress() {
        bytesWritten = writer.bytesWritten();
        framesWritten = writer.framesWritten();
        recording = writer.recording();
        lastError = writer.lastError();
    }

    /** Bytes of video held in memory for a future trigger. */
    public long preBufferBytes() {
        return gate.preBufferBytes();
    }

    /** Whether a segment file is being written right now. */
    public boolean recording() {
        return recording;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    public long framesWritten() {
        return framesWritten;
    }

    public long framesDropped() {
        return framesDropped.get();
    }

    /** Audio frames dropped because the storage queue was full. */
    public long audioFramesDropped() {
        return audioFramesDropped.get();
    }

    public String lastError() {
        return lastError;
    }
}
