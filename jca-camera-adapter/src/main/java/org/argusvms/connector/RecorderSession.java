package org.argusvms.connector;

import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecorderRegistration;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One recorder's event connection, run as Work: hello → welcome → synthetic {@code recorder.registered}, then events,
 * each acknowledged only after every interested endpoint processed it. The session's own thread also keeps the
 * connection alive (heartbeats) and declares it dead after the idle timeout, so nothing but this thread ever reads or
 * writes the socket and a peer that stops reading can only ever block its own session.
 */
final class RecorderSession extends LongRunningWork {

    /**
     * {@code seq} of the events the adapter synthesises ({@code recorder.registered}, {@code recorder.offline}): they
     * are outside the recorder's own sequence, never acknowledged, and not subject to de-duplication.
     */
    static final long SYNTHETIC_SEQ = -1;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RecorderSession.class.getName());

    private final transient Socket socket;
    private final transient PushbackInputStream in;
    private final transient OutputStream out;
    private final transient InboundSettings settings;
    private final transient EndpointRegistry endpoints;
    private final transient RecorderSessions sessions;
    private final String peer;

    private long lastReceivedMillis;
    private long lastSentMillis;
    private boolean welcomed;
    /** Set from other threads when the adapter ends the session on purpose; such an end announces nothing. */
    private volatile boolean endedQuietly;

    RecorderSession(Socket socket, InboundSettings settings, EndpointRegistry endpoints, RecorderSessions sessions)
            throws IOException {
        super("recorder event connection from " + socket.getRemoteSocketAddress());
        this.socket = socket;
        this.peer = String.valueOf(socket.getRemoteSocketAddress());
        this.in = new PushbackInputStream(new BufferedInputStream(socket.getInputStream()), 1);
        this.out = new BufferedOutputStream(socket.getOutputStream());
        this.settings = settings;
        this.endpoints = endpoints;
        this.sessions = sessions;
        socket.setTcpNoDelay(true);
        long now = now();
        this.lastReceivedMillis = now;
        this.lastSentMillis = now;
    }

    @Override
    public void run() {
        String recorderId = null;
        try {
            RecorderRegistration registration = readHello();
            send(Frames.welcome(settings.mediaTicketKeyBase64()));
            welcomed = true;
            recorderId = registration.recorderId();
            sessions.registered(recorderId, this, () -> deliver(registeredEvent(registration)));
            LOG.info(() -> "Recorder " + registration.recorderId() + " (" + registration.name() + ", version "
                    + registration.version() + ") registered from " + peer);
            receiveEvents(registration.recorderId());
        } catch (ProtocolException e) {
            refuse(recorderId, e);
        } catch (EventDeliveryException e) {
            // one line: the container has already logged the bean's exception with its stack trace
            String reason = "Closing the event connection of " + describe(recorderId) + " without acknowledging: "
                    + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
            LOG.warning(reason);
            LOG.log(Level.FINE, reason, e.getCause());
        } catch (IdleTimeoutException e) {
            LOG.warning(() -> "Closing the event connection of " + describe(e.recorderId) + ": " + e.getMessage());
        } catch (IOException e) {
            if (!endedQuietly) {
                LOG.fine(() -> "Event connection of " + describe(null) + " ended: " + e);
            }
        } finally {
            closeSocket();
            String endedRecorderId = recorderId;
            sessions.closed(this, recorderId, () -> announceOffline(endedRecorderId));
        }
    }

    /** Another connection of the same recorder took over: end this one without announcing the recorder offline. */
    void replacedByNewConnection() {
        LOG.info(() -> "Recorder at " + peer + " reconnected; closing its previous event connection");
        endQuietly();
    }

    /** Ends the session because the adapter stops or its last endpoint went away; recorders will reconnect. */
    @Override
    public void release() {
        endQuietly();
    }

    private void endQuietly() {
        endedQuietly = true;
        closeSocket();
    }

    private RecorderRegistration readHello() throws IOException {
        JsonObject hello = readFrame(null);
        if (hello == null) {
            throw new EOFException("connection closed before hello");
        }
        if (!Frames.HELLO.equals(hello.getString("type"))) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "expected hello, got " + hello.getString("type"));
        }
        Frames.requireSupportedVersion(hello);
        if (!"recorder".equals(hello.getString("role", ""))) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "this port takes recorder connections (role \"recorder\")");
        }
        return RecorderRegistration.fromJson(hello);
    }

    private void receiveEvents(String recorderId) throws IOException, EventDeliveryException {
        JsonObject frame;
        while ((frame = readFrame(recorderId)) != null) {
            String type = frame.getString("type");
            switch (type) {
                case Frames.EVENT -> deliverAndAcknowledge(recorderId, frame);
                case Frames.HEARTBEAT -> {
                    // only proves liveness, which readFrame already noted
                }
                case Frames.ERROR -> {
                    String reported = frame.getString("code", "?") + ": " + frame.getString("message", "");
                    LOG.warning(() -> "Recorder " + recorderId + " reported " + reported + "; closing its event connection");
                    return;
                }
                default -> LOG.fine(() -> "Ignoring frame of type " + type + " from recorder " + recorderId);
            }
        }
        LOG.info(() -> "Recorder " + recorderId + " closed its event connection");
    }

    private void deliverAndAcknowledge(String recorderId, JsonObject frame) throws IOException, EventDeliveryException {
        RecorderEvent event = RecorderEvent.fromJson(frame);
        if (!event.recorderId().equals(recorderId)) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT,
                    "event of recorder " + event.recorderId() + " on the connection of recorder " + recorderId);
        }
        deliver(event);
        send(Frames.ack(event.seq()));
    }

    private void deliver(RecorderEvent event) throws EventDeliveryException {
        try {
            endpoints.deliver(event);
        } finally {
            // time spent in the endpoints is not the recorder's silence
            lastReceivedMillis = now();
        }
    }

    /**
     * The next frame, or {@code null} at a clean end of stream. While no frame has started it wakes up every liveness
     * interval to send heartbeats and to give up on a silent peer; once the first byte of a frame arrived, the rest
     * must follow within the idle timeout. Peeking one byte first keeps a read timeout from ever cutting a frame.
     */
    private JsonObject readFrame(String recorderId) throws IOException {
        int firstByte;
        while (true) {
            socket.setSoTimeout((int) settings.livenessCheckInterval().toMillis());
            try {
                firstByte = in.read();
                break;
            } catch (SocketTimeoutException e) {
                keepAlive(recorderId);
            }
        }
        if (firstByte < 0) {
            return null;
        }
        in.unread(firstByte);
        socket.setSoTimeout((int) settings.idleTimeout().toMillis());
        JsonObject frame;
        try {
            frame = FrameCodec.read(in);
        } catch (SocketTimeoutException e) {
            throw new IdleTimeoutException(recorderId, "a frame stayed incomplete for " + settings.idleTimeout().toSeconds() + " s");
        }
        lastReceivedMillis = now();
        return frame;
    }

    private void keepAlive(String recorderId) throws IOException {
        long now = now();
        if (now - lastReceivedMillis >= settings.idleTimeout().toMillis()) {
            throw new IdleTimeoutException(recorderId, "silent for " + settings.idleTimeout().toSeconds() + " s");
        }
        if (welcomed && now - lastSentMillis >= settings.heartbeatInterval().toMillis()) {
            send(Frames.heartbeat());
        }
    }

    private void send(JsonObject frame) throws IOException {
        FrameCodec.write(out, frame);
        lastSentMillis = now();
    }

    private void refuse(String recorderId, ProtocolException e) {
        if (endedQuietly) {
            return;
        }
        LOG.warning(() -> "Refusing the event connection of " + describe(recorderId) + ": " + e.code() + " " + e.getMessage());
        try {
            send(Frames.error(e.code(), e.getMessage()));
        } catch (IOException ignored) {
            // best effort: the connection is being closed anyway
        }
    }

    private void announceOffline(String recorderId) {
        if (endedQuietly) {
            return;
        }
        RecorderEvent offline = new RecorderEvent(recorderId, SYNTHETIC_SEQ, RecorderEvent.RECORDER_OFFLINE, null,
                settings.clock().instant(), Map.of());
        try {
            endpoints.deliver(offline);
            LOG.info(() -> "Recorder " + recorderId + " is offline");
        } catch (EventDeliveryException e) {
            String reason = "Could not announce recorder " + recorderId + " offline: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
            LOG.warning(reason);
            LOG.log(Level.FINE, reason, e.getCause());
        }
    }

    private RecorderEvent registeredEvent(RecorderRegistration registration) {
        Map<String, String> attributes = new HashMap<>(Map.of(
                "name", registration.name(),
                "controlHost", registration.controlHost(),
                "controlPort", Integer.toString(registration.controlPort()),
                "mediaUrl", registration.mediaUrl(),
                "version", registration.version()));
        if (registration.storagePath() != null) {
            attributes.put("storagePath", registration.storagePath());
        }
        return new RecorderEvent(registration.recorderId(), SYNTHETIC_SEQ, RecorderEvent.RECORDER_REGISTERED, null,
                settings.clock().instant(), attributes);
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private String describe(String recorderId) {
        return recorderId == null ? peer : "recorder " + recorderId + " at " + peer;
    }

    private long now() {
        return settings.clock().millis();
    }

    /** The peer fell silent for longer than the idle timeout. */
    private static final class IdleTimeoutException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient String recorderId;

        IdleTimeoutException(String recorderId, String message) {
            super(message);
            this.recorderId = recorderId;
        }
    }
}
