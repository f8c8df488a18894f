package org.argusvms.simulator.rtsp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The server-to-client half of an RTSP connection. RTSP responses and interleaved RTP/RTCP frames share it, written
 * from different threads; each message is written whole under one lock so they never mix.
 */
final class RtspOutput {

    private static final int MAX_INTERLEAVED_LENGTH = 0xFFFF;

    private final OutputStream out;

    RtspOutput(OutputStream socketOutput) {
        this.out = new BufferedOutputStream(socketOutput, 64 * 1024);
    }

    synchronized void writeResponse(byte[] response) throws IOException {
        out.write(response);
        out.flush();
    }

    /** RFC 2326 section 10.12: '$', channel, 16-bit length, then the packet. */
    synchronized void writeInterleaved(int channel, byte[] packet) throws IOException {
        if (packet.length > MAX_INTERLEAVED_LENGTH) {
            throw new IllegalArgumentException("interleaved packet exceeds 65535 bytes");
        }
        out.write('$');
        out.write(channel);
        out.write(packet.length >>> 8);
        out.write(packet.length);
        out.write(packet);
    }

    synchronized void writeRaw(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    synchronized void flush() throws IOException {
        out.flush();
    }
}
