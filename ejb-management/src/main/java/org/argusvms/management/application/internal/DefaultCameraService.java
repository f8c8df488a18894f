package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.CameraChange;
import org.argusvms.management.application.CameraMotion;
import org.argusvms.management.application.CameraMove;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.DeviceGroupRepository;
import org.argusvms.management.domain.model.role.VmsRoleRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.domain.model.view.ViewRepository;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;
import org.argusvms.recorder.protocol.CameraStatus;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.RecorderStatus;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/** Rights come from the caller's VMS roles (PermissionService), not from container roles: hence {@code @PermitAll}. */
@Stateless
@PermitAll
public class DefaultCameraService implements CameraService {

    private static final Logger LOG = Logger.getLogger(DefaultCameraService.class.getName());

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private RecorderGateway recorders;

    @Inject
    private RecorderStatusCache statuses;

    @Inject
    private DeviceGroupRepository deviceGroups;

    @Inject
    private VmsRoleRepository roles;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private ViewRepository views;

    @Inject
    private ConfigurationChangePublisher changes;

    @Inject
    private CameraPlacements placements;

    @Override
    public List<CameraView> listCameras() {
        Set<String> visible = permissions.visibleCameraIds();
        Map<String, RecorderStatus> statusByRecorder = new HashMap<>();
        List<CameraView> views = new ArrayList<>();
        for (Camera camera : cameras.findAll()) {
            if (!visible.contains(camera.id())) {
                continue;
            }
            RecordingServer server = camera.recordingServer();
            RecorderStatus status = statusByRecorder.computeIfAbsent(server.id(), id -> statuses.current(server));
            views.add(toView(camera, status));
        }
        return views;
    }

    @Override
    public Optional<CameraView> findCamera(String cameraId) {
        if (!permissions.canSee(cameraId)) {
            return Optional.empty();
        }
        return cameras.find(cameraId).map(camera -> toView(camera, statuses.current(camera.recordingServer())));
    }

    @Override
    public CameraView addCamera(NewCamera input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        RecordingMode mode = CameraInputValidator.validate(input);
        TriggeredRecording triggered = CameraInputValidator.triggeredRecording(input, TriggeredRecording.DEFAULTS);
        MotionSettings motion = MotionInputValidator.motionSettings(input.motion(), MotionSettings.OFF, mode);
        RecordingServer server = chooseRecordingServer(input.recorderId());
        requireUniqueName(input.name().trim(), null);
        Camera camera = new Camera(UUID.randomUUID().toString(), input.name().trim(), trimmedOrNull(input.streamUrl()),
                blankToNull(input.username()), blankToNull(input.password()), mode.name(),
                input.enabled() == null || input.enabled(), server, clock.instant());
        camera.changeTriggeredRecording(triggered);
        camera.changeMotion(motion);
        camera.changeOnvifAddress(trimmedOrNull(input.onvifAddress()));
        cameras.store(camera);
        placements.placed(camera, camera.createdAt());
        push(camera);
        audit.succeeded("camera.add", describe(camera));
        changes.created(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        return toView(camera, statuses.fresh(server));
    }

    @Override
    public CameraView updateCamera(String cameraId, CameraChange change) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        if (change == null) {
            throw new ValidationException("body", "a camera object is required");
        }
        RecordingMode mode = CameraInputValidator.validate(change.asNewCamera());
        if (change.version() == null) {
            throw new ValidationException("version", "version is required: send the version of the camera you changed");
        }
        Camera camera = cameras.find(cameraId).orElseThrow(() -> notFound(cameraId));
        if (camera.version() != change.version()) {
            throw staleVersion(cameraId);
        }
        TriggeredRecording triggered = CameraInputValidator.triggeredRecording(change.asNewCamera(),
                camera.triggeredRecording());
        MotionSettings motion = MotionInputValidator.motionSettings(change.motion(), camera.motion(), mode);
        String name = change.name().trim();
        requireUniqueName(name, cameraId);
        RecordingServer previousServer = camera.recordingServer();
        RecordingServer server = change.recorderId() == null || change.recorderId().isBlank()
                ? previousServer : chooseRecordingServer(change.recorderId());
        camera.reconfigure(name, trimmedOrNull(change.streamUrl()), blankToNull(change.username()),
                blankToNull(change.password()), change.password() == null, mode.name(),
                change.enabled() == null || change.enabled(), server);
        camera.changeTriggeredRecording(triggered);
        camera.changeMotion(motion);
        camera.changeOnvifAddress(trimmedOrNull(change.onvifAddress()));
        try {
            cameras.store(camera);
        } catch (OptimisticLockException e) {
            throw staleVersion(cameraId);
        }
        push(camera);
        if (!Objects.equals(previousServer.id(), server.id())) {
            tellToRemove(previousServer, cameraId);
            placements.moved(camera, clock.instant());
        }
        audit.succeeded("camera.change", describe(camera));
        changes.updated(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        return toView(camera, statuses.fresh(server));
    }

    @Override
    public CameraView changeRecordingMode(String cameraId, RecordingMode mode) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        if (mode == null) {
            throw new ValidationException("recordingMode", CameraInputValidator.RECORDING_MODES);
        }
        Camera camera = cameras.find(cameraId).orElseThrow(() -> notFound(cameraId));
        camera.changeMotion(MotionInputValidator.motionSettings(null, camera.motion(), mode));
        camera.reconfigure(camera.name(), camera.streamUrl(), camera.username(), null, true, mode.name(),
                camera.enabled(), camera.recordingServer());
        cameras.store(camera);
        push(camera);
        audit.succeeded("camera.recording-mode", describe(camera) + " " + mode);
        changes.updated(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        return toView(camera, statuses.fresh(camera.recordingServer()));
    }

    @Override
    public CameraView moveCamera(String cameraId, CameraMove move) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        if (move == null || move.recordingServerId() == null || move.recordingServerId().isBlank()) {
            throw new ValidationException("recordingServerId", "recordingServerId is required: the recording server"
                    + " that records the camera from now on");
        }
        if (move.version() == null) {
            throw new ValidationException("version", "version is required: send the version of the camera you move");
        }
        Camera camera = cameras.find(cameraId).orElseThrow(() -> notFound(cameraId));
        if (camera.version() != move.version()) {
            throw staleVersion(cameraId);
        }
        RecordingServer previous = camera.recordingServer();
        RecordingServer target = recordingServers.find(move.recordingServerId()).orElseThrow(() -> new ValidationException(
                "recordingServerId", "recording server '" + move.recordingServerId() + "' does not exist"));
        if (target.id().equals(previous.id())) {
            throw new ValidationException("recordingServerId", "camera " + cameraId + " is already recorded by "
                    + target.id());
        }
        if (!target.online()) {
            throw new RecorderUnavailableException("recording server " + target.id()
                    + " is offline; the camera stays on " + previous.id() + " until it is back");
        }
        camera.moveTo(target);
        try {
            cameras.store(camera);
        } catch (OptimisticLockException e) {
            throw staleVersion(cameraId);
        }
        handOver(camera);
        tellToRemove(previous, cameraId);
        // The periods meet when the old recorder stopped: what it recorded until then is served by it.
        placements.moved(camera, clock.instant());
        audit.succeeded("camera.move", describe(camera) + " from recorder " + previous.id() + " to " + target.id());
        changes.updated(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        return toView(camera, statuses.fresh(target));
    }

    /** Unlike {@link #push}, a move needs the new recorder to take the camera now, or nothing is moved. */
    private void handOver(Camera camera) {
        try {
            recorders.apply(camera);
        } catch (RecorderCommandException e) {
            if (e.code() == ErrorCode.INVALID_ARGUMENT) {
                throw new ValidationException("recordingServerId", "the recording server refused the camera: "
                        + e.getMessage());
            }
            throw new RecorderUnavailableException("recording server " + camera.recordingServer().id()
                    + " did not take the camera (" + e.getMessage() + "); nothing was moved");
        }
    }

    @Override
    public void removeCamera(String cameraId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Camera camera = cameras.find(cameraId).orElseThrow(() -> notFound(cameraId));
        deviceGroups.findContaining(cameraId).forEach(group -> {
            group.removeCamera(cameraId);
            deviceGroups.store(group); // flushed before the camera row goes, for the foreign key
        });
        roles.findAll().forEach(role -> role.forgetTarget(cameraId));
        views.findShowing(cameraId).forEach(view -> {
            view.removeCamera(cameraId);
            views.store(view);
            changes.updated(ObjectType.VIEW, view.id(), view.version(), DefaultViewService.audience(view, view.shared()));
        });
        cameras.remove(camera);
        placements.forget(cameraId);
        audit.succeeded("camera.remove", describe(camera));
        changes.deleted(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        tellToRemove(camera.recordingServer(), cameraId);
    }

    /** {@code ownId} is the camera being changed (it may keep its name), null for a new one. */
    private void requireUniqueName(String name, String ownId) {
        cameras.findByName(name).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new ValidationException("name", "a camera named '" + name + "' already exists");
        });
    }

    private void tellToRemove(RecordingServer server, String cameraId) {
        try {
            recorders.remove(server, cameraId);
        } catch (RecorderCommandException e) {
            // The recorder drops cameras it no longer has when it re-registers and is synchronised.
            LOG.warning(() -> "recorder " + server.id() + " not told to remove camera " + cameraId + ": " + e.getMessage());
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
                throw new ValidationException(CameraInputValidator.fieldNamedIn(e.getMessage()),
                        "the recording server refused the camera: " + e.getMessage());
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

    private static CameraView toView(Camera camera, RecorderStatus status) {
        CameraStatus cameraStatus = status == null ? null : status.camera(camera.id());
        TriggeredRecording triggered = camera.triggeredRecording();
        String state = cameraStatus == null ? (status == null ? "UNKNOWN" : "PENDING") : cameraStatus.state();
        return new CameraView(camera.id(), camera.name(), camera.streamUrl(), camera.recordingServer().id(),
                camera.recordingMode(), camera.enabled(), camera.version(), state,
                cameraStatus == null ? null : cameraStatus.lastError(), triggered.preBufferSeconds(),
                triggered.postBufferSeconds(), triggered.idleRecording().name(), camera.onvifAddress(), camera.username(),
                CameraMotion.of(camera.motion()));
    }

    private static NotFoundException notFound(String cameraId) {
        return new NotFoundException("camera " + cameraId + " does not exist");
    }

    private static ConflictException staleVersion(String cameraId) {
        return new ConflictException("camera " + cameraId
                + " was changed by someone else since you read it; reload it and apply your change again");
    }

    private static String describe(Camera camera) {
        return "camera " + camera.id() + " (" + camera.name() + ")";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
