package org.argusvms.recorder.ingest.rtsp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Splits what an RTSP connection carries into RTSP messages and interleaved binary frames ({@code $}, channel,
 * 16-bit length, payload; RFC 2326 section 10.12). Works on whatever one read brought: complete messages are
 * handed on in place, without copying, and a message cut by the end of the buffer stays there for the next read.
 * Requests from the camera (some send ANNOUNCE or GET_PARAMETER) are skipped; anything else is a framing error,
 * because after it the stream cannot be resynchronised reliably.
 */
final class InterleavedStreamReader {

    /** Largest RTSP head (status line and headers) accepted. */
    static final int MAX_HEAD = 16 * 1024;
    /** Largest RTSP body (an SDP) accepted. */
    static final int MAX_BODY = 64 * 1024;
    /** A read buffer must hold the largest interleaved frame and the largest RTSP message. */
    static final int MIN_BUFFER = MAX_HEAD + MAX_BODY + 4;

    /** Receives what the reader finds; called on the reading thread. */
    interface Sink {
        void onResponse(RtspResponse response) throws RtspProtocolException;

        /** The frame's payload is {@code data[offset, offset + length)}, valid only during the call. */
        void onInterleaved(int channel, byte[] data, int offset, int length) throws RtspProtocolException;
    }

    private InterleavedStreamReader() {
    }

    /**
     * Consumes every complete message of a heap buffer in read mode (flipped); its position ends at the first
     * incomplete one.
     */
    static void consume(ByteBuffer buffer, Sink sink) throws RtspProtocolException {
        byte[] data = buffer.array();
        int base = buffer.arrayOffset();
        int position = base + buffer.position();
        int limit = base + buffer.limit();
        while (position < limit) {
            int consumed;
            byte first = data[position];
            if (first == '$') {
                consumed = interleavedFrame(data, position, limit, sink);
            } else if (first >= 'A' && first <= 'Z') {
                consumed = textMessage(data, position, limit, sink);
            } else {
                throw new RtspProtocolException(String.format(
                        "camera sent bytes that are neither RTSP nor interleaved RTP (0x%02x)", first & 0xFF));
            }
            if (consumed == 0) {
                break;
            }
            position += consumed;
        }
        buffer.position(position - base);
    }

    private static int interleavedFrame(byte[] data, int position, int limit, Sink sink)
            throws RtspProtocolException {
        if (limit - position < 4) {
            return 0;
        }
        int length = ((data[position + 2] & 0xFF) << 8) | (data[position + 3] & 0xFF);
        if (limit - position < 4 + length) {
            return 0;
        }
        sink.onInterleaved(data[position + 1] & 0xFF, data, position + 4, length);
        return 4 + length;
    }

    private static int textMessage(byte[] data, int position, int limit, Sink sink) throws RtspProtocolException {
        int headEnd = headEnd(data, position, Math.min(limit, position + MAX_HEAD));
        if (headEnd < 0) {
            if (limit - position >= MAX_HEAD) {
                throw new RtspProtocolException("RTSP message head from the camera exceeds " + MAX_HEAD + " bytes");
            }
            return 0;
        }
        String head = new String(data, position, headEnd - position, StandardCharsets.ISO_8859_1);
        int bodyStart = headEnd + (data[headEnd] == '\r' ? 4 : 2);
        int bodyLength = contentLength(head);
        if (limit - bodyStart < bodyLength) {
            return 0;
        }
        if (head.startsWith("RTSP/")) {
            byte[] body = new byte[bodyLength];
            System.arraycopy(data, bodyStart, body, 0, bodyLength);
            sink.onResponse(RtspResponse.parseHead(head, body));
        } else if (!head.contains(" RTSP/")) {
            throw new RtspProtocolException("camera sent text that is no RTSP message: "
                    + RtspResponse.printable(head.lines().findFirst().orElse("")));
        }
        return bodyStart + bodyLength - position;
    }

    /** Index of the empty line ending the head (CRLFCRLF, or LFLF from sloppy firmware), or -1. */
    private static int headEnd(byte[] data, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (data[i] == '\n' && data[i + 1] == '\n') {
                return i;
            }
            if (i < to - 3 && data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int contentLength(String head) throws RtspProtocolException {
        for (String line : head.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                try {
                    int length = Integer.parseInt(line.substring(colon + 1).trim());
                    if (length < 0 || length > MAX_BODY) {
                        throw new RtspProtocolException("RTSP body length " + length + " from the camera is not"
                                + " between 0 and " + MAX_BODY);
                    }
                    return length;
                } catch (NumberFormatException e) {
                    throw new RtspProtocolException("malformed Content-Length from the camera");
                }
            }
        }
        return 0;
    }
}
