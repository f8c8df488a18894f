package org.argusvms.connector;

import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecorderRegistration;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** The recorder side of an event connection, speaking the protocol with the real codec. */
final class FakeRecorder implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private FakeRecorder(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static FakeRecorder connect(int port) throws IOException {
        return new FakeRecorder(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    static RecorderRegistration registration(String recorderId) {
        return new RecorderRegistration(recorderId, "Recorder " + recorderId, "10.0.0.7", 9001,
                "http://10.0.0.7:7563", "0.1.0");
    }

    /** Sends the recorder hello and returns the adapter's answer. */
    JsonObject hello(String recorderId) throws IOException {
        send(Frames.recorderHello(registration(recorderId)));
        return nextFrame(Duration.ofSeconds(5));
    }

    void sendEvent(String recorderId, long seq, String eventType) throws IOException {
        send(Frames.event(new RecorderEvent(recorderId, seq, eventType, "cam-1", Instant.parse("2024-05-01T10:00:00Z"),
                Map.of("detail", "seq " + seq))));
    }

    void send(JsonObject frame) throws IOException {
        FrameCodec.write(out, frame);
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame that is not a heartbeat. */
    JsonObject nextFrame(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject frame = readFrame(deadline);
            if (frame == null) {
                fail("the adapter closed the connection");
            }
            if (!Frames.HEARTBEAT.equals(frame.getString("type"))) {
                return frame;
            }
        }
    }

    /** The next frame including heartbeats, or {@code null} if none arrived within {@code timeout}. */
    JsonObject pollFrame(Duration timeout) throws IOException {
        JsonObject frame;
        try {
            frame = readFrame(System.nanoTime() + timeout.toNanos());
        } catch (NoFrameInTime e) {
            return null;
        }
        if (frame == null) {
            fail("the adapter closed the connection");
        }
        return frame;
    }

    long awaitAck() throws IOException {
        JsonObject frame = nextFrame(Duration.ofSeconds(5));
        assertEquals(Frames.ACK, frame.getString("type"), "expected an ack, got " + frame);
        return frame.getJsonNumber("seq").longValue();
    }

    /** Reads until the adapter closes the connection and returns what it sent before (heartbeats left out). */
    List<JsonObject> framesUntilClosed(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonObject> frames = new ArrayList<>();
        while (true) {
            JsonObject frame;
            try {
                frame = readFrame(deadline);
            } catch (SocketException e) {
                return frames; // reset instead of an orderly close: closed all the same
            }
            if (frame == null) {
                return frames;
            }
            if (!Frames.HEARTBEAT.equals(frame.getString("type"))) {
                frames.add(frame);
            }
        }
    }

    private JsonObject readFrame(long deadlineNanos) throws IOException {
        long remainingMillis = Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis();
        if (remainingMillis <= 0) {
            throw new NoFrameInTime();
        }
        socket.setSoTimeout((int) remainingMillis);
        try {
            return FrameCodec.read(in);
        } catch (SocketTimeoutException e) {
            throw new NoFrameInTime();
        }
    }

    private static final class NoFrameInTime extends AssertionError {
        private static final long serialVersionUID = 1L;

        NoFrameInTime() {
            super("no frame from the adapter in time");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
