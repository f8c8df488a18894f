package org.argusvms.recorder.protocol;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a recorder receives a camera's RTP (docs/design/rtsp-ingest.md, "UDP"). */
public enum RtspTransport {
    /** Interleaved in the RTSP TCP connection: works through NAT and firewalls; the default. */
    TCP,
    /** Unicast datagrams to a port pair of the recorder per track: what many cameras prefer, no head-of-line blocking. */
    UDP,
    /** UDP first; TCP when the camera refuses UDP (461) or no RTP arrives over UDP within a few seconds. */
    AUTO;

    /** {@code tcp}, {@code UDP}, {@code Auto}, ...; empty for anything else. */
    public static Optional<RtspTransport> parse(String text) {
        return EnumNames.parse(values(), text);
    }

    /** "TCP, UDP or AUTO", for error messages. */
    public static String choices() {
        String names = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        int last = names.lastIndexOf(", ");
        return names.substring(0, last) + " or " + names.substring(last + 2);
    }
}
