package org.argusvms.recorder.ingest.rtsp;

import java.util.Locale;

/**
 * The RTSP {@code Transport} header of SETUP (RFC 2326 section 12.39), reduced to unicast RTP/AVP: what the recorder
 * asks for, and what the camera's answer grants. A port or channel pair that the answer leaves out is -1.
 *
 * @param overTcp     {@code RTP/AVP/TCP} (interleaved in the RTSP connection), else UDP
 * @param interleaved the RTP channel of an interleaved pair (RTCP is the next one)
 * @param clientRtp   the recorder's RTP port (RTCP is the next one unless {@code clientRtcp} says otherwise)
 * @param serverRtp   the camera's RTP port, where receiver reports are sent to its RTCP port {@code serverRtcp}
 * @param text        the header as received, for messages
 */
record TransportHeader(boolean overTcp, int interleaved, int clientRtp, int clientRtcp, int serverRtp,
                       int serverRtcp, String text) {

    private static final int ABSENT = -1;

    /** What SETUP asks for over TCP: RTP on {@code rtpChannel}, RTCP on the next channel. */
    static String requestTcp(int rtpChannel) {
        return "RTP/AVP/TCP;unicast;interleaved=" + rtpChannel + "-" + (rtpChannel + 1);
    }

    /** What SETUP asks for over UDP: RTP to the recorder's {@code rtpPort}, RTCP to {@code rtcpPort}. */
    static String requestUdp(int rtpPort, int rtcpPort) {
        return "RTP/AVP;unicast;client_port=" + rtpPort + "-" + rtcpPort;
    }

    /**
     * Parses the camera's answer; of several alternatives (which an answer should not have) the first counts.
     *
     * @throws RtspProtocolException for a profile other than RTP/AVP, multicast, or malformed numbers
     */
    static TransportHeader parse(String header) throws RtspProtocolException {
        String first = header.split(",", 2)[0];
        String[] parts = first.split(";");
        String profile = parts[0].strip().toUpperCase(Locale.ROOT);
        boolean overTcp;
        switch (profile) {
            case "RTP/AVP", "RTP/AVP/UDP" -> overTcp = false;
            case "RTP/AVP/TCP" -> overTcp = true;
            default -> throw new RtspProtocolException("camera offers an unsupported RTP transport ("
                    + RtspResponse.printable(first.strip()) + ")");
        }
        int[] interleaved = {ABSENT, ABSENT};
        int[] client = {ABSENT, ABSENT};
        int[] server = {ABSENT, ABSENT};
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            String name = parameter[0].strip().toLowerCase(Locale.ROOT);
            String value = parameter.length > 1 ? parameter[1].strip() : "";
            switch (name) {
                case "multicast" -> throw new RtspProtocolException("camera offers multicast RTP, which is not supported");
                case "interleaved" -> interleaved = range(value, 255, name);
                case "client_port" -> client = range(value, 0xFFFF, name);
                case "server_port" -> server = range(value, 0xFFFF, name);
                default -> {
                    // unicast, ssrc, mode, source, ttl: nothing the recorder acts on
                }
            }
        }
        return new TransportHeader(overTcp, interleaved[0], client[0], client[1], server[0], server[1], header);
    }

    /** "a-b", or "a" meaning a and a + 1. */
    private static int[] range(String value, int max, String name) throws RtspProtocolException {
        String[] bounds = value.split("-", 2);
        try {
            int first = Integer.parseInt(bounds[0].strip());
            int second = bounds.length > 1 ? Integer.parseInt(bounds[1].strip()) : first + 1;
            if (first < 0 || second < 0 || first > max || second > max) {
                throw new NumberFormatException();
            }
            return new int[] {first, second};
        } catch (NumberFormatException e) {
            throw new RtspProtocolException("camera's Transport header has a malformed " + name + " ("
                    + RtspResponse.printable(value) + ")");
        }
    }
}
