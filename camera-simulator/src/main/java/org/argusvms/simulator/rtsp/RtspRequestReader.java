package org.argusvms.simulator.rtsp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads RTSP requests from a client connection, with hard limits so that garbage cannot exhaust memory. Skips the
 * interleaved binary frames ({@code $}, channel, length, data) clients send on the same connection, such as RTCP
 * receiver reports.
 */
final class RtspRequestReader {

    static final int MAX_LINE_LENGTH = 8192;
    static final int MAX_HEADER_COUNT = 64;
    static final int MAX_BODY_LENGTH = 64 * 1024;
    private static final int INTERLEAVED_FRAME_MARKER = '$';

    private final InputStream in;

    /** @param in a buffered stream; it is read byte by byte */
    RtspRequestReader(InputStream in) {
        this.in = in;
    }

    /** The next request, or empty when the client closed the connection between requests. */
    Optional<RtspRequest> next() throws IOException {
        int first;
        while (true) {
            first = in.read();
            if (first == -1) {
                return Optional.empty();
            }
            if (first == INTERLEAVED_FRAME_MARKER) {
                skipInterleavedFrame();
            } else if (first != '\r' && first != '\n') {
                break;
            }
        }
        String[] requestLine = readLine(first).split(" ");
        if (requestLine.length != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty()) {
            throw new RtspFramingException("malformed request line");
        }
        RtspHeaders headers = readHeaders();
        byte[] body = readBody(headers);
        return Optional.of(new RtspRequest(requestLine[0], requestLine[1], requestLine[2], headers, body));
    }

    private RtspHeaders readHeaders() throws IOException {
        RtspHeaders headers = new RtspHeaders();
        for (String line = readLine(in.read()); !line.isEmpty(); line = readLine(in.read())) {
            if (headers.size() == MAX_HEADER_COUNT) {
                throw new RtspFramingException("more than " + MAX_HEADER_COUNT + " headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new RtspFramingException("malformed header line");
            }
            headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private byte[] readBody(RtspHeaders headers) throws IOException {
        Optional<String> contentLength = headers.first("Content-Length");
        if (contentLength.isEmpty()) {
            return new byte[0];
        }
        int length;
        try {
            length = Integer.parseInt(contentLength.get());
        } catch (NumberFormatException e) {
            throw new RtspFramingException("malformed Content-Length");
        }
        if (length < 0 || length > MAX_BODY_LENGTH) {
            throw new RtspFramingException("Content-Length out of range 0.." + MAX_BODY_LENGTH);
        }
        return readExactly(length);
    }

    private void skipInterleavedFrame() throws IOException {
        byte[] header = readExactly(3);
        int length = ((header[1] & 0xFF) << 8) | (header[2] & 0xFF);
        readExactly(length);
    }

    /** A line up to LF, without the line terminator; {@code first} is its first byte, already read. */
    private String readLine(int first) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = first; c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new EOFException("connection closed inside a request");
            }
            if (line.length() == MAX_LINE_LENGTH) {
                throw new RtspFramingException("line longer than " + MAX_LINE_LENGTH + " bytes");
            }
            line.append((char) c);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        // RTSP is UTF-8; re-decode the collected bytes (each char holds one byte).
        return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] data = in.readNBytes(length);
        if (data.length != length) {
            throw new EOFException("connection closed inside a message");
        }
        return data;
    }
}
