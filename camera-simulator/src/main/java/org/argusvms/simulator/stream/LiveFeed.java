package org.argusvms.simulator.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.rtp.H264Packetizer;
import org.argusvms.simulator.rtp.PacketizedAccessUnit;
import org.argusvms.simulator.rtp.RtpVideoFormat;
import org.argusvms.simulator.stamp.StampedFrameEncoder;

/**
 * The live picture of one camera: plays its clip in a loop at the clip's frame rate and hands each frame to every
 * listener, so that all viewers see the same live position, as with a real camera. Runs whether or not anyone
 * watches. While {@link Fault#RESOLUTION_CHANGE} is active it plays the alternate clip instead, switching in either
 * direction only at a key frame, so that every viewer gets a decodable stream with new SPS and PPS in-band.
 *
 * <p>A stamped feed ({@link #stamped}) plays what a live {@link StampedFrameEncoder} encodes instead of a clip,
 * each picture as soon as it is encoded; it ignores {@link Fault#RESOLUTION_CHANGE}.
 */
public final class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final String cameraName;
    private final PacketizedClip primary;
    private final PacketizedClip alternate;
    private final CameraFaults faults;
    private final int fps;
    private final Instant startTime;
    private final AtomicLong nextFrameIndex = new AtomicLong();
    private final CopyOnWriteArrayList<FrameListener> listeners = new CopyOnWriteArrayList<>();
    /** Null for a feed that replays clips. */
    private final StampedFrameEncoder encoder;
    private final Consumer<StampedFrameEncoder.EncodedFrame> encodedFrameListener = this::onEncoded;
    private volatile PacketizedClip playing;
    private ScheduledFuture<?> ticker;

    /** A feed without faults. */
    public LiveFeed(String cameraName, H264Clip clip, H264Packetizer packetizer, Clock clock) {
        this(cameraName, clip, clip, new CameraFaults(cameraName), packetizer, clock);
    }

    /**
     * @param alternateClip played during {@link Fault#RESOLUTION_CHANGE}; same frame rate as {@code clip}
     */
    public LiveFeed(String cameraName, H264Clip clip, H264Clip alternateClip, CameraFaults faults,
                    H264Packetizer packetizer, Clock clock) {
        this(cameraName, PacketizedClip.of(clip, packetizer),
                alternateClip == clip ? null : PacketizedClip.of(alternateClip, packetizer), faults, clock);
    }

    /**
     * A feed of clips in any codec.
     *
     * @param alternateClip played during {@link Fault#RESOLUTION_CHANGE} (null: the main clip); same frame rate and
     *                      codec as {@code clip}
     */
    public LiveFeed(String cameraName, PacketizedClip clip, PacketizedClip alternateClip, CameraFaults faults,
                    Clock clock) {
        if (alternateClip != null && (alternateClip.fps() != clip.fps()
                || !alternateClip.format().encodingName().equals(clip.format().encodingName()))) {
            throw new IllegalArgumentException("the alternate clip must have the frame rate and codec of the main clip");
        }
        this.cameraName = cameraName;
        this.primary = clip;
        this.alternate = alternateClip == null ? clip : alternateClip;
        this.faults = faults;
        this.playing = primary;
        this.fps = clip.fps();
        this.startTime = clock.instant();
        this.encoder = null;
    }

    private LiveFeed(String cameraName, StampedFrameEncoder encoder, CameraFaults faults, Clock clock) {
        this.cameraName = cameraName;
        this.primary = null;
        this.alternate = null;
        this.faults = faults;
        this.fps = encoder.settings().fps();
        this.startTime = clock.instant();
        this.encoder = encoder;
    }

    /** A feed of what {@code encoder} encodes live, stamped with the capture time (it may feed other cameras too). */
    public static LiveFeed stamped(String cameraName, StampedFrameEncoder encoder, CameraFaults faults, Clock clock) {
        return new LiveFeed(cameraName, encoder, faults, clock);
    }

    public synchronized void start(ScheduledExecutorService scheduler) {
        if (ticker != null) {
            throw new IllegalStateException("feed of " + cameraName + " already started");
        }
        if (encoder != null) {
            encoder.addListener(encodedFrameListener);
            return;
        }
        ticker = scheduler.scheduleAtFixedRate(this::tickGuarded, 0, NANOS_PER_SECOND / fps, TimeUnit.NANOSECONDS);
    }

    public synchronized void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        if (encoder != null) {
            encoder.removeListener(encodedFrameListener);
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

    /** The format of the clip being played, for DESCRIBE's parameter sets. */
    public RtpVideoFormat currentFormat() {
        return encoder != null ? RtpVideoFormat.h264(encoder.description()) : playing.format();
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
        PacketizedClip wanted = faults.isActive(Fault.RESOLUTION_CHANGE) ? alternate : primary;
        if (wanted != playing && frameOf(wanted, index).idr()) {
            playing = wanted;
        }
        PacketizedAccessUnit accessUnit = frameOf(playing, index);
        deliver(new LiveFrame(index, startTime.plusNanos(index * NANOS_PER_SECOND / fps), accessUnit));
    }

    private void onEncoded(StampedFrameEncoder.EncodedFrame encoded) {
        deliver(new LiveFrame(nextFrameIndex.getAndIncrement(), encoded.captureTime(), encoded.accessUnit()));
    }

    private void deliver(LiveFrame frame) {
        for (FrameListener listener : listeners) {
            listener.onFrame(frame);
        }
    }

    private static PacketizedAccessUnit frameOf(PacketizedClip clip, long index) {
        return clip.frames().get((int) (index % clip.frames().size()));
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
