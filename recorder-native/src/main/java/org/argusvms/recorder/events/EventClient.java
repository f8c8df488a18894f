package org.argusvms.recorder.events;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecorderRegistration;
import org.argusvms.recorder.support.ExponentialBackoff;
import org.argusvms.recorder.support.NamedThreads;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The recorder's side of the event connection (recorder-protocol.md): connects to the management server, registers
 * with a hello, takes the media ticket key from the welcome, then sends the outbox's events in order and heartbeats
 * when idle, while a reader thread takes acknowledgements. Any failure closes the connection; after a backoff the
 * client reconnects and sends every unacknowledged event again.
 */
public final class EventClient implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventClient.class.getName());

    private final EventClientSettings settings;
    private final RecorderRegistration registration;
    private final EventOutbox outbox;
    private final EventSequenceReservation reservation;
    private final Consumer<byte[]> mediaTicketKeyConsumer;
    private final ExponentialBackoff backoff;
    private final Object lifecycle = new Object();
    private Thread thread;
    private volatile boolean closed;
    private volatile boolean connected;
    private volatile Socket socket;
    private volatile String readFailure;

    public EventClient(EventClientSettings settings, RecorderRegistration registration, EventOutbox outbox,
                       EventSequenceReservation reservation, Consumer<byte[]> mediaTicketKeyConsumer) {
        this.settings = settings;
        this.registration = registration;
        this.outbox = outbox;
        this.reservation = reservation;
        this.mediaTicketKeyConsumer = mediaTicketKeyConsumer;
        this.backoff = new ExponentialBackoff(settings.backoffInitial(), settings.backoffMax());
    }

    public void start() {
        thread = NamedThreads.start("event-client", this::run);
    }

    public boolean connected() {
        return connected;
    }

    private void run() {
        while (!closed) {
            try {
                runConnection();
            } catch (IOException e) {
                if (!closed) {
                    LOG.info(() -> "event connection to " + settings.host() + ":" + settings.port() + " failed: "
                            + e.getMessage());
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                connected = false;
                closeSocket();
            }
            if (!closed) {
                long delay = backoff.nextDelay().toMillis();
                synchronized (lifecycle) {
                    try {
                        if (!closed) {
                            lifecycle.wait(delay);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    private void runConnection() throws IOException, InterruptedException {
        Socket connection = new Socket();
        socket = connection;
        if (closed) {
            return;
        }
        connection.connect(new InetSocketAddress(settings.host(), settings.port()),
                (int) settings.connectTimeout().toMillis());
        connection.setTcpNoDelay(true);
        connection.setSoTimeout((int) settings.welcomeTimeout().toMillis());
        InputStream in = new BufferedInputStream(connection.getInputStream());
        OutputStream out = new BufferedOutputStream(connection.getOutputStream());
        FrameCodec.write(out, Frames.recorderHello(registration));
        acceptWelcome(FrameCodec.read(in));
        connection.setSoTimeout((int) settings.idleTimeout().toMillis());
        connected = true;
        backoff.reset();
        LOG.info(() -> "event connection to " + settings.host() + ":" + settings.port() + " established; "
                + outbox.pending() + " unacknowledged events to send");
        Thread reader = NamedThreads.start("event-client-reader", () -> readAcknowledgements(in));
        readFailure = null;
        String cause = null;
        try {
            sendEvents(out);
        } catch (IOException e) {
            cause = e.getMessage();
        } finally {
            closeSocket();
            reader.join();
        }
        if (!closed) {
            String why = readFailure != null ? readFailure : cause != null ? cause : "closed by the management server";
            LOG.warning(() -> "event connection to " + settings.host() + ":" + settings.port() + " lost (" + why
                    + "); " + outbox.pending() + " unacknowledged events kept for resending");
        }
    }

    private void acceptWelcome(JsonObject welcome) throws IOException {
        if (welcome == null) {
            throw new IOException("management server closed the connection before welcome");
        }
        if (Frames.ERROR.equals(welcome.getString("type"))) {
            throw new IOException("management server refused registration: " + welcome.getString("code", "?")
                    + " " + welcome.getString("message", ""));
        }
        if (!Frames.WELCOME.equals(welcome.getString("type"))) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME,
                    "expected welcome, got " + welcome.getString("type"));
        }
        Frames.requireSupportedVersion(welcome);
        String key = welcome.getString("mediaTicketKey", null);
        if (key != null) {
            try {
                mediaTicketKeyConsumer.accept(Base64.getDecoder().decode(key));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "mediaTicketKey is not base64");
            }
        }
    }

    /** Sends unacknowledged events in order, then new ones as they come; heartbeats when idle. */
    private void sendEvents(OutputStream out) throws IOException, InterruptedException {
        long lastSent = 0;
        long heartbeatMillis = settings.heartbeatInterval().toMillis();
        while (!closed && connected) {
            List<RecorderEvent> events = outbox.awaitAfter(lastSent, heartbeatMillis);
            if (!connected || closed) {
                return;
            }
            if (events.isEmpty()) {
                FrameCodec.write(out, Frames.heartbeat());
                continue;
            }
            for (RecorderEvent event : events) {
                reservation.ensureReserved(event.seq());
                FrameCodec.write(out, Frames.event(event));
                lastSent = event.seq();
            }
        }
    }

    private void readAcknowledgements(InputStream in) {
        try {
            JsonObject frame;
            while ((frame = FrameCodec.read(in)) != null) {
                String type = frame.getString("type");
                if (Frames.ACK.equals(type) && frame.get("seq") instanceof JsonNumber seq) {
                    outbox.acknowledge(seq.longValue());
                } else if (Frames.ERROR.equals(type)) {
                    String report = frame.getString("code", "?") + ": " + frame.getString("message", "");
                    LOG.warning(() -> "management server reported " + report);
                    break;
                }
                // heartbeats only prove liveness, which the read itself did
            }
        } catch (SocketTimeoutException e) {
            readFailure = "nothing received for " + settings.idleTimeout().toMillis() + " ms";
        } catch (IOException e) {
            readFailure = e.getMessage();
        } finally {
            connected = false;
            closeSocket();
            outbox.wakeUp();
        }
    }

    private void closeSocket() {
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // already broken
            }
        }
    }

    /** Stops reconnecting and closes the connection; unacknowledged events are lost with the process. */
    @Override
    public void close() {
        closed = true;
        closeSocket();
        outbox.wakeUp();
        synchronized (lifecycle) {
            lifecycle.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
