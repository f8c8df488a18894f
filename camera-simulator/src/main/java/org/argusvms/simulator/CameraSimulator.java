package org.argusvms.simulator;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

import org.argusvms.simulator.audio.AudioClip;
import org.argusvms.simulator.audio.AudioCodec;
import org.argusvms.simulator.clip.ClipGenerator;
import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.VideoCodec;
import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.FaultControlServer;
import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.h265.H265Clip;
import org.argusvms.simulator.onvif.OnvifDevice;
import org.argusvms.simulator.onvif.OnvifServer;
import org.argusvms.simulator.rtp.H264Packetizer;
import org.argusvms.simulator.rtp.H265Packetizer;
import org.argusvms.simulator.rtsp.RtspAuthenticator;
import org.argusvms.simulator.rtsp.RtspServer;
import org.argusvms.simulator.stream.LiveFeed;
import org.argusvms.simulator.stream.PacketizedClip;
import org.argusvms.simulator.stamp.StampedFrameEncoder;
import org.argusvms.simulator.stream.SimulatedCamera;

/**
 * Simulated IP cameras: each serves its clip as live H.264 or H.265 over RTSP at {@code rtsp://host:port/camN}, a
 * smaller sub stream of the same picture at {@code rtsp://host:port/camN/sub} and, when asked for, is an ONVIF
 * device at {@code http://host:onvifPort/onvif/camN/device_service} (profiles {@code main} and {@code sub}).
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
    /** Appended to a camera's name, the path of its sub stream: {@code cam1/sub}. */
    public static final String SUB_STREAM_SUFFIX = "/sub";

    private final Map<String, SimulatedCamera> cameras;
    private final ScheduledExecutorService clock;
    private final RtspServer server;
    private final String host;
    private final FaultControlServer control;
    private final OnvifServer onvif;
    /** Null unless the cameras show stamped frames. */
    private final StampedFrameEncoder stampedEncoder;

    private CameraSimulator(Map<String, SimulatedCamera> cameras, ScheduledExecutorService clock, RtspServer server,
                            String host, FaultControlServer control, OnvifServer onvif,
                            StampedFrameEncoder stampedEncoder) {
        this.cameras = cameras;
        this.clock = clock;
        this.server = server;
        this.host = host;
        this.control = control;
        this.onvif = onvif;
        this.stampedEncoder = stampedEncoder;
    }

    /**
     * Generates missing clips (ffmpeg, cached), starts every camera's live feed and listens for RTSP.
     *
     * @throws IOException when a clip cannot be generated or read, or the port cannot be bound
     */
    public static CameraSimulator start(SimulatorConfig config) throws IOException {
        H264Packetizer packetizer = new H264Packetizer();
        StampedFrameEncoder stampedEncoder = config.stampFrames()
                ? StampedFrameEncoder.start(config.stampSettings(), config.clock(), packetizer, "ffmpeg")
                : null;
        Map<ClipSpec, PacketizedClip> clips = stampedEncoder == null ? loadClips(config, packetizer) : Map.of();
        Map<String, SimulatedCamera> cameras = new LinkedHashMap<>();
        for (int i = 0; i < config.cameraCount(); i++) {
            String name = config.cameraName(i);
            CameraFaults faults = new CameraFaults(name);
            faults.setSlowStartDelay(config.slowStartDelay());
            config.initialFaults(name).forEach(faults::inject);
            LiveFeed feed = stampedEncoder != null
                    ? LiveFeed.stamped(name, stampedEncoder, faults, config.clock())
                    : new LiveFeed(name, clips.get(config.clipSpec(i)), clips.get(config.alternateClipSpec(i)),
                            faults, config.clock());
            AudioClip audio = audioClip(config, i);
            cameras.put(name, new SimulatedCamera(name, feed, faults, audio, config.hasMetadata(i)));
            if (stampedEncoder == null) {
                // its own faults, so that a test can take the sub stream down and leave the main one streaming;
                // the same sound, as cameras put their microphone on every stream; metadata on the main stream only
                String subName = name + SUB_STREAM_SUFFIX;
                CameraFaults subFaults = new CameraFaults(subName);
                cameras.put(subName, new SimulatedCamera(subName, new LiveFeed(subName,
                        clips.get(config.subStreamClipSpec(i)), null, subFaults, config.clock()), subFaults, audio));
            }
        }
        SecureRandom random = new SecureRandom();
        RtspAuthenticator authenticator = config.credentials()
                .map(credentials -> RtspAuthenticator.requiring(credentials, random))
                .orElseGet(RtspAuthenticator::none);
        RtspServer server;
        try {
            server = RtspServer.start(new InetSocketAddress(config.bindAddress(), config.port()), cameras,
                    authenticator, config.sessionTimeout(), random);
        } catch (IOException e) {
            if (stampedEncoder != null) {
                stampedEncoder.close();
            }
            throw e;
        }
        // One clock thread paces every camera: a tick only queues a frame per viewer.
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "argus-sim-clock-" + server.port());
            thread.setDaemon(true);
            return thread;
        });
        cameras.values().forEach(camera -> camera.feed().start(clock));
        String host = urlHost(config.bindAddress());
        FaultControlServer control = null;
        OnvifServer onvif = null;
        try {
            if (config.controlPort() >= 0) {
                control = FaultControlServer.start(new InetSocketAddress(config.bindAddress(), config.controlPort()),
                        faultsByCamera(cameras));
            }
            if (config.onvifPort() >= 0) {
                onvif = OnvifServer.start(new InetSocketAddress(config.bindAddress(), config.onvifPort()), host,
                        onvifDevices(config, server.port()), config.credentials(), authenticator,
                        config.clock());
            }
        } catch (IOException e) {
            if (control != null) {
                control.close();
            }
            server.close();
            cameras.values().forEach(camera -> camera.feed().stop());
            clock.shutdownNow();
            if (stampedEncoder != null) {
                stampedEncoder.close();
            }
            throw e;
        }
        CameraSimulator simulator = new CameraSimulator(Map.copyOf(cameras), clock, server, host, control, onvif,
                stampedEncoder);
        LOG.info(() -> "camera simulator serving " + cameras.size() + " camera(s) on " + simulator.host + ":"
                + simulator.port() + (config.credentials().isPresent() ? " (authentication required)" : "")
                + (simulator.onvifPort() >= 0 ? ", ONVIF on port " + simulator.onvifPort() : ""));
        return simulator;
    }

    /** Each camera as its own ONVIF device, its snapshot a JPEG of its test pattern (ffmpeg, cached). */
    private static List<OnvifDevice> onvifDevices(SimulatorConfig config, int rtspPort) throws IOException {
        ClipGenerator generator = new ClipGenerator(config.clipCacheDirectory());
        List<OnvifDevice> devices = new ArrayList<>();
        for (int i = 0; i < config.cameraCount(); i++) {
            String name = config.cameraName(i);
            ClipSpec spec = config.clipSpec(i);
            devices.add(OnvifDevice.of(name, spec, config.stampFrames() ? null : config.subStreamClipSpec(i), rtspPort,
                    Files.readAllBytes(generator.snapshotFor(spec)), config.clock()));
        }
        return devices;
    }

    /** The actual RTSP port, useful when the configuration asked for port 0. */
    public int port() {
        return server.port();
    }

    /** {@code rtsp://host:port/<camera>}, without credentials. */
    public String url(String cameraName) {
        requireCamera(cameraName);
        return "rtsp://" + host + ":" + port() + "/" + cameraName;
    }

    /** {@code rtsp://host:port/<camera>/sub}: the camera's smaller sub stream, without credentials. */
    public String subStreamUrl(String cameraName) {
        requireCamera(cameraName + SUB_STREAM_SUFFIX);
        return url(cameraName) + SUB_STREAM_SUFFIX;
    }

    /** Port of the ONVIF services, or -1 when they were not asked for. */
    public int onvifPort() {
        return onvif == null ? -1 : onvif.port();
    }

    /**
     * The camera's ONVIF device service address ({@code http://host:port/onvif/cam1/device_service}).
     *
     * @throws IllegalStateException when the simulator runs without ONVIF
     */
    public String onvifAddress(String cameraName) {
        requireCamera(cameraName);
        return onvifServer().deviceServiceAddress(cameraName);
    }

    /** The camera's ONVIF state (PTZ position and presets, relay outputs), as commands over ONVIF left it. */
    public OnvifDevice onvif(String cameraName) {
        requireCamera(cameraName);
        return onvifServer().device(cameraName).orElseThrow();
    }

    private OnvifServer onvifServer() {
        if (onvif == null) {
            throw new IllegalStateException("the simulator runs without ONVIF; configure an ONVIF port");
        }
        return onvif;
    }

    public List<String> cameraNames() {
        return cameras.keySet().stream().filter(name -> !name.endsWith(SUB_STREAM_SUFFIX))
                .sorted(CameraSimulator::byNumber).toList();
    }

    /**
     * The faults of one camera, to inject and clear at run time:
     * {@code sim.faults("cam1").inject(Fault.STALL); ... sim.faults("cam1").clear(Fault.STALL);}; those of its sub
     * stream are {@code sim.faults("cam1/sub")}.
     */
    public CameraFaults faults(String cameraName) {
        requireCamera(cameraName);
        return cameras.get(cameraName).faults();
    }

    private void requireCamera(String cameraName) {
        if (!cameras.containsKey(cameraName)) {
            throw new IllegalArgumentException("no camera named '" + cameraName + "'; cameras are " + cameraNames());
        }
    }

    /** Port of the HTTP fault-control endpoint, or -1 when it was not asked for. */
    public int controlPort() {
        return control == null ? -1 : control.port();
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
        if (control != null) {
            control.close();
        }
        if (onvif != null) {
            onvif.close();
        }
        server.close();
        cameras.values().forEach(camera -> camera.feed().stop());
        clock.shutdownNow();
        if (stampedEncoder != null) {
            stampedEncoder.close();
        }
    }

    /**
     * For each stamped picture encoded since the last call: its capture time (epoch ms) → capture to RTP send (ms),
     * the camera's own share of a latency measured from the stamp. Empty unless the cameras show stamped frames.
     */
    public Map<Long, Long> drainStampedEncodeDelays() {
        return stampedEncoder == null ? Map.of() : stampedEncoder.drainEncodeDelays();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * One parsed and packetized clip per distinct spec, encoded at start-up (never while streaming); cameras beyond
     * the number of patterns share them.
     */
    private static Map<ClipSpec, PacketizedClip> loadClips(SimulatorConfig config, H264Packetizer packetizer)
            throws IOException {
        ClipGenerator generator = new ClipGenerator(config.clipCacheDirectory());
        Map<ClipSpec, PacketizedClip> clips = new HashMap<>();
        for (int i = 0; i < config.cameraCount(); i++) {
            for (ClipSpec spec : List.of(config.clipSpec(i), config.alternateClipSpec(i),
                    config.subStreamClipSpec(i))) {
                if (!clips.containsKey(spec)) {
                    Path file = generator.clipFor(spec);
                    clips.put(spec, spec.codec() == VideoCodec.H265
                            ? PacketizedClip.of(H265Clip.load(file, spec.fps()), new H265Packetizer())
                            : PacketizedClip.of(H264Clip.load(file, spec.fps()), packetizer));
                }
            }
        }
        return clips;
    }

    /** The camera's sound, encoded once at start-up like its video (cached); null for a camera without audio. */
    private static AudioClip audioClip(SimulatorConfig config, int cameraIndex) throws IOException {
        Optional<AudioCodec> codec = config.audioCodec(cameraIndex);
        if (codec.isEmpty()) {
            return null;
        }
        Path file = new ClipGenerator(config.clipCacheDirectory()).audioClipFor(codec.get(), config.audioClipSeconds());
        return AudioClip.load(file, codec.get());
    }

    /** The main streams' faults (the control endpoint's paths have no room for a sub stream's name). */
    private static Map<String, CameraFaults> faultsByCamera(Map<String, SimulatedCamera> cameras) {
        Map<String, CameraFaults> faults = new LinkedHashMap<>();
        cameras.forEach((name, camera) -> {
            if (!name.endsWith(SUB_STREAM_SUFFIX)) {
                faults.put(name, camera.faults());
            }
        });
        return faults;
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
