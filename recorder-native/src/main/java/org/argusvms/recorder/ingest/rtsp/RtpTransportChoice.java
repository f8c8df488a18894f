package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.protocol.RtspTransport;

import java.io.IOException;

/**
 * Which transport each SETUP of one RTSP conversation asks for, and what the camera's answers make of it. TCP asks for
 * interleaved channels (a pair per track: 0-1, 2-3, ...); UDP asks for a port pair per track, opened by the
 * {@link UdpPorts} just before its SETUP; AUTO asks for UDP and turns to TCP when the camera answers 461 Unsupported
 * Transport, or when no UDP port pair can be opened. A camera that answers a UDP request with interleaved channels
 * gets its way (it chose TCP). Used on the conversation's thread only.
 */
final class RtpTransportChoice {

    /** Opens and releases the recorder's UDP port pairs, one per track. */
    interface UdpPorts {
        /** Opens a pair for the track at {@code control}; returns {RTP port, RTCP port}. */
        int[] open(String control) throws IOException;

        /** The camera's answer for that track (its server ports, for RTCP). */
        void granted(String control, TransportHeader transport);

        /** Closes every pair opened so far. */
        void closeAll();
    }

    private static final String UDP_REFUSED = "cannot receive RTP over UDP: ";

    private final RtspTransport configured;
    private final UdpPorts udpPorts;
    private boolean udp;
    private int nextChannel;

    /** @param udpPorts null when {@code configured} is TCP */
    RtpTransportChoice(RtspTransport configured, UdpPorts udpPorts) {
        if (configured != RtspTransport.TCP && udpPorts == null) {
            throw new IllegalArgumentException("UDP needs ports");
        }
        this.configured = configured;
        this.udpPorts = udpPorts;
        this.udp = configured != RtspTransport.TCP;
    }

    /** Interleaved TCP only, as the java ingest always did. */
    static RtpTransportChoice tcp() {
        return new RtpTransportChoice(RtspTransport.TCP, null);
    }

    /** The value of the {@code Transport} header of the SETUP of the track at {@code control}. */
    String offer(String control) throws RtspProtocolException {
        if (udp) {
            try {
                int[] ports = udpPorts.open(control);
                return TransportHeader.requestUdp(ports[0], ports[1]);
            } catch (IOException e) {
                if (configured != RtspTransport.AUTO) {
                    throw new RtspProtocolException(UDP_REFUSED + "no UDP port pair (" + e.getMessage() + ")");
                }
                useTcp();
            }
        }
        return TransportHeader.requestTcp(nextChannel);
    }

    /** The camera answered SETUP with 461 Unsupported Transport: true when SETUP should be asked again over TCP. */
    boolean refused() {
        if (udp && configured == RtspTransport.AUTO) {
            useTcp();
            return true;
        }
        return false;
    }

    /**
     * The camera agreed to SETUP of the track at {@code control}; {@code granted} is its Transport header, null if it
     * sent none (then what was asked for holds). Returns the RTP channel of an interleaved track, -1 over UDP.
     *
     * @throws RtspProtocolException when a TCP request was answered with UDP
     */
    int agreed(String control, TransportHeader granted) throws RtspProtocolException {
        if (granted == null) {
            return udp ? -1 : takeChannel(nextChannel);
        }
        if (granted.overTcp()) {
            if (udp) {
                useTcp();
            }
            return takeChannel(granted.interleaved() >= 0 ? granted.interleaved() : nextChannel);
        }
        if (!udp) {
            throw new RtspProtocolException("camera does not send RTP over the RTSP connection (Transport "
                    + RtspResponse.printable(granted.text()) + ")");
        }
        udpPorts.granted(control, granted);
        return -1;
    }

    /** The transport in use (after the last answer): TCP or UDP. */
    RtspTransport inUse() {
        return udp ? RtspTransport.UDP : RtspTransport.TCP;
    }

    /** Whether silence on UDP should make the pipeline start over on TCP. */
    boolean mayFallBackToTcp() {
        return udp && configured == RtspTransport.AUTO;
    }

    private int takeChannel(int channel) {
        nextChannel = channel + 2;
        return channel;
    }

    private void useTcp() {
        udp = false;
        udpPorts.closeAll();
    }
}
