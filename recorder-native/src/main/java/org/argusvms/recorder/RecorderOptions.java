package org.argusvms.recorder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Command-line configuration of a recorder process. Ports are the seed's defaults; {@code --port-offset} shifts all
 * three so that several recorders (or test instances) share a machine. Port 0 means "any free port" and is never
 * shifted.
 */
public record RecorderOptions(String recorderId, String name, Path storage, String bindHost, int controlPort,
                              int mediaPort, String managementHost, int managementPort, String advertiseHost,
                              int portOffset, Duration segmentDuration, long minFreeMegabytes) {

    static final String USAGE = """
            Usage: java -jar recorder-native.jar [options]
                   java -jar recorder-native.jar check --storage DIR [--repair]   (checks a stopped recorder's media)

              --id ID                 recorder id, unique in the site (default rec-1)
              --name NAME             display name (default: the id)
              --storage DIR           state and media directory (default ./storage); the management server may
                                      add storages elsewhere (docs/design/storages.md)
              --bind-host HOST        interface the control and media ports listen on (default 0.0.0.0)
              --control-port PORT     command port for the management server (default 9001)
              --media-port PORT       HTTP/WebSocket port for live video and health (default 7563)
              --management-host HOST  management server's recorder event listener (default 127.0.0.1)
              --management-port PORT  its port (default 9000)
              --advertise-host HOST   host name the management server and clients use to reach this recorder
                                      (default 127.0.0.1)
              --port-offset N         added to the three ports above (default 0)
              --segment-seconds N     length of recorded files (default 60)
              --min-free-megabytes N  below this much free space the oldest unlocked recordings are deleted and
                                      storage.full is raised (default 512)
              --help                  this text
            """;

    public RecorderOptions {
        requirePort(controlPort, "--control-port");
        requirePort(mediaPort, "--media-port");
        requirePort(managementPort, "--management-port");
        if (portOffset < 0 || portOffset > 60000) {
            throw new IllegalArgumentException("--port-offset must be between 0 and 60000");
        }
        for (int port : new int[] {controlPort, mediaPort, managementPort}) {
            if (port != 0 && port + portOffset > 65535) {
                throw new IllegalArgumentException("port " + port + " + offset " + portOffset + " exceeds 65535");
            }
        }
        if (minFreeMegabytes < 0) {
            throw new IllegalArgumentException("--min-free-megabytes must not be negative");
        }
        if (recorderId.isBlank() || recorderId.contains("|")) {
            throw new IllegalArgumentException("--id must be non-blank");
        }
    }

    public static RecorderOptions defaults() {
        return new RecorderOptions("rec-1", "rec-1", Path.of("storage"), "0.0.0.0", 9001, 7563, "127.0.0.1", 9000,
                "127.0.0.1", 0, Duration.ofSeconds(60), 512);
    }

    /**
     * Parses the command line; returns null when {@code --help} was asked for.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static RecorderOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> known = List.of("--id", "--name", "--storage", "--bind-host", "--control-port", "--media-port",
                "--management-host", "--management-port", "--advertise-host", "--port-offset", "--segment-seconds",
                "--min-free-megabytes");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            String option = arg;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                option = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            if (!known.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            values.put(option, value);
        }
        RecorderOptions d = defaults();
        String id = values.getOrDefault("--id", d.recorderId());
        return new RecorderOptions(id, values.getOrDefault("--name", id),
                Path.of(values.getOrDefault("--storage", d.storage().toString())),
                values.getOrDefault("--bind-host", d.bindHost()),
                integer(values, "--control-port", d.controlPort()),
                integer(values, "--media-port", d.mediaPort()),
                values.getOrDefault("--management-host", d.managementHost()),
                integer(values, "--management-port", d.managementPort()),
                values.getOrDefault("--advertise-host", d.advertiseHost()),
                integer(values, "--port-offset", d.portOffset()),
                Duration.ofSeconds(integer(values, "--segment-seconds", (int) d.segmentDuration().toSeconds())),
                integer(values, "--min-free-megabytes", (int) d.minFreeMegabytes()));
    }

    public int effectiveControlPort() {
        return shifted(controlPort);
    }

    public int effectiveMediaPort() {
        return shifted(mediaPort);
    }

    public int effectiveManagementPort() {
        return shifted(managementPort);
    }

    public RecorderOptions withPorts(int control, int media, int management) {
        return new RecorderOptions(recorderId, name, storage, bindHost, control, media, managementHost, management,
                advertiseHost, portOffset, segmentDuration, minFreeMegabytes);
    }

    public RecorderOptions withStorage(Path directory) {
        return new RecorderOptions(recorderId, name, directory, bindHost, controlPort, mediaPort, managementHost,
                managementPort, advertiseHost, portOffset, segmentDuration, minFreeMegabytes);
    }

    public RecorderOptions withMinFreeMegabytes(long megabytes) {
        return new RecorderOptions(recorderId, name, storage, bindHost, controlPort, mediaPort, managementHost,
                managementPort, advertiseHost, portOffset, segmentDuration, megabytes);
    }

    public RecorderOptions withSegmentDuration(Duration duration) {
        return new RecorderOptions(recorderId, name, storage, bindHost, controlPort, mediaPort, managementHost,
                managementPort, advertiseHost, portOffset, duration, minFreeMegabytes);
    }

    private int shifted(int port) {
        return port == 0 ? 0 : port + portOffset;
    }

    private static int integer(Map<String, String> values, String option, int fallback) {
        String text = values.get(option);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got \"" + text + "\"");
        }
    }

    private static void requirePort(int port, String option) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(option + " must be a TCP port (0..65535)");
        }
    }
}
