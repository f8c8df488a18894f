package org.argusvms.simulator.rtsp;

import java.io.IOException;

import org.argusvms.simulator.rtp.RtpTransport;

/** RTP and RTCP interleaved in the viewer's RTSP connection ({@code RTP/AVP/TCP;interleaved=a-b}). */
final class TcpInterleavedTransport implements RtpTransport {

    private final RtspOutput output;
    private final int rtpChannel;
    private final int rtcpChannel;

    TcpInterleavedTransport(RtspOutput output, int rtpChannel, int rtcpChannel) {
        this.output = output;
        this.rtpChannel = rtpChannel;
        this.rtcpChannel = rtcpChannel;
    }

    @Override
    public void sendRtp(byte[] packet) throws IOException {
        output.writeInterleaved(rtpChannel, packet);
    }

    @Override
    public void sendRtcp(byte[] packet) throws IOException {
        output.writeInterleaved(rtcpChannel, packet);
    }

    /** Unframed, so the client's reader loses track of the interleaved framing, as with a corrupted connection. */
    @Override
    public void sendGarbage(byte[] bytes) throws IOException {
        output.writeRaw(bytes);
    }

    @Override
    public void flush() throws IOException {
        output.flush();
    }

    @Override
    public void close() {
        // the connection owns the socket
    }
}
