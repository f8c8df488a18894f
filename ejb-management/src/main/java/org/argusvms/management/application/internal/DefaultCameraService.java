package org.argusvms.management.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.RecordingMode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

@Stateless
public class DefaultCameraService implements CameraService {

    private static final Logger LOG = Logger.getLogger(DefaultCameraService.class.getName());

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private RecorderGateway recorders;

    @Inject
    private Clock clock;

    @Override
    @RolesAllowed({"operator", "administrator"})
    public List<CameraView> listCameras() {
        Map<String, RecorderStatus> statusByRecorder = new HashMap<>();
        List<CameraView> views = new ArrayList<>();
        for (Camera camera : cameras.findAll()) {
            RecordingServer server = camera.recordingServer();
            RecorderStatus status = statusByRecorder.computeIfAbsent(server.id(), id -> askStatus(server));
            views.add(toView(camera, status));
        }
        return views;
    }

    @Override
    @RolesAllowed({"operator", "administrator"})
    public Optional<CameraView> findCamera(String cameraId) {
        return cameras.find(cameraId).map(camera -> toView(camera, askStatus(camera.recordingServer())));
    }

    @Override
    @RolesAllowed("administrator")
    public CameraView addCamera(NewCamera input) {
        RecordingMode mode = CameraInputValidator.validate(input);
        RecordingServer server = chooseRecordingServer(input.recorderId());
        if (cameras.findByName(input.name().trim()).isPresent()) {
            throw new ValidationException("name", "a camera named '" + input.name().trim() + "' already exists");
        }
        Camera camera = new Camera(UUID.randomUUID().toString(), input.name().trim(), input.streamUrl().trim(),
                blankToNull(input.username()), blankToNull(input.password()), mode.name(),
                input.enabled() == null || input.enabled(), server, clock.instant());
        cameras.store(camera);
        push(camera);
        return toView(camera, askStatus(server));
    }

    @Override
    @RolesAllowed("administrator")
    public void removeCamera(String cameraId) {
        Camera camera = cameras.find(cameraId).orElseThrow(() -> new NotFoundException("camera " + cameraId + " does not exist"));
        cameras.remove(camera);
        try {
            recorders.remove(camera.recordingServer(), cameraId);
        } catch (RecorderCommandException e) {
            // The recorder drops cameras it no longer has when it re-registers and is synchronised.
            LOG.warning(() -> "recorder " + camera.recordingServer().id() + " not told to remove camera " + cameraId + ": " + e.getMessage());
        }
    }

    /**
     * Sends the configuration inside the transaction: a recorder that refuses it (bad URL for its drivers) rolls the
     * camera back, so nothing half-configured is stored. A recorder that cannot be reached keeps the camera; it is
     * pushed when the recorder next registers.
     */
    private void push(Camera camera) {
        try {
            recorders.apply(camera);
        } catch (RecorderCommandException e) {
            if (e.code() == ErrorCode.INVALID_ARGUMENT) {
                throw new ValidationException("streamUrl", "the recording server refused the camera: " + e.getMessage());
            }
            LOG.warning(() -> "camera " + camera.id() + " stored but not yet pushed to recorder "
                    + camera.recordingServer().id() + ": " + e.getMessage());
        }
    }

    private RecordingServer chooseRecordingServer(String recorderId) {
        if (recorderId == null || recorderId.isBlank()) {
            List<RecordingServer> all = recordingServers.findAll();
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new ValidationException("recorderId", all.isEmpty()
                    ? "no recording server has registered yet"
                    : "recorderId is required when there is more than one recording server");
        }
        return recordingServers.find(recorderId)
                .orElseThrow(() -> new NotFoundException("recording server '" + recorderId + "' does not exist"));
    }

    private RecorderStatus askStatus(RecordingServer server) {
        if (!server.online()) {
            return null;
        }
        try {
            return recorders.status(server);
        } catch (RecorderCommandException e) {
            LOG.fine(() -> "status of recorder " + server.id() + " unavailable: " + e.getMessage());
            return null;
        }
    }

    private static CameraView toView(Camera camera, RecorderStatus status) {
        CameraStatus cameraStatus = status == null ? null : status.camera(camera.id());
        String state = cameraStatus == null ? (status == null ? "UNKNOWN" : "PENDING") : cameraStatus.state();
        return new CameraView(camera.id(), camera.name(), camera.streamUrl(), camera.recordingServer().id(),
                camera.recordingMode(), camera.enabled(), camera.version(), state,
                cameraStatus == null ? null : cameraStatus.lastError());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
