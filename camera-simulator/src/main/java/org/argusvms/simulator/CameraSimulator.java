package org.argusvms.simulator;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

import org.argusvms.simulator.clip.ClipGenerator;
import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.rtp.H264Packetizer;
import org.argusvms.simulator.rtsp.RtspAuthenticator;
import org.argusvms.simulator.rtsp.RtspServer;
import org.argusvms.simulator.stream.LiveFeed;
import org.argusvms.simulator.stream.SimulatedCamera;

/**
 * Simulated IP cameras: each serves its clip as live H.264 over RTSP at {@code rtsp://host:port/camN}.
 *
 * <pre>{@code
 * try (CameraSimulator sim = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(2).build())) {
 *     String url = sim.url("cam1");
 *     ...
 * }
 * }</pre>
 */
public final class CameraSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CameraSimulator.class.getName());

    private final Map<String, SimulatedCamera> cameras;
    private final ScheduledExecutorService clock;
    private final RtspServer server;
    private final String host;

    private CameraSimulator(Map<String, SimulatedCamera> cameras, ScheduledExecutorService clock, RtspServer server,
                            String host) {
        this.cameras = cameras;
        this.clock = clock;
        this.server = server;
        this.host = host;
    }

    /**
     * Generates missing clips (ffmpeg, cached), starts every camera's live feed and listens for RTSP.
     *
     * @throws IOException when a clip cannot be generated or read, or the port cannot be bound
     */
    public static CameraSimulator start(SimulatorConfig config) throws IOException {
        Map<ClipSpec, H264Clip> clips = loadClips(config);
        H264Packetizer packetizer = new H264Packetizer();
        Map<String, SimulatedCamera> cameras = new LinkedHashMap<>();
        for (int i = 0; i < config.cameraCount(); i++) {
            String name = config.cameraName(i);
            H264Clip clip = clips.get(config.clipSpec(i));
            cameras.put(name, new SimulatedCamera(name, clip, new LiveFeed(name, clip, packetizer, config.clock())));
        }
        SecureRandom random = new SecureRandom();
        RtspAuthenticator authenticator = config.credentials()
                .map(credentials -> RtspAuthenticator.requiring(credentials, random))
                .orElseGet(RtspAuthenticator::none);
        RtspServer server = RtspServer.start(new InetSocketAddress(config.bindAddress(), config.port()), cameras,
                authenticator, config.sessionTimeout(), random);
        // One clock thread paces every camera: a tick only queues a frame per viewer.
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "argus-sim-clock-" + server.port());
            thread.setDaemon(true);
            return thread;
        });
        cameras.values().forEach(camera -> camera.feed().start(clock));
        CameraSimulator simulator = new CameraSimulator(Map.copyOf(cameras), clock, server,
                urlHost(config.bindAddress()));
        LOG.info(() -> "camera simulator serving " + cameras.size() + " camera(s) on " + simulator.host + ":"
                + simulator.port() + (config.credentials().isPresent() ? " (authentication required)" : ""));
        return simulator;
    }

    /** The actual RTSP port, useful when the configuration asked for port 0. */
    public int port() {
        return server.port();
    }

    /** {@code rtsp://host:port/<camera>}, without credentials. */
    public String url(String cameraName) {
        if (!cameras.containsKey(cameraName)) {
            throw new IllegalArgumentException("no camera named '" + cameraName + "'; cameras are " + cameraNames());
        }
        return "rtsp://" + host + ":" + port() + "/" + cameraName;
    }

    public List<String> cameraNames() {
        return cameras.keySet().stream().sorted(CameraSimulator::byNumber).toList();
    }

    /** Number of open RTSP connections across all cameras. */
    public int connectedClients() {
        return server.connectionCount();
    }

    /** Fault injection: disconnects every client at once, as a camera reboot or network cut would. */
    public void dropAllClients() {
        server.dropAllClients();
    }

    /** Stops serving and frees the port (a new simulator may bind it at once) and every thread. */
    public void stop() {
        server.close();
        cameras.values().forEach(camera -> camera.feed().stop());
        clock.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    /** One parsed clip per distinct spec; cameras beyond the number of patterns share them. */
    private static Map<ClipSpec, H264Clip> loadClips(SimulatorConfig config) throws IOException {
        ClipGenerator generator = new ClipGenerator(config.clipCacheDirectory());
        Map<ClipSpec, H264Clip> clips = new HashMap<>();
        for (int i = 0; i < config.cameraCount(); i++) {
            ClipSpec spec = config.clipSpec(i);
            if (!clips.containsKey(spec)) {
                Path file = generator.clipFor(spec);
                clips.put(spec, H264Clip.load(file, spec.fps()));
            }
        }
        return clips;
    }

    private static String urlHost(InetAddress bindAddress) {
        if (bindAddress.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        String address = bindAddress.getHostAddress();
        return bindAddress instanceof Inet6Address ? "[" + address + "]" : address;
    }

    private static int byNumber(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
