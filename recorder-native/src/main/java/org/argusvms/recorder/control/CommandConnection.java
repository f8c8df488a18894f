package org.argusvms.recorder.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One command connection from the management server: hello exchange, then request/response pairs, one at a time,
 * until the peer closes. A frame that breaks the protocol is answered with an error frame and ends the connection.
 */
final class CommandConnection implements Runnable {

    private static final Logger LOG = Logger.getLogger(CommandConnection.class.getName());
    private static final int HELLO_TIMEOUT_MILLIS = 5000;

    private final Socket socket;
    private final CommandHandler handler;

    CommandConnection(Socket socket, CommandHandler handler) {
        this.socket = socket;
        this.handler = handler;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.setSoTimeout(HELLO_TIMEOUT_MILLIS);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            try {
                if (!exchangeHello(in, out)) {
                    return;
                }
                socket.setSoTimeout(0); // pooled by the adapter: may idle for a long time
                serveRequests(in, out);
            } catch (ProtocolException e) {
                sendErrorQuietly(out, e.code(), e.getMessage());
            }
        } catch (SocketTimeoutException e) {
            LOG.fine(() -> "command connection from " + socket.getRemoteSocketAddress() + " sent no hello in time");
        } catch (IOException e) {
            LOG.log(Level.FINE, "command connection from " + socket.getRemoteSocketAddress() + " ended", e);
        }
    }

    private boolean exchangeHello(InputStream in, OutputStream out) throws IOException {
        JsonObject hello = FrameCodec.read(in);
        if (hello == null) {
            return false;
        }
        Frames.requireSupportedVersion(hello);
        if (!"management".equals(hello.getString("role", null))) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "command connections need role \"management\"");
        }
        FrameCodec.write(out, Frames.recorderHelloAnswer(handler.recorderId(), handler.version()));
        return true;
    }

    private void serveRequests(InputStream in, OutputStream out) throws IOException {
        JsonObject frame;
        while ((frame = FrameCodec.read(in)) != null) {
            String type = frame.getString("type");
            if (Frames.HEARTBEAT.equals(type)) {
                continue;
            }
            if (!Frames.REQUEST.equals(type)) {
                throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "unexpected frame type " + type);
            }
            if (!(frame.get("id") instanceof JsonNumber idNumber) || !idNumber.isIntegral()) {
                throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "request without an integer id");
            }
            long id = idNumber.longValue();
            FrameCodec.write(out, answer(id, frame));
        }
    }

    private JsonObject answer(long id, JsonObject request) {
        String command = request.getString("command", null);
        JsonValue body = request.getOrDefault("body", JsonValue.EMPTY_JSON_OBJECT);
        if (command == null) {
            return Frames.errorResponse(id, ErrorCode.INVALID_ARGUMENT, "request without a \"command\" string");
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            return Frames.errorResponse(id, ErrorCode.INVALID_ARGUMENT, "\"body\" must be a JSON object");
        }
        try {
            return Frames.okResponse(id, handler.handle(command, body.asJsonObject()));
        } catch (ProtocolException e) {
            return Frames.errorResponse(id, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "command " + command + " failed", e);
            return Frames.errorResponse(id, ErrorCode.INTERNAL_ERROR,
                    "command failed: " + e.getClass().getSimpleName());
        }
    }

    private static void sendErrorQuietly(OutputStream out, ErrorCode code, String message) {
        try {
            FrameCodec.write(out, Frames.error(code, message));
        } catch (IOException e) {
            // best effort: the connection is being closed anyway
        }
    }
}
