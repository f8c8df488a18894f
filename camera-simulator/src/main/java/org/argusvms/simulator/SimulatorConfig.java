package org.argusvms.simulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.argusvms.simulator.clip.ClipGenerator;
import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.TestPattern;
import org.argusvms.simulator.rtsp.Credentials;

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
        return new ClipSpec(patterns.get(cameraIndex % patterns.size()), width, height, fps, gop, clipSeconds,
                bitrateKbps);
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

        private Builder() {
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
            return new SimulatorConfig(this);
        }

        private static void requireRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
            }
        }
    }
}
