package org.argusvms.simulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A bare-bones RTSP client speaking raw bytes, to check exactly what the server sends. */
final class RtspTestClient implements AutoCloseable {

    record Response(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name);
            if (values == null) {
                throw new AssertionError("no " + name + " header in response " + status + " " + headers);
            }
            return values.get(0);
        }

        String sessionId() {
            return header("Session").split(";")[0];
        }
    }

    /** An interleaved frame ($, channel, length, data). */
    record InterleavedFrame(int channel, byte[] data) {

        ByteBuffer buffer() {
            return ByteBuffer.wrap(data);
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Deque<InterleavedFrame> pendingFrames = new ArrayDeque<>();
    private int cseq;

    RtspTestClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        out = socket.getOutputStream();
    }

    /** Sends a request with the next CSeq and returns its response; interleaved frames read meanwhile are kept. */
    Response request(String method, String url, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(url).append(" RTSP/1.0\r\n")
                .append("CSeq: ").append(++cseq).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        sendRaw(request.append("\r\n").toString());
        Response response = readResponse();
        String echoed = response.headers().getOrDefault("CSeq", List.of("")).get(0);
        if (!echoed.equals(Integer.toString(cseq))) {
            throw new AssertionError("response CSeq " + echoed + " for request " + cseq);
        }
        return response;
    }

    void sendRaw(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    Response readResponse() throws IOException {
        while (true) {
            int first = in.readUnsignedByte();
            if (first == '$') {
                pendingFrames.add(readInterleavedBody());
                continue;
            }
            String statusLine = (char) first + readLine();
            String[] parts = statusLine.split(" ", 3);
            if (!parts[0].equals("RTSP/1.0")) {
                throw new AssertionError("not an RTSP response: " + statusLine);
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).trim(), key -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(Optional.ofNullable(headers.get("Content-Length"))
                    .map(values -> values.get(0)).orElse("0"));
            byte[] body = in.readNBytes(length);
            return new Response(Integer.parseInt(parts[1]), headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    /** The next line as sent, for responses that are not valid RTSP. */
    String readRawLine() throws IOException {
        return readLine();
    }

    InterleavedFrame readInterleaved() throws IOException {
        if (!pendingFrames.isEmpty()) {
            return pendingFrames.poll();
        }
        int first = in.readUnsignedByte();
        if (first != '$') {
            throw new AssertionError("expected an interleaved frame, got byte " + first);
        }
        return readInterleavedBody();
    }

    /** The RTP packets (channel 0) of the next complete frames, skipping RTCP. */
    List<List<InterleavedFrame>> readRtpFrames(int count) throws IOException {
        List<List<InterleavedFrame>> frames = new ArrayList<>();
        List<InterleavedFrame> current = new ArrayList<>();
        while (frames.size() < count) {
            InterleavedFrame frame = readInterleaved();
            if (frame.channel() != 0) {
                continue;
            }
            current.add(frame);
            if ((frame.data()[1] & 0x80) != 0) {
                frames.add(current);
                current = new ArrayList<>();
            }
        }
        return frames;
    }

    /** True when the server closes the connection within the timeout (data still in flight is discarded). */
    boolean closedByServerWithin(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] discard = new byte[64 * 1024];
        try {
            while (System.nanoTime() < deadline) {
                if (in.read(discard) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private InterleavedFrame readInterleavedBody() throws IOException {
        int channel = in.readUnsignedByte();
        int length = in.readUnsignedShort();
        byte[] data = new byte[length];
        in.readFully(data);
        return new InterleavedFrame(channel, data);
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed mid-line");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
