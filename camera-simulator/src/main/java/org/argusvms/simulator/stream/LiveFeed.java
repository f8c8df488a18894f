package org.argusvms.simulator.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.rtp.H264Packetizer;
import org.argusvms.simulator.rtp.PacketizedAccessUnit;

/**
 * The live picture of one camera: plays its clip in a loop at the clip's frame rate and hands each frame to every
 * listener, so that all viewers see the same live position, as with a real camera. Runs whether or not anyone
 * watches.
 */
public final class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final String cameraName;
    private final List<PacketizedAccessUnit> frames;
    private final int fps;
    private final Instant startTime;
    private final AtomicLong nextFrameIndex = new AtomicLong();
    private final CopyOnWriteArrayList<FrameListener> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> ticker;

    public LiveFeed(String cameraName, H264Clip clip, H264Packetizer packetizer, Clock clock) {
        this.cameraName = cameraName;
        this.frames = clip.accessUnits().stream().map(packetizer::packetize).toList();
        this.fps = clip.fps();
        this.startTime = clock.instant();
    }

    public synchronized void start(ScheduledExecutorService scheduler) {
        if (ticker != null) {
            throw new IllegalStateException("feed of " + cameraName + " already started");
        }
        ticker = scheduler.scheduleAtFixedRate(this::tickGuarded, 0, NANOS_PER_SECOND / fps, TimeUnit.NANOSECONDS);
    }

    public synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        listeners.clear();
    }

    public int fps() {
        return fps;
    }

    /** Index of the frame the next tick will deliver. */
    public long nextFrameIndex() {
        return nextFrameIndex.get();
    }

    public void addListener(FrameListener listener) {
        listeners.addIfAbsent(listener);
    }

    public void removeListener(FrameListener listener) {
        listeners.remove(listener);
    }

    /** Delivers the next frame; the scheduler calls this once per frame period. */
    void tick() {
        long index = nextFrameIndex.getAndIncrement();
        PacketizedAccessUnit accessUnit = frames.get((int) (index % frames.size()));
        LiveFrame frame = new LiveFrame(index, startTime.plusNanos(index * NANOS_PER_SECOND / fps), accessUnit);
        for (FrameListener listener : listeners) {
            listener.onFrame(frame);
        }
    }

    /** An exception escaping a fixed-rate task would silently cancel it and freeze the camera. */
    private void tickGuarded() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "frame delivery failed on camera " + cameraName, e);
        }
    }
}
