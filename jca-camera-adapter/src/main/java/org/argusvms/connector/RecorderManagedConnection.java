package org.argusvms.connector;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.CommException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.IllegalStateException;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.FrameCodec;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;

import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * One command connection (socket) to one recorder, pooled by the application server. Requests are strictly
 * sequential. Any transport or protocol failure — including a request that timed out, whose late answer could
 * otherwise be mistaken for the next one's — breaks the connection for good: it reports
 * {@code CONNECTION_ERROR_OCCURRED} so that the pool destroys it instead of handing it out again.
 */
public class RecorderManagedConnection implements ManagedConnection {

    /** How long the recorder may take to answer the hello (protocol: 5 s). */
    static final Duration HELLO_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(RecorderManagedConnection.class.getName());

    private final RecorderManagedConnectionFactory factory;
    private final RecorderConnectionRequestInfo endpoint;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String recorderId;
    private final String recorderVersion;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<DefaultRecorderConnection> handles = ConcurrentHashMap.newKeySet();
    private long lastRequestId;
    private volatile boolean broken;
    private volatile boolean destroyed;
    private PrintWriter logWriter;

    private RecorderManagedConnection(RecorderManagedConnectionFactory factory, RecorderConnectionRequestInfo endpoint,
                                      Socket socket, InputStream in, OutputStream out, JsonObject helloAnswer) {
        this.factory = factory;
        this.endpoint = endpoint;
        this.socket = socket;
        this.in = in;
        this.out = out;
        this.recorderId = helloAnswer.getString("recorderId", "unknown");
        this.recorderVersion = helloAnswer.getString("version", "unknown");
    }

    /**
     * Connects to the recorder and exchanges hellos.
     *
     * @throws CommException if the recorder cannot be reached or refuses the connection; a refusal (for example
     *                       {@code UNSUPPORTED_PROTOCOL}) has the recorder's {@link ProtocolException} as its cause
     */
    static RecorderManagedConnection open(RecorderManagedConnectionFactory factory, RecorderConnectionRequestInfo endpoint)
            throws ResourceException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), (int) factory.connectTimeout().toMillis());
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.setSoTimeout((int) HELLO_TIMEOUT.toMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            FrameCodec.write(out, Frames.managementHello());
            JsonObject answer = FrameCodec.read(in);
            if (answer == null) {
                throw new EOFException("the recorder closed the connection instead of answering hello");
            }
            if (Frames.ERROR.equals(answer.getString("type"))) {
                throw protocolError(answer);
            }
            Frames.requireSupportedVersion(answer);
            RecorderManagedConnection connection = new RecorderManagedConnection(factory, endpoint, socket, in, out, answer);
            LOG.fine(() -> "Opened command connection to recorder " + connection.recorderId + " at " + endpoint);
            return connection;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new CommException("Cannot open a command connection to the recorder at " + endpoint + ": "
                    + describe(e), e);
        }
    }

    /**
     * Sends one command and waits for its response.
     *
     * @return the response body ({@code {}} when the recorder sent none)
     * @throws RecorderCommandException the recorder's error code when it refused the command (the connection stays
     *                                  usable); {@code TIMEOUT} when no answer came within the request timeout,
     *                                  the protocol error's code, or {@code null} when the connection failed — those
     *                                  three break the connection
     */
    synchronized JsonObject send(String command, JsonObject body) throws RecorderCommandException {
        if (!isUsable()) {
            throw new RecorderCommandException(null, "The command connection to recorder " + recorderId + " at "
                    + endpoint + " has failed; get a new connection");
        }
        long id = ++lastRequestId;
        long deadline = System.nanoTime() + factory.requestTimeout().toNanos();
        try {
            FrameCodec.write(out, Frames.request(id, command, body));
            while (true) {
                JsonObject frame = readBefore(deadline);
                String type = frame.getString("type");
                if (Frames.RESPONSE.equals(type) && isResponseTo(frame, id)) {
                    return answer(command, frame);
                }
                if (Frames.ERROR.equals(type)) {
                    throw protocolError(frame);
                }
                // heartbeats, and anything else that does not answer this request, are not for the caller
                LOG.fine(() -> "Skipping " + type + " frame from recorder " + recorderId + " while awaiting response " + id);
            }
        } catch (SocketTimeoutException e) {
            fail(e);
            throw new RecorderCommandException(ErrorCode.TIMEOUT, "Recorder " + recorderId + " at " + endpoint
                    + " did not answer " + command + " within " + factory.requestTimeout().toMillis() + " ms");
        } catch (ProtocolException e) {
            fail(e);
            throw new RecorderCommandException(e.code(), "Recorder " + recorderId + " at " + endpoint
                    + " broke the protocol during " + command + ": " + e.getMessage(), e);
        } catch (IOException e) {
            fail(e);
            throw new RecorderCommandException(null, "The command connection to recorder " + recorderId + " at "
                    + endpoint + " failed during " + command + ": " + describe(e), e);
        }
    }

    private JsonObject readBefore(long deadlineNanos) throws IOException {
        long remainingMillis = Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis();
        if (remainingMillis <= 0) {
            throw new SocketTimeoutException("request timeout");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
        JsonObject frame = FrameCodec.read(in);
        if (frame == null) {
            throw new EOFException("the recorder closed the connection");
        }
        return frame;
    }

    private static boolean isResponseTo(JsonObject response, long id) {
        return response.get("id") instanceof JsonNumber number && number.isIntegral() && number.longValue() == id;
    }

    private JsonObject answer(String command, JsonObject response) throws RecorderCommandException {
        if (response.getBoolean("ok", false)) {
            JsonValue body = response.get("body");
            return body instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonValue error = response.get("error");
        JsonObject details = error instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        throw new RecorderCommandException(errorCode(details), "Recorder " + recorderId + " refused " + command + ": "
                + details.getString("message", "no reason given"));
    }

    private static ProtocolException protocolError(JsonObject errorFrame) {
        return new ProtocolException(errorCode(errorFrame), errorFrame.getString("message", "no reason given"));
    }

    /** Codes this adapter does not know yet (newer recorders) read as INTERNAL_ERROR rather than failing the caller oddly. */
    private static ErrorCode errorCode(JsonObject error) {
        try {
            return ErrorCode.valueOf(error.getString("code", ErrorCode.INTERNAL_ERROR.name()));
        } catch (IllegalArgumentException e) {
            return ErrorCode.INTERNAL_ERROR;
        }
    }

    private void fail(Exception cause) {
        broken = true;
        closeQuietly(socket);
        LOG.warning(() -> "Command connection to recorder " + recorderId + " at " + endpoint + " failed: " + describe(cause));
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionErrorOccurred(event);
        }
    }

    /** A handle was closed by the application: give the connection back to the pool. */
    void handleClosed(DefaultRecorderConnection handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionClosed(event);
        }
    }

    boolean isUsable() {
        return !broken && !destroyed;
    }

    RecorderConnectionRequestInfo endpoint() {
        return endpoint;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        if (!isUsable()) {
            throw new IllegalStateException("The command connection to " + endpoint + " has failed");
        }
        DefaultRecorderConnection handle = new DefaultRecorderConnection(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof DefaultRecorderConnection handle)) {
            throw new IllegalStateException("Not a recorder connection handle: " + connection);
        }
        RecorderManagedConnection previous = handle.associate(this);
        if (previous != null) {
            previous.handles.remove(handle);
        }
        handles.add(handle);
    }

    /** Invalidates the handles still out; the socket stays open for the next user. */
    @Override
    public void cleanup() {
        for (DefaultRecorderConnection handle : handles) {
            handle.invalidate();
        }
        handles.clear();
    }

    @Override
    public void destroy() {
        destroyed = true;
        cleanup();
        closeQuietly(socket);
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("Recorder commands are not transactional");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("Recorder commands are not transactional");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new MetaData(recorderVersion);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }

    @Override
    public String toString() {
        return "RecorderManagedConnection[" + recorderId + " at " + endpoint + (broken ? ", broken" : "") + "]";
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private record MetaData(String recorderVersion) implements ManagedConnectionMetaData {

        @Override
        public String getEISProductName() {
            return "Argus recorder";
        }

        @Override
        public String getEISProductVersion() {
            return recorderVersion;
        }

        /** No limit on the recorder side; the pool size is the limit. */
        @Override
        public int getMaxConnections() {
            return 0;
        }

        @Override
        public String getUserName() {
            return "";
        }
    }
}
