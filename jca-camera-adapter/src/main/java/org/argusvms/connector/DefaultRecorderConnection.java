package org.argusvms.connector;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.connector.api.RecorderConnection;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * The connection handle an EJB holds: it turns the {@link RecorderConnection} calls into protocol commands on its
 * managed connection. Closing it returns the managed connection to the pool.
 */
public class DefaultRecorderConnection implements RecorderConnection {

    private volatile RecorderManagedConnection managedConnection;
    private volatile boolean closed;

    DefaultRecorderConnection(RecorderManagedConnection managedConnection) {
        this.managedConnection = managedConnection;
    }

    @Override
    public RecorderStatus getStatus() throws RecorderCommandException {
        JsonObject body = managedConnection().send(Frames.CMD_GET_STATUS, JsonValue.EMPTY_JSON_OBJECT);
        try {
            return RecorderStatus.fromJson(body);
        } catch (ProtocolException e) {
            throw new RecorderCommandException(e.code(), "The recorder answered getStatus with an invalid status: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void applyCameraConfiguration(CameraConfiguration configuration) throws RecorderCommandException {
        Objects.requireNonNull(configuration, "configuration");
        managedConnection().send(Frames.CMD_APPLY_CAMERA, configuration.toJson());
    }

    @Override
    public void removeCamera(String cameraId) throws RecorderCommandException {
        if (cameraId == null || cameraId.isBlank()) {
            throw new IllegalArgumentException("cameraId must not be blank");
        }
        managedConnection().send(Frames.CMD_REMOVE_CAMERA, Json.createObjectBuilder().add("cameraId", cameraId).build());
    }

    @Override
    public void lockRange(String lockId, String cameraId, Instant from, Instant to) throws RecorderCommandException {
        requireText(lockId, "lockId");
        requireText(cameraId, "cameraId");
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("a lock needs from before to, got " + from + " .. " + to);
        }
        managedConnection().send(Frames.CMD_LOCK_RANGE, Json.createObjectBuilder().add("lockId", lockId)
                .add("cameraId", cameraId).add("from", from.toString()).add("to", to.toString()).build());
    }

    @Override
    public boolean unlockRange(String lockId) throws RecorderCommandException {
        requireText(lockId, "lockId");
        JsonObject body = managedConnection().send(Frames.CMD_UNLOCK_RANGE,
                Json.createObjectBuilder().add("lockId", lockId).build());
        return body.getBoolean("released", false);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Returns the connection to the pool; closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RecorderManagedConnection connection = managedConnection;
        managedConnection = null;
        if (connection != null) {
            connection.handleClosed(this);
        }
    }

    /** Moves this handle to another managed connection (connection sharing); returns the one it left. */
    RecorderManagedConnection associate(RecorderManagedConnection connection) {
        RecorderManagedConnection previous = managedConnection;
        managedConnection = connection;
        return previous;
    }

    /** The container took the managed connection back (cleanup); this handle can no longer be used. */
    void invalidate() {
        managedConnection = null;
    }

    private RecorderManagedConnection managedConnection() {
        if (closed) {
            throw new IllegalStateException("This recorder connection is closed");
        }
        RecorderManagedConnection connection = managedConnection;
        if (connection == null) {
            throw new IllegalStateException("This recorder connection was invalidated by the container; get a new one");
        }
        return connection;
    }
}
