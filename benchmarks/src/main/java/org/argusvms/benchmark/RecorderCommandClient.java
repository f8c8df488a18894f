package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;

/** Drives a recorder over its command port exactly as the resource adapter does (protocol v1), without WildFly. */
final class RecorderCommandClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private long nextId = 1;

    RecorderCommandClient(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 3000);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        FrameCodec.write(out, Frames.managementHello());
        Frames.requireSupportedVersion(FrameCodec.read(in));
    }

    void apply(CameraConfiguration camera) throws IOException {
        call(Frames.CMD_APPLY_CAMERA, camera.toJson());
    }

    /** Protects {@code [from, to)} of the camera's recordings from deletion, as an evidence lock does. */
    void lockRange(String lockId, String cameraId, Instant from, Instant to) throws IOException {
        call(Frames.CMD_LOCK_RANGE, Json.createObjectBuilder().add("lockId", lockId).add("cameraId", cameraId)
                .add("from", from.toString()).add("to", to.toString()).build());
    }

    RecorderStatus status() throws IOException {
        return RecorderStatus.fromJson(call(Frames.CMD_GET_STATUS, Json.createObjectBuilder().build()));
    }

    private JsonObject call(String command, JsonObject body) throws IOException {
        long id = nextId++;
        FrameCodec.write(out, Frames.request(id, command, body));
        JsonObject response = FrameCodec.read(in);
        if (response == null || response.getJsonNumber("id").longValue() != id) {
            throw new IOException("no answer to " + command);
        }
        if (!response.getBoolean("ok")) {
            throw new ProtocolException(null, command + " refused: " + response.getJsonObject("error"));
        }
        return response.getJsonObject("body");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
