package org.argusvms.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.argusvms.simulator.audio.AudioCodec;
import org.argusvms.simulator.clip.TestPattern;
import org.argusvms.simulator.fault.Fault;

/** Turns command-line arguments into a {@link SimulatorConfig}; {@code --name value} or {@code --name=value}. */
final class CommandLineOptions {

    static final String USAGE = """
            Usage: java -jar camera-simulator.jar [options]
              --port N              RTSP port (default 8554; 0 = any free port)
              --bind ADDRESS        address to listen on (default 127.0.0.1; 0.0.0.0 for all interfaces)
              --cameras N           number of cameras, served as /cam1 ... /camN (default 1)
              --pattern P[,P...]    test patterns, assigned to cameras in turn (default all:
                                    testsrc2,smptebars,testsrc,mandelbrot,life,rgbtestsrc)
              --size WxH            picture size (default 1280x720)
              --sub-size WxH        size of every camera's sub stream camN/sub (default half)
              --fps N               frame rate (default 25)
              --gop N               frames per key frame interval (default 25)
              --h265 CAM[,CAM...]   these cameras serve H.265 (RFC 7798) instead of H.264, e.g. --h265 cam2
              --audio CAM=CODEC[,CAM=CODEC...]  these cameras send audio too, CODEC one of aac (RFC 3640,
                                    16 kHz), pcmu, pcma (G.711, 8 kHz), none; e.g. --audio cam1=aac,cam2=pcmu
              --metadata CAM[,CAM...]  these cameras send an ONVIF metadata track (a moving object's box, a
                                    motion event every 2 s), e.g. --metadata cam1
              --bitrate RATE        video bit rate, e.g. 2M, 1500k or 800000 (default 2M)
              --clip-seconds N      length of the looped clip (default 10)
              --clip-dir DIR        clip cache directory (default ~/.cache/argus/clips)
              --user NAME           require this user (Basic or Digest) ...
              --password SECRET     ... with this password
              --session-timeout S   RTSP session timeout in seconds (default 60)
              --stamp-frames        encode live (ffmpeg libx264, zerolatency) pictures that carry their capture
                                    time in a row of black/white blocks, for latency measurements, instead of
                                    replaying clips; --size (at least 512x32), --fps, --gop, --bitrate apply
              --onvif-port N        serve each camera as an ONVIF device (device, media, PTZ, relay output) at
                                    http://HOST:N/onvif/camN/device_service; --user/--password then apply as
                                    WS-Security credentials (default: off; 0 = any free port)
            Fault injection (see README "Faults"):
              --fault CAM:FAULT     camera CAM shows FAULT from the start (repeatable), FAULT one of
                                    disconnect, stall, garbage, resolution-change, slow-start,
                                    malformed-sdp, malformed-rtsp, refuse-udp (461 to SETUP over UDP),
                                    udp-blocked (no datagrams reach the client), udp-loss (1 RTP packet
                                    in 500 lost, 1 in 25 late); e.g. --fault cam2:slow-start
              --alternate-size WxH  picture size during resolution-change (default half of --size)
              --slow-start-delay S  seconds each of DESCRIBE, SETUP, PLAY is delayed by slow-start (default 3)
              --control-port N      HTTP fault control: POST/DELETE /faults/CAM/FAULT, GET /faults
                                    (default: off; 0 = any free port)
              --help                show this help
            """;

    private CommandLineOptions() {
    }

    /** CAM=CODEC; "none" leaves the camera silent. */
    private static void audio(SimulatorConfig.Builder builder, String cameraAndCodec) {
        String[] parts = cameraAndCodec.split("=", 2);
        if (parts.length != 2 || parts[0].isBlank()) {
            throw new IllegalArgumentException("--audio expects CAM=CODEC, e.g. cam1=aac, got '" + cameraAndCodec + "'");
        }
        if (!parts[1].trim().equalsIgnoreCase("none")) {
            builder.audio(parts[0].trim(), AudioCodec.parse(parts[1]));
        }
    }

    /**
     * @return empty when help was asked for
     * @throws IllegalArgumentException with a message naming the bad option
     */
    static Optional<SimulatorConfig> parse(String... args) {
        SimulatorConfig.Builder builder = SimulatorConfig.builder();
        String user = null;
        String password = null;
        List<String> remaining = new ArrayList<>(Arrays.asList(args));
        while (!remaining.isEmpty()) {
            String argument = remaining.remove(0);
            if (argument.equals("--help") || argument.equals("-h")) {
                return Optional.empty();
            }
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + argument + "'");
            }
            if (argument.equals("--stamp-frames")) {
                builder.stampFrames(true);
                continue;
            }
            String name = argument;
            String value;
            int equals = argument.indexOf('=');
            if (equals > 0) {
                name = argument.substring(0, equals);
                value = argument.substring(equals + 1);
            } else if (remaining.isEmpty()) {
                throw new IllegalArgumentException(name + " needs a value");
            } else {
                value = remaining.remove(0);
            }
            switch (name) {
                case "--port" -> builder.port(integer(name, value));
                case "--bind" -> builder.bindAddress(value);
                case "--cameras" -> builder.cameras(integer(name, value));
                case "--pattern" -> builder.patterns(Arrays.stream(value.split(",")).map(TestPattern::parse).toList());
                case "--size" -> builder.size(width(name, value), height(name, value));
                case "--fps" -> builder.fps(integer(name, value));
                case "--gop" -> builder.gop(integer(name, value));
                case "--bitrate" -> builder.bitrateKbps(bitrateKbps(value));
                case "--clip-seconds" -> builder.clipSeconds(integer(name, value));
                case "--clip-dir" -> builder.clipCacheDirectory(Path.of(value));
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--session-timeout" -> builder.sessionTimeout(Duration.ofSeconds(integer(name, value)));
                case "--fault" -> fault(builder, value);
                case "--h265" -> Arrays.stream(value.split(",")).map(String::trim).forEach(builder::h265);
                case "--metadata" -> Arrays.stream(value.split(",")).map(String::trim).forEach(builder::metadata);
                case "--audio" -> Arrays.stream(value.split(",")).map(String::trim).forEach(item -> audio(builder, item));
                case "--alternate-size" -> builder.alternateSize(width(name, value), height(name, value));
                case "--sub-size" -> builder.subStreamSize(width(name, value), height(name, value));
                case "--slow-start-delay" -> builder.slowStartDelay(Duration.ofSeconds(integer(name, value)));
                case "--control-port" -> builder.controlPort(integer(name, value));
                case "--onvif-port" -> builder.onvifPort(integer(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("--user and --password go together");
        }
        if (user != null) {
            builder.credentials(user, password);
        }
        return Optional.of(builder.build());
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }

    private static int width(String option, String value) {
        return integer(option, dimensions(option, value)[0]);
    }

    private static int height(String option, String value) {
        return integer(option, dimensions(option, value)[1]);
    }

    private static String[] dimensions(String option, String value) {
        String[] dimensions = value.toLowerCase(Locale.ROOT).split("x");
        if (dimensions.length != 2) {
            throw new IllegalArgumentException(option + " needs WIDTHxHEIGHT, got '" + value + "'");
        }
        return dimensions;
    }

    /** {@code cam2:stall} */
    private static void fault(SimulatorConfig.Builder builder, String value) {
        String[] parts = value.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--fault needs CAMERA:FAULT such as cam1:stall, got '" + value + "'");
        }
        builder.fault(parts[0].trim(), Fault.parse(parts[1]));
    }

    /** "2M" = 2000 kbit/s, "1500k" = 1500 kbit/s, a bare number is bit/s. */
    static int bitrateKbps(String value) {
        String rate = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (rate.endsWith("m")) {
                return Math.toIntExact(Math.round(Double.parseDouble(rate.substring(0, rate.length() - 1)) * 1000));
            }
            if (rate.endsWith("k")) {
                return Integer.parseInt(rate.substring(0, rate.length() - 1));
            }
            return Math.toIntExact(Long.parseLong(rate) / 1000);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--bitrate needs a rate such as 2M, 1500k or 800000, got '" + value + "'");
        }
    }
}
