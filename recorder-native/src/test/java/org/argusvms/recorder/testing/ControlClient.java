package org.argusvms.recorder.testing;

import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The management side of a command connection, as the resource adapter speaks it, for tests. */
public final class ControlClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private long nextId = 1;
    /** The recorder's answer to the hello, when connected with {@link #connect}. */
    public JsonObject lastHello;

    private ControlClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(15_000);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** Connects without saying hello (for tests of the hello itself). */
    public static ControlClient connectRaw(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 3000);
        return new ControlClient(socket);
    }

    /** Connects and exchanges hellos; the recorder's answer is in {@link #lastHello}. */
    public static ControlClient connect(int port) throws IOException {
        ControlClient client = connectRaw(port);
        client.send(Frames.managementHello());
        client.lastHello = client.receive();
        return client;
    }

    public void send(JsonObject frame) throws IOException {
        FrameCodec.write(out, frame);
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame, or null when the recorder closed the connection. */
    public JsonObject receive() throws IOException {
        return FrameCodec.read(in);
    }

    /** Sends a request and returns the response frame. */
    public JsonObject request(String command, JsonObject body) throws IOException {
        long id = nextId++;
        send(Frames.request(id, command, body));
        JsonObject response = receive();
        if (response == null || response.getJsonNumber("id").longValue() != id) {
            throw new IOException("unexpected answer " + response);
        }
        return response;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
