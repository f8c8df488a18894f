package org.argusvms.simulator.rtsp;

import java.util.Locale;
import java.util.Optional;

/**
 * The transport a client asked for in SETUP, reduced to what this server offers: unicast RTP interleaved in the
 * RTSP connection, or unicast RTP over UDP to the client's port pair.
 *
 * @param profile the client's spelling of the profile, echoed back ("RTP/AVP", "RTP/AVP/UDP" or "RTP/AVP/TCP")
 * @param rtp     interleaved channel or client port for RTP
 * @param rtcp    interleaved channel or client port for RTCP
 */
record TransportSpec(Kind kind, String profile, int rtp, int rtcp) {

    enum Kind { TCP_INTERLEAVED, UDP_UNICAST }

    private static final int MAX_CHANNEL = 255;
    private static final int MAX_PORT = 0xFFFF;

    /** Picks the first of the client's comma-separated alternatives that this server supports. */
    static TransportSpec negotiate(String transportHeader) throws RtspException {
        for (String alternative : transportHeader.split(",")) {
            Optional<TransportSpec> supported = parseAlternative(alternative.trim());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        throw new RtspException(RtspStatus.UNSUPPORTED_TRANSPORT,
                "only unicast RTP/AVP over UDP or interleaved TCP is supported");
    }

    private static Optional<TransportSpec> parseAlternative(String alternative) throws RtspException {
        String[] parts = alternative.split(";");
        String profile = parts[0].trim();
        Kind kind;
        switch (profile.toUpperCase(Locale.ROOT)) {
            case "RTP/AVP", "RTP/AVP/UDP" -> kind = Kind.UDP_UNICAST;
            case "RTP/AVP/TCP" -> kind = Kind.TCP_INTERLEAVED;
            default -> {
                return Optional.empty();
            }
        }
        int[] interleaved = null;
        int[] clientPorts = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            String name = parameter[0].trim().toLowerCase(Locale.ROOT);
            String value = parameter.length > 1 ? parameter[1].trim() : "";
            switch (name) {
                case "multicast" -> {
                    return Optional.empty();
                }
                case "mode" -> {
                    if (!value.replace("\"", "").equalsIgnoreCase("PLAY")) {
                        return Optional.empty();
                    }
                }
                case "interleaved" -> interleaved = parseRange(value, MAX_CHANNEL, "interleaved");
                case "client_port" -> clientPorts = parseRange(value, MAX_PORT, "client_port");
                default -> {
                    // unicast, ttl, ssrc and the like change nothing for this server
                }
            }
        }
        if (kind == Kind.TCP_INTERLEAVED) {
            // RFC 2326 lets the server choose the channels when the client does not.
            int[] channels = interleaved != null ? interleaved : new int[] {0, 1};
            return Optional.of(new TransportSpec(kind, profile, channels[0], channels[1]));
        }
        if (clientPorts == null || clientPorts[0] == 0) {
            return Optional.empty();
        }
        return Optional.of(new TransportSpec(kind, profile, clientPorts[0], clientPorts[1]));
    }

    /** "a-b", or a single "a" meaning a and a+1. */
    private static int[] parseRange(String value, int max, String name) throws RtspException {
        String[] bounds = value.split("-", 2);
        try {
            int first = Integer.parseInt(bounds[0].trim());
            int second = bounds.length > 1 ? Integer.parseInt(bounds[1].trim()) : first + 1;
            if (first < 0 || second < 0 || first > max || second > max) {
                throw new NumberFormatException();
            }
            return new int[] {first, second};
        } catch (NumberFormatException e) {
            throw new RtspException(RtspStatus.BAD_REQUEST, "malformed Transport parameter " + name);
        }
    }

    /** The Transport header of the SETUP response. */
    String toResponseHeader(int ssrc, Optional<int[]> serverPorts) {
        StringBuilder header = new StringBuilder(profile).append(";unicast");
        if (kind == Kind.TCP_INTERLEAVED) {
            header.append(";interleaved=").append(rtp).append('-').append(rtcp);
        } else {
            header.append(";client_port=").append(rtp).append('-').append(rtcp);
            serverPorts.ifPresent(ports -> header.append(";server_port=").append(ports[0]).append('-').append(ports[1]));
        }
        return header.append(";ssrc=").append(String.format("%08X", ssrc)).append(";mode=\"PLAY\"").toString();
    }
}
