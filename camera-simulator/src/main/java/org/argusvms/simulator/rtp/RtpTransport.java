package org.argusvms.simulator.rtp;

import java.io.IOException;

/** Where one viewer's RTP and RTCP packets go: interleaved in its RTSP connection, or UDP datagrams. */
public interface RtpTransport {

    void sendRtp(byte[] packet) throws IOException;

    void sendRtcp(byte[] packet) throws IOException;

    /** Fault injection: bytes that are not RTP, sent where RTP would go (and however that transport frames it). */
    void sendGarbage(byte[] bytes) throws IOException;

    /** Called after each frame, so buffered transports push whole frames. */
    void flush() throws IOException;

    /** Releases what the transport owns; never throws. */
    void close();
}
