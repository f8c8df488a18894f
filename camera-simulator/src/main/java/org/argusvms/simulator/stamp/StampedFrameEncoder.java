package org.argusvms.simulator.stamp;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.argusvms.simulator.h264.AccessUnit;
import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.rtp.H264Packetizer;
import org.argusvms.simulator.rtp.PacketizedAccessUnit;

/**
 * A live H.264 encoder whose pictures carry their capture time ({@link FrameStamp}): paces raw frames into ffmpeg
 * (libx264, ultrafast, zerolatency: one picture out per picture in, no look-ahead, no B-frames, fixed GOP) and hands
 * each encoded picture to its listeners the moment ffmpeg writes it. Cameras with the same settings share one
 * encoder, as clip cameras share a clip: every stamped camera costs one RTP fan-out, not one encoder.
 *
 * <p>Each picture is a grey ramp moving one step per frame (so the encoder has motion to code) under the stamp.
 * How long encoding took — capture time to hand-over — is kept per picture ({@link #drainEncodeDelays()}), so a
 * benchmark can tell the camera's share of a latency from the rest.
 */
public final class StampedFrameEncoder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StampedFrameEncoder.class.getName());
    private static final Duration FIRST_FRAME_PATIENCE = Duration.ofSeconds(20);
    private static final int MAX_KEPT_DELAYS = 1_000_000;

    /** An encoded picture and the wall-clock time drawn into it. */
    public record EncodedFrame(PacketizedAccessUnit accessUnit, Instant captureTime) {
    }

    /** What the encoder produces; width and height at least {@link FrameStamp#WIDTH} × {@link FrameStamp#HEIGHT}. */
    public record Settings(int width, int height, int fps, int gop, int bitrateKbps) {

        public Settings {
            if (width < FrameStamp.WIDTH || height < FrameStamp.HEIGHT || width % 2 != 0 || height % 2 != 0) {
                throw new IllegalArgumentException("stamped frames need an even picture size of at least "
                        + FrameStamp.WIDTH + "x" + FrameStamp.HEIGHT + ", got " + width + "x" + height);
            }
            if (fps <= 0 || gop <= 0 || bitrateKbps <= 0) {
                throw new IllegalArgumentException("fps, GOP and bit rate must be positive");
            }
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final H264Packetizer packetizer;
    private final Process ffmpeg;
    private final ScheduledExecutorService pacer;
    private final Thread reader;
    private final Queue<Long> captureTimes = new ConcurrentLinkedQueue<>();
    private final List<Consumer<EncodedFrame>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch described = new CountDownLatch(1);
    /** Capture time → capture-to-hand-over time, both ms, of the pictures since the last drain. */
    private final Map<Long, Long> encodeDelayMillis = new LinkedHashMap<>();
    private final byte[] picture;
    private volatile H264Clip description;
    private volatile boolean closing;
    private long frameNumber;

    private StampedFrameEncoder(Settings settings, Clock clock, H264Packetizer packetizer, Process ffmpeg) {
        this.settings = settings;
        this.clock = clock;
        this.packetizer = packetizer;
        this.ffmpeg = ffmpeg;
        int lumaSize = settings.width() * settings.height();
        this.picture = new byte[lumaSize * 3 / 2];
        Arrays.fill(picture, lumaSize, picture.length, (byte) 128); // no colour
        this.pacer = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "argus-sim-stamp-pacer"));
        this.reader = daemon(this::readEncodedFrames, "argus-sim-stamp-reader");
    }

    /**
     * Starts ffmpeg and the pacing, and returns once the first key frame is out (so DESCRIBE can be answered).
     *
     * @throws IOException when ffmpeg cannot be run or produces no picture
     */
    public static StampedFrameEncoder start(Settings settings, Clock clock, H264Packetizer packetizer, String ffmpegCommand)
            throws IOException {
        Process ffmpeg;
        try {
            ffmpeg = new ProcessBuilder(command(settings, ffmpegCommand))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IOException("cannot run '" + ffmpegCommand + "' to encode stamped frames; install ffmpeg (with"
                    + " libx264) or put it on the PATH: " + e.getMessage(), e);
        }
        StampedFrameEncoder encoder = new StampedFrameEncoder(settings, clock, packetizer, ffmpeg);
        encoder.reader.start();
        encoder.pacer.scheduleAtFixedRate(encoder::encodeNextGuarded, 0, 1_000_000_000L / settings.fps(),
                TimeUnit.NANOSECONDS);
        try {
            if (!encoder.described.await(FIRST_FRAME_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                encoder.close();
                throw new IOException("ffmpeg encoded no stamped key frame within " + FIRST_FRAME_PATIENCE.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            encoder.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the stamped encoder", e);
        }
        LOG.info(() -> "encoding stamped frames live: " + settings);
        return encoder;
    }

    static List<String> command(Settings settings, String ffmpegCommand) {
        String bitrate = settings.bitrateKbps() + "k";
        return List.of(ffmpegCommand, "-hide_banner", "-loglevel", "error",
                "-f", "rawvideo", "-pix_fmt", "yuv420p", "-video_size", settings.width() + "x" + settings.height(),
                "-framerate", Integer.toString(settings.fps()), "-i", "pipe:0",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
                "-g", Integer.toString(settings.gop()), "-keyint_min", Integer.toString(settings.gop()),
                "-sc_threshold", "0", "-bf", "0", "-b:v", bitrate, "-maxrate", bitrate, "-bufsize", bitrate,
                // one picture out per picture in, written out at once
                "-fps_mode", "passthrough", "-flush_packets", "1", "-f", "flv", "pipe:1");
    }

    public Settings settings() {
        return settings;
    }

    /** The stream's parameter sets and first key frame, for DESCRIBE. */
    public H264Clip description() {
        return description;
    }

    public void addListener(Consumer<EncodedFrame> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<EncodedFrame> listener) {
        listeners.remove(listener);
    }

    /**
     * For each picture encoded since the last call, oldest first: its capture time (epoch ms, as stamped) → how long
     * capture to hand-over to the RTP senders took (ms).
     */
    public Map<Long, Long> drainEncodeDelays() {
        synchronized (encodeDelayMillis) {
            Map<Long, Long> delays = new LinkedHashMap<>(encodeDelayMillis);
            encodeDelayMillis.clear();
            return delays;
        }
    }

    @Override
    public void close() {
        closing = true;
        pacer.shutdownNow();
        ffmpeg.destroy();
        try {
            if (!ffmpeg.waitFor(2, TimeUnit.SECONDS)) {
                ffmpeg.destroyForcibly();
            }
            reader.join(2000);
        } catch (InterruptedException e) {
            ffmpeg.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        listeners.clear();
    }

    private void encodeNext() throws IOException {
        int width = settings.width();
        long frame = frameNumber++;
        for (int y = FrameStamp.HEIGHT; y < settings.height(); y++) {
            for (int x = 0; x < width; x++) {
                picture[y * width + x] = (byte) (48 + ((x + y + 4 * frame) & 0x7F));
            }
        }
        long captured = clock.millis();
        FrameStamp.paint(picture, width, captured);
        captureTimes.add(captured);
        OutputStream in = ffmpeg.getOutputStream();
        in.write(picture);
        in.flush();
    }

    /** An exception escaping a fixed-rate task would silently stop the camera's picture. */
    private void encodeNextGuarded() {
        try {
            encodeNext();
        } catch (IOException e) {
            if (!closing) {
                LOG.log(Level.WARNING, "cannot feed the stamped encoder", e);
            }
            pacer.shutdown();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stamped frame failed", e);
        }
    }

    private void readEncodedFrames() {
        FlvVideoReader flv = new FlvVideoReader(ffmpeg.getInputStream());
        try {
            for (AccessUnit picture = flv.next(); picture != null; picture = flv.next()) {
                Long captured = captureTimes.poll();
                if (captured == null) {
                    continue; // cannot happen with one picture out per picture in; never invent a time
                }
                if (picture.isIdr()) {
                    FlvVideoReader.ParameterSets sets = flv.parameterSets();
                    picture = H264Clip.withParameterSets(picture, sets.sps(), sets.pps());
                    if (description == null) {
                        description = H264Clip.describing(sets.sps(), sets.pps(), picture, settings.fps());
                        described.countDown();
                    }
                }
                if (description != null) {
                    hand(new EncodedFrame(packetizer.packetize(picture), Instant.ofEpochMilli(captured)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                LOG.log(Level.WARNING, "cannot read the stamped encoder's output", e);
            }
        }
    }

    private void hand(EncodedFrame frame) {
        for (Consumer<EncodedFrame> listener : listeners) {
            listener.accept(frame);
        }
        long delayMillis = clock.millis() - frame.captureTime().toEpochMilli();
        synchronized (encodeDelayMillis) {
            if (encodeDelayMillis.size() < MAX_KEPT_DELAYS) {
                encodeDelayMillis.put(frame.captureTime().toEpochMilli(), delayMillis);
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
