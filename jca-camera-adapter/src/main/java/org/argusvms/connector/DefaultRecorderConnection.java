package org.argusvms.connector;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.connector.api.RecorderConnection;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.Frames;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.StorageConfiguration;
import org.argusvms.recorder.protocol.StorageUsage;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argusvms.json.Jsons;

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
        managedConnection().send(Frames.CMD_REMOVE_CAMERA, Jsons.objectBuilder().add("cameraId", cameraId).build());
    }

    @Override
    public void lockRange(String lockId, String cameraId, Instant from, Instant to) throws RecorderCommandException {
        requireText(lockId, "lockId");
        requireText(cameraId, "cameraId");
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("a lock needs from before to, got " + from + " .. " + to);
        }
        managedConnection().send(Frames.CMD_LOCK_RANGE, Jsons.objectBuilder().add("lockId", lockId)
                .add("cameraId", cameraId).add("from", from.toString()).add("to", to.toString()).build());
    }

    @Override
    public boolean unlockRange(String lockId) throws RecorderCommandException {
        requireText(lockId, "lockId");
        JsonObject body = managedConnection().send(Frames.CMD_UNLOCK_RANGE,
                Jsons.objectBuilder().add("lockId", lockId).build());
        return body.getBoolean("released", false);
    }

    @Override
    public Optional<Instant> triggerRecording(String cameraId, int seconds, String reason)
            throws RecorderCommandException {
        requireText(cameraId, "cameraId");
        requireText(reason, "reason");
        if (seconds < 0 || seconds > TriggeredRecording.MAX_POST_BUFFER_SECONDS) {
            throw new IllegalArgumentException("seconds must be 0.." + TriggeredRecording.MAX_POST_BUFFER_SECONDS
                    + ", got " + seconds);
        }
        JsonObject body = managedConnection().send(Frames.CMD_TRIGGER_RECORDING, Jsons.objectBuilder()
                .add("cameraId", cameraId).add("seconds", seconds).add("reason", reason).build());
        return body.getBoolean("triggered", false) && body.containsKey("until")
                ? Optional.of(Instant.parse(body.getString("until"))) : Optional.empty();
    }

    @Override
    public void ptzGotoPreset(String cameraId, String presetToken) throws RecorderCommandException {
        requireText(cameraId, "cameraId");
        requireText(presetToken, "presetToken");
        managedConnection().send(Frames.CMD_PTZ_GOTO_PRESET, Jsons.objectBuilder().add("cameraId", cameraId)
                .add("presetToken", presetToken).build());
    }

    @Override
    public void ptzMove(String cameraId, double pan, double tilt, double zoom, int seconds)
            throws RecorderCommandException {
        requireText(cameraId, "cameraId");
        for (double velocity : new double[] {pan, tilt, zoom}) {
            if (!(velocity >= -1 && velocity <= 1)) {
                throw new IllegalArgumentException("PTZ velocities must be -1..1, got " + velocity);
            }
        }
        if (seconds < 1 || seconds > 60) {
            throw new IllegalArgumentException("a PTZ move lasts 1..60 seconds, got " + seconds);
        }
        managedConnection().send(Frames.CMD_PTZ_MOVE, Jsons.objectBuilder().add("cameraId", cameraId)
                .add("pan", pan).add("tilt", tilt).add("zoom", zoom).add("seconds", seconds).build());
    }

    @Override
    public void setOutput(String cameraId, String outputToken, boolean active) throws RecorderCommandException {
        requireText(cameraId, "cameraId");
        requireText(outputToken, "outputToken");
        managedConnection().send(Frames.CMD_SET_OUTPUT, Jsons.objectBuilder().add("cameraId", cameraId)
                .add("outputToken", outputToken).add("active", active).build());
    }

    @Override
    public List<StorageUsage> applyStorages(List<StorageConfiguration> storages) throws RecorderCommandException {
        Objects.requireNonNull(storages, "storages");
        return usages(Frames.CMD_APPLY_STORAGES,
                managedConnection().send(Frames.CMD_APPLY_STORAGES, StorageConfiguration.listToJson(storages)));
    }

    @Override
    public List<StorageUsage> getStorages() throws RecorderCommandException {
        return usages(Frames.CMD_GET_STORAGES,
                managedConnection().send(Frames.CMD_GET_STORAGES, JsonValue.EMPTY_JSON_OBJECT));
    }

    private static List<StorageUsage> usages(String command, JsonObject body) throws RecorderCommandException {
        try {
            return StorageUsage.listFromJson(body);
        } catch (ProtocolException e) {
            throw new RecorderCommandException(e.code(), "The recorder answered " + command
                    + " with invalid storage figures: " + e.getMessage(), e);
        }
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
