package org.argusvms.recorder.storage;

import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;
import org.argusvms.recorder.support.NamedThreads;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records one camera to disk on its own writer thread. The streaming thread only enqueues frames, so file system
 * latency and fsync never stall ingest; if the disk falls so far behind that the queue fills, frames are dropped up
 * to the next keyframe (counted and logged) instead of blocking the camera.
 */
public final class CameraRecording implements FrameListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CameraRecording.class.getName());

    private sealed interface Command permits Frame, Interrupt, Enable, Stop {
    }

    private record Frame(VideoFrame frame) implements Command {
    }

    private record Interrupt(String reason) implements Command {
    }

    private record Enable(boolean enabled) implements Command {
    }

    private record Stop(String reason) implements Command {
    }

    private final String cameraId;
    private final SegmentWriter writer;
    private final BlockingQueue<Command> queue;
    private final Thread thread;
    private final AtomicLong framesDropped = new AtomicLong();
    private volatile boolean enabled;
    private volatile long bytesWritten;
    private volatile long framesWritten;
    private volatile boolean recording;
    private volatile String lastError;
    private boolean droppingUntilKeyframe; // streaming thread only

    public CameraRecording(String cameraId, boolean enabled, StorageLayout layout, RecordingSettings settings,
                           EventPublisher events, SegmentListener index) {
        this.cameraId = cameraId;
        this.enabled = enabled;
        this.writer = new SegmentWriter(cameraId, layout, settings, events, index);
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.thread = NamedThreads.start("recording-" + cameraId, this::run);
    }

    @Override
    public void onFrame(VideoFrame frame) {
        if (!enabled) {
            return;
        }
        if (droppingUntilKeyframe && !frame.keyframe()) {
            framesDropped.incrementAndGet();
            return;
        }
        if (queue.offer(new Frame(frame))) {
            droppingUntilKeyframe = false;
        } else {
            framesDropped.incrementAndGet();
            if (!droppingUntilKeyframe) {
                LOG.warning(() -> "camera " + cameraId + ": storage is too slow, dropping frames up to the next "
                        + "keyframe (" + framesDropped.get() + " dropped so far)");
            }
            droppingUntilKeyframe = true;
        }
    }

    @Override
    public void onStreamInterrupted(String reason) {
        enqueue(new Interrupt(reason));
    }

    /** Recording mode ALWAYS (true) or OFF (false); switching off closes the current file. */
    public void setEnabled(boolean enabled) {
        if (this.enabled != enabled) {
            this.enabled = enabled;
            enqueue(new Enable(enabled));
        }
    }

    /** Writes everything queued, closes the file and ends the writer thread. */
    @Override
    public void close() {
        close("camera stopped");
    }

    public void close(String reason) {
        enabled = false;
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
                if (command instanceof Frame frame) {
                    writer.write(frame.frame());
                } else if (command instanceof Interrupt interrupt) {
                    writer.finish(interrupt.reason());
                } else if (command instanceof Enable enable && !enable.enabled()) {
                    writer.finish("recording mode OFF");
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

    public boolean enabled() {
        return enabled;
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

    public String lastError() {
        return lastError;
    }
}
