package org.argusvms.management.infrastructure.connector;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.connector.api.RecorderConnection;
import org.argusvms.connector.api.RecorderConnectionFactory;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.evidence.EvidenceLock;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.recorder.protocol.CameraConfiguration;
import org.argusvms.recorder.protocol.MediaTicket;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.StorageConfiguration;
import org.argusvms.recorder.protocol.StorageUsage;
import org.argusvms.recorder.protocol.RecordingMode;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The management server's only way to talk to recorders: commands through the recorder resource adapter. */
@ApplicationScoped
public class RecorderGateway {

    @Resource(lookup = "java:/eis/RecorderConnectionFactory")
    private RecorderConnectionFactory connections;

    public void apply(Camera camera) throws RecorderCommandException {
        CameraConfiguration configuration = toConfiguration(camera);
        withConnection(camera.recordingServer(), connection -> {
            connection.applyCameraConfiguration(configuration);
            return null;
        });
    }

    public void remove(RecordingServer server, String cameraId) throws RecorderCommandException {
        withConnection(server, connection -> {
            connection.removeCamera(cameraId);
            return null;
        });
    }

    /** Returns until when the camera records triggered; empty if its mode ignores triggers (OFF). */
    public Optional<Instant> triggerRecording(Camera camera, int seconds, String reason)
            throws RecorderCommandException {
        return withConnection(camera.recordingServer(),
                connection -> connection.triggerRecording(camera.id(), seconds, reason));
    }

    /** PTZ and outputs go through the recorder, which owns the camera connection (ONVIF). */
    public void ptzGotoPreset(Camera camera, String presetToken) throws RecorderCommandException {
        withConnection(camera.recordingServer(), connection -> {
            connection.ptzGotoPreset(camera.id(), presetToken);
            return null;
        });
    }

    public void ptzMove(Camera camera, double pan, double tilt, double zoom, int seconds)
            throws RecorderCommandException {
        withConnection(camera.recordingServer(), connection -> {
            connection.ptzMove(camera.id(), pan, tilt, zoom, seconds);
            return null;
        });
    }

    public void setOutput(Camera camera, String outputToken, boolean active) throws RecorderCommandException {
        withConnection(camera.recordingServer(), connection -> {
            connection.setOutput(camera.id(), outputToken, active);
            return null;
        });
    }

    /** Replaces the recorder's storage set; returns each storage's usage as the recorder sees it afterwards. */
    public List<StorageUsage> applyStorages(RecordingServer server, List<StorageConfiguration> storages)
            throws RecorderCommandException {
        return withConnection(server, connection -> connection.applyStorages(storages));
    }

    public List<StorageUsage> storageUsage(RecordingServer server) throws RecorderCommandException {
        return withConnection(server, RecorderConnection::getStorages);
    }

    public RecorderStatus status(RecordingServer server) throws RecorderCommandException {
        return withConnection(server, RecorderConnection::getStatus);
    }

    public String issueMediaTicket(String cameraId, String subject, Duration validity) {
        return connections.issueMediaTicket(cameraId, subject, validity);
    }

    public String issueMediaTicket(String cameraId, String subject, Duration validity, MediaTicket.Purpose purpose) {
        return connections.issueMediaTicket(cameraId, subject, validity, purpose);
    }

    public void lock(EvidenceLock lock, RecordingServer server) throws RecorderCommandException {
        withConnection(server, connection -> {
            connection.lockRange(lock.id(), lock.cameraId(), lock.from(), lock.to());
            return null;
        });
    }

    /** Returns false if the recorder held no such lock. */
    public boolean unlock(String lockId, RecordingServer server) throws RecorderCommandException {
        return withConnection(server, connection -> connection.unlockRange(lockId));
    }

    /**
     * Runs one command. A pooled connection whose recorder restarted fails once at the transport level (no error
     * code); commands are idempotent, so that case is retried once on a fresh connection.
     */
    private <T> T withConnection(RecordingServer server, Command<T> command) throws RecorderCommandException {
        try {
            return runOnce(server, command);
        } catch (RecorderCommandException e) {
            if (e.code() != null) {
                throw e;
            }
            return runOnce(server, command);
        }
    }

    private <T> T runOnce(RecordingServer server, Command<T> command) throws RecorderCommandException {
        try (RecorderConnection connection = connections.getConnection(server.controlHost(), server.controlPort())) {
            return command.run(connection);
        }
    }

    @FunctionalInterface
    private interface Command<T> {
        T run(RecorderConnection connection) throws RecorderCommandException;
    }

    static CameraConfiguration toConfiguration(Camera camera) {
        return new CameraConfiguration(camera.id(), camera.name(), uriOrNull(camera.streamUrl()), camera.username(),
                camera.password(), RecordingMode.valueOf(camera.recordingMode()), camera.inUse(), null, null,
                camera.triggeredRecording(), camera.motion(), uriOrNull(camera.onvifAddress()), camera.storageId(),
                camera.rtspTransport(), camera.liveStream(), uriOrNull(camera.liveStreamUrl()));
    }

    private static URI uriOrNull(String url) {
        return url == null ? null : URI.create(url);
    }
}
