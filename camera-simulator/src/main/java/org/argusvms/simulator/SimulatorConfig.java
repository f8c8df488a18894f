package org.argusvms.simulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.argusvms.simulator.audio.AudioCodec;
import org.argusvms.simulator.clip.ClipGenerator;
import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.TestPattern;
import org.argusvms.simulator.clip.VideoCodec;
import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.argusvms.simulator.rtsp.Credentials;
import org.argusvms.simulator.stamp.StampedFrameEncoder;

/** How a {@link CameraSimulator} runs. Build with {@link #builder()}; every value has a default. */
public final class SimulatorConfig {

    public static final int DEFAULT_PORT = 8554;
    public static final int MAX_CAMERAS = 64;
    /** Camera i (from 0) shows pattern i modulo this list; the cheapest to encode come first. */
    public static final List<TestPattern> DEFAULT_PATTERNS = List.of(TestPattern.values());

    private final InetAddress bindAddress;
    private final int port;
    private final int cameraCount;
    private final List<TestPattern> patterns;
    private final int width;
    private final int height;
    private final int fps;
    private final int gop;
    private final int clipSeconds;
    private final int bitrateKbps;
    private final Path clipCacheDirectory;
    private final Optional<Credentials> credentials;
    private final Duration sessionTimeout;
    private final Clock clock;
    private final int alternateWidth;
    private final int alternateHeight;
    private final int subStreamWidth;
    private final int subStreamHeight;
    private final Duration slowStartDelay;
    private final Map<String, Set<Fault>> initialFaults;
    private final int controlPort;
    private final int onvifPort;
    private final boolean stampFrames;
    private final Set<String> h265Cameras;
    private final Map<String, AudioCodec> audioCameras;
    private final Set<String> metadataCameras;

    private SimulatorConfig(Builder builder) {
        this.bindAddress = builder.bindAddress;
        this.port = builder.port;
        this.cameraCount = builder.cameraCount;
        this.patterns = builder.patterns;
        this.width = builder.width;
        this.height = builder.height;
        this.fps = builder.fps;
        this.gop = builder.gop;
        this.clipSeconds = builder.clipSeconds;
        this.bitrateKbps = builder.bitrateKbps;
        this.clipCacheDirectory = builder.clipCacheDirectory;
        this.credentials = builder.credentials;
        this.sessionTimeout = builder.sessionTimeout;
        this.clock = builder.clock;
        this.alternateWidth = builder.alternateWidth > 0 ? builder.alternateWidth : evenHalf(builder.width);
        this.alternateHeight = builder.alternateHeight > 0 ? builder.alternateHeight : evenHalf(builder.height);
        this.subStreamWidth = builder.subStreamWidth > 0 ? builder.subStreamWidth : evenHalf(builder.width);
        this.subStreamHeight = builder.subStreamHeight > 0 ? builder.subStreamHeight : evenHalf(builder.height);
        this.slowStartDelay = builder.slowStartDelay;
        Map<String, Set<Fault>> faults = new LinkedHashMap<>();
        builder.initialFaults.forEach((camera, set) -> faults.put(camera, Set.copyOf(set)));
        this.initialFaults = Map.copyOf(faults);
        this.controlPort = builder.controlPort;
        this.onvifPort = builder.onvifPort;
        this.stampFrames = builder.stampFrames;
        this.h265Cameras = Set.copyOf(builder.h265Cameras);
        this.audioCameras = Map.copyOf(builder.audioCameras);
        this.metadataCameras = Set.copyOf(builder.metadataCameras);
    }

    private static int evenHalf(int size) {
        return Math.max(16, size / 4 * 2);
    }

    public static Builder builder() {
        return new Builder();
    }

    public InetAddress bindAddress() {
        return bindAddress;
    }

    /** 0 means any free port; {@link CameraSimulator#port()} tells which. */
    public int port() {
        return port;
    }

    public int cameraCount() {
        return cameraCount;
    }

    /** cam1, cam2, ... */
    public String cameraName(int index) {
        return "cam" + (index + 1);
    }

    public ClipSpec clipSpec(int cameraIndex) {
        VideoCodec codec = h265Cameras.contains(cameraName(cameraIndex)) ? VideoCodec.H265 : VideoCodec.H264;
        return new ClipSpec(patterns.get(cameraIndex % patterns.size()), width, height, fps, gop, clipSeconds,
                bitrateKbps, codec);
    }

    /** The audio codec camera i sends beside its video; empty for a camera without audio (the default). */
    public Optional<AudioCodec> audioCodec(int cameraIndex) {
        return Optional.ofNullable(audioCameras.get(cameraName(cameraIndex)));
    }

    /** Whether camera i sends an ONVIF metadata track (analytics objects and motion events) beside its video. */
    public boolean hasMetadata(int cameraIndex) {
        return metadataCameras.contains(cameraName(cameraIndex));
    }

    /** Seconds of the looped audio clip: as long as the video clip. */
    public int audioClipSeconds() {
        return clipSeconds;
    }

    /**
     * The clip camera i switches to during fault RESOLUTION_CHANGE: same pattern, rate and GOP, another size, and a
     * bit rate scaled with the picture area.
     */
    public ClipSpec alternateClipSpec(int cameraIndex) {
        return scaled(clipSpec(cameraIndex), alternateWidth, alternateHeight);
    }

    /**
     * Camera i's sub stream (at {@code camN/sub}, ONVIF profile {@code sub}): the same pattern, rate, GOP and codec
     * at a smaller size (by default half, like the alternate clip, so both share one cached file), bit rate scaled
     * with the picture area.
     */
    public ClipSpec subStreamClipSpec(int cameraIndex) {
        return scaled(clipSpec(cameraIndex), subStreamWidth, subStreamHeight);
    }

    private ClipSpec scaled(ClipSpec main, int scaledWidth, int scaledHeight) {
        long scaledKbps = (long) main.bitrateKbps() * scaledWidth * scaledHeight / ((long) width * height);
        return new ClipSpec(main.pattern(), scaledWidth, scaledHeight, fps, gop, clipSeconds,
                (int) Math.max(16, Math.min(100_000, scaledKbps)), main.codec());
    }

    /** How late DESCRIBE, SETUP and PLAY are answered during fault SLOW_START. */
    public Duration slowStartDelay() {
        return slowStartDelay;
    }

    /** Faults the named cameras show from the start. */
    public Set<Fault> initialFaults(String cameraName) {
        return initialFaults.getOrDefault(cameraName, Set.of());
    }

    /** Port of the HTTP fault-control endpoint; -1 (default) for none, 0 for any free port. */
    public int controlPort() {
        return controlPort;
    }

    /** Port of the ONVIF services (device, media, PTZ, snapshots); -1 (default) for none, 0 for any free port. */
    public int onvifPort() {
        return onvifPort;
    }

    /** True when the cameras encode live pictures stamped with their capture time instead of replaying clips. */
    public boolean stampFrames() {
        return stampFrames;
    }

    /** What the stamped encoder produces: the configured size, frame rate, GOP and bit rate. */
    public StampedFrameEncoder.Settings stampSettings() {
        return new StampedFrameEncoder.Settings(width, height, fps, gop, bitrateKbps);
    }

    public Path clipCacheDirectory() {
        return clipCacheDirectory;
    }

    public Optional<Credentials> credentials() {
        return credentials;
    }

    public Duration sessionTimeout() {
        return sessionTimeout;
    }

    public Clock clock() {
        return clock;
    }

    public static final class Builder {

        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port = DEFAULT_PORT;
        private int cameraCount = 1;
        private List<TestPattern> patterns = DEFAULT_PATTERNS;
        private int width = 1280;
        private int height = 720;
        private int fps = 25;
        private int gop = 25;
        private int clipSeconds = 10;
        private int bitrateKbps = 2000;
        private Path clipCacheDirectory = ClipGenerator.DEFAULT_CACHE_DIRECTORY;
        private Optional<Credentials> credentials = Optional.empty();
        private Duration sessionTimeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private int alternateWidth;
        private int alternateHeight;
        private int subStreamWidth;
        private int subStreamHeight;
        private Duration slowStartDelay = CameraFaults.DEFAULT_SLOW_START_DELAY;
        private final Map<String, Set<Fault>> initialFaults = new LinkedHashMap<>();
        private int controlPort = -1;
        private int onvifPort = -1;
        private boolean stampFrames;
        private final Set<String> h265Cameras = new LinkedHashSet<>();
        private final Map<String, AudioCodec> audioCameras = new LinkedHashMap<>();
        private final Set<String> metadataCameras = new LinkedHashSet<>();

        private Builder() {
        }

        /** The camera ({@code cam1}, ...) sends an ONVIF metadata track beside its video. */
        public Builder metadata(String cameraName) {
            metadataCameras.add(cameraName);
            return this;
        }

        /** The camera ({@code cam1}, ...) sends audio in this codec beside its video (not with stamped frames). */
        public Builder audio(String cameraName, AudioCodec codec) {
            audioCameras.put(cameraName, codec);
            return this;
        }

        /** The camera ({@code cam1}, ...) serves H.265 instead of H.264 (not with stamped frames). */
        public Builder h265(String cameraName) {
            h265Cameras.add(cameraName);
            return this;
        }

        /**
         * Cameras encode live pictures carrying their capture time ({@code stamp.FrameStamp}) instead of replaying
         * clips: for latency measurements; costs an encoder (shared by all cameras), needs at least 512x32 pixels.
         */
        public Builder stampFrames(boolean stampFrames) {
            this.stampFrames = stampFrames;
            return this;
        }

        /** Picture size of the clip played during fault RESOLUTION_CHANGE (default: half the size, even). */
        public Builder alternateSize(int width, int height) {
            this.alternateWidth = width;
            this.alternateHeight = height;
            return this;
        }

        /** Picture size of every camera's sub stream (default: half the size, even). */
        public Builder subStreamSize(int width, int height) {
            this.subStreamWidth = width;
            this.subStreamHeight = height;
            return this;
        }

        public Builder slowStartDelay(Duration delay) {
            new CameraFaults("validation").setSlowStartDelay(delay);
            this.slowStartDelay = delay;
            return this;
        }

        /** The camera ({@code cam1}, ...) shows the fault from the start, until cleared. */
        public Builder fault(String cameraName, Fault fault) {
            initialFaults.computeIfAbsent(cameraName, name -> EnumSet.noneOf(Fault.class)).add(fault);
            return this;
        }

        /** Serve the HTTP fault-control endpoint on this port (0: any free port). */
        public Builder controlPort(int port) {
            requireRange("control port", port, 0, 0xFFFF);
            this.controlPort = port;
            return this;
        }

        /** Serve every camera as an ONVIF device on this HTTP port (0: any free port). */
        public Builder onvifPort(int port) {
            requireRange("ONVIF port", port, 0, 0xFFFF);
            this.onvifPort = port;
            return this;
        }

        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        /** A host name or IP literal, such as 0.0.0.0 to serve every interface. */
        public Builder bindAddress(String host) {
            try {
                return bindAddress(InetAddress.getByName(host));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown bind address '" + host + "'", e);
            }
        }

        public Builder port(int port) {
            requireRange("port", port, 0, 0xFFFF);
            this.port = port;
            return this;
        }

        public Builder cameras(int count) {
            requireRange("camera count", count, 1, MAX_CAMERAS);
            this.cameraCount = count;
            return this;
        }

        public Builder patterns(List<TestPattern> patterns) {
            if (patterns.isEmpty()) {
                throw new IllegalArgumentException("at least one pattern is required");
            }
            this.patterns = List.copyOf(patterns);
            return this;
        }

        public Builder size(int width, int height) {
            this.width = width;
            this.height = height;
            return this;
        }

        public Builder fps(int fps) {
            this.fps = fps;
            return this;
        }

        public Builder gop(int gop) {
            this.gop = gop;
            return this;
        }

        public Builder clipSeconds(int seconds) {
            this.clipSeconds = seconds;
            return this;
        }

        public Builder bitrateKbps(int kbps) {
            this.bitrateKbps = kbps;
            return this;
        }

        public Builder clipCacheDirectory(Path directory) {
            this.clipCacheDirectory = directory;
            return this;
        }

        /** Require these credentials (Basic or Digest) for everything but OPTIONS. */
        public Builder credentials(String user, String password) {
            this.credentials = Optional.of(new Credentials(user, password));
            return this;
        }

        public Builder sessionTimeout(Duration timeout) {
            if (timeout.toSeconds() < 1) {
                throw new IllegalArgumentException("session timeout must be at least 1 s");
            }
            this.sessionTimeout = timeout;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public SimulatorConfig build() {
            // validates the clip parameters the same way for every camera
            new ClipSpec(patterns.get(0), width, height, fps, gop, clipSeconds, bitrateKbps);
            initialFaults.keySet().forEach(camera -> requireCamera("fault", camera));
            h265Cameras.forEach(camera -> requireCamera("H.265", camera));
            audioCameras.keySet().forEach(camera -> requireCamera("audio", camera));
            metadataCameras.forEach(camera -> requireCamera("metadata", camera));
            if (stampFrames && !audioCameras.isEmpty()) {
                throw new IllegalArgumentException("stamped frames come without audio; drop the audio cameras");
            }
            if (stampFrames && !h265Cameras.isEmpty()) {
                throw new IllegalArgumentException("stamped frames are H.264 only; drop the H.265 cameras");
            }
            SimulatorConfig config = new SimulatorConfig(this);
            config.alternateClipSpec(0); // validates the alternate size
            config.subStreamClipSpec(0); // and the sub stream's
            if (stampFrames) {
                config.stampSettings(); // validates the size for the stamp
            }
            return config;
        }

        private void requireCamera(String setting, String camera) {
            if (!camera.matches("cam[1-9][0-9]*") || Integer.parseInt(camera.substring(3)) > cameraCount) {
                throw new IllegalArgumentException(setting + " for unknown camera '" + camera
                        + "'; cameras are cam1 to cam" + cameraCount);
            }
        }

        private static void requireRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
            }
        }
    }
}
