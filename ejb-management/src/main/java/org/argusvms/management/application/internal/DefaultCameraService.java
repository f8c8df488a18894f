package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.CameraChange;
import org.argusvms.management.application.CameraMotion;
import org.argusvms.management.application.CameraMove;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.hardware.Credentials;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.domain.model.hardware.HardwareDriver;
import org.argusvms.management.domain.model.hardware.HardwareRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;
import org.argusvms.recorder.protocol.CameraStatus;
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

/** Rights come from the caller's VMS roles (PermissionService), not from container roles: hence {@code @PermitAll}. */
@Stateless
@PermitAll
public class DefaultCameraService implements CameraService {

    @Inject
    private CameraRepository cameras;

    @Inject
    private HardwareRepository hardwares;

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private RecorderStatusCache statuses;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private ConfigurationChangePublisher changes;

    @Inject
    private CameraPlacements placements;

    @Inject
    private CameraStorages cameraStorages;

    @Inject
    private CameraEnrolment enrolment;

    @Inject
    private CameraRemoval removal;

    @Inject
    private CameraDeployment deployment;

    @Inject
    private HardwareRelocation relocation;

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
        CameraInputValidator.validate(input);
        RecordingServer server = chooseRecordingServer(input.recorderId());
        Hardware unit = new Hardware(UUID.randomUUID().toString(), input.name().trim(), driverOf(input.onvifAddress()),
                addressOf(input.streamUrl(), input.onvifAddress()),
                new Credentials(CameraEnrolment.blankToNull(input.username()),
                        CameraEnrolment.blankToNull(input.password())), true, server, clock.instant());
        hardwares.store(unit);
        Camera camera = enrolment.enrol(input, unit, 0);
        audit.succeeded("hardware.add", unit + " with " + CameraEnrolment.describe(camera));
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
        CameraInputValidator.LiveStream liveStream = CameraInputValidator.liveStream(change.asNewCamera(),
                new CameraInputValidator.LiveStream(camera.liveStream(), camera.liveStreamUrl()),
                change.onvifAddress());
        String name = change.name().trim();
        CameraEnrolment.requireUniqueName(cameras, name, cameraId);
        // Asked before the camera changes: a query would flush the change, and a concurrent edit must end in 409.
        boolean aloneOnItsHardware = aloneOnItsHardware(camera);
        RecordingServer previousServer = camera.recordingServer();
        RecordingServer server = change.recorderId() == null || change.recorderId().isBlank()
                ? previousServer : chooseRecordingServer(change.recorderId());
        camera.reconfigure(name, CameraEnrolment.trimmedOrNull(change.streamUrl()),
                CameraEnrolment.blankToNull(change.username()), CameraEnrolment.blankToNull(change.password()),
                change.password() == null, mode.name(), change.enabled() == null || change.enabled(), server);
        camera.changeTriggeredRecording(triggered);
        camera.changeMotion(motion);
        camera.changeOnvifAddress(CameraEnrolment.trimmedOrNull(change.onvifAddress()));
        camera.changeRtspTransport(CameraInputValidator.rtspTransport(change.asNewCamera(), camera.rtspTransport()));
        camera.changeLiveStream(liveStream.source(), liveStream.url());
        cameraStorages.assign(camera, change.storageId());
        try {
            cameras.store(camera);
            followedByItsHardware(camera, aloneOnItsHardware);
        } catch (OptimisticLockException e) {
            throw staleVersion(cameraId);
        }
        deployment.push(camera);
        if (!Objects.equals(previousServer.id(), server.id())) {
            deployment.tellToRemove(previousServer, cameraId);
            placements.moved(camera, clock.instant());
        }
        audit.succeeded("camera.change", CameraEnrolment.describe(camera));
        changes.updated(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        return toView(camera, statuses.fresh(server));
    }

    /**
     * A camera edited alone changes its hardware too when it is the hardware's only device (the hardware a camera
     * added alone got): address, credentials and recorder follow. Hardware with more devices keeps its connection
     * (the camera then has its own) and cannot be split across recorders: that is a move of the hardware.
     */
    private void followedByItsHardware(Camera camera, boolean alone) {
        Hardware unit = camera.hardware();
        if (unit == null) {
            return;
        }
        if (alone) {
            unit.reconnect(driverOf(camera.onvifAddress()), addressOf(camera.streamUrl(), camera.onvifAddress()),
                    new Credentials(camera.username(), camera.password()));
            unit.moveTo(camera.recordingServer());
            hardwares.store(unit);
        } else if (!unit.recordingServer().id().equals(camera.recordingServer().id())) {
            throw new ValidationException("recorderId", CameraEnrolment.describe(camera) + " is a device of " + unit
                    + " with other devices; move the hardware (POST /api/v1/hardware/" + unit.id() + "/move)");
        }
    }

    /** Whether the camera is the only device of its hardware (the hardware it was added alone with). */
    private boolean aloneOnItsHardware(Camera camera) {
        Hardware unit = camera.hardware();
        return unit != null && unit.devices().isEmpty() && cameras.findByHardware(unit.id()).size() == 1;
    }

    private static HardwareDriver driverOf(String onvifAddress) {
        return onvifAddress == null || onvifAddress.isBlank() ? HardwareDriver.RTSP : HardwareDriver.ONVIF;
    }

    private static String addressOf(String streamUrl, String onvifAddress) {
        return onvifAddress == null || onvifAddress.isBlank() ? streamUrl.trim() : onvifAddress.trim();
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
        deployment.push(camera);
        audit.succeeded("camera.recording-mode", CameraEnrolment.describe(camera) + " " + mode);
        changes.updated(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        return toView(camera, statuses.fresh(camera.recordingServer()));
    }

    /** A camera moves with its hardware: every camera device of the unit goes to the new recorder. */
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
        try {
            relocation.move(camera.hardware(), move.recordingServerId(), "camera " + cameraId);
        } catch (OptimisticLockException e) {
            throw staleVersion(cameraId);
        }
        return toView(camera, statuses.fresh(camera.recordingServer()));
    }

    /** Deletes the camera; hardware left without any device (the one it was added with) goes with it. */
    @Override
    public void removeCamera(String cameraId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Camera camera = cameras.find(cameraId).orElseThrow(() -> notFound(cameraId));
        Hardware unit = camera.hardware();
        removal.remove(camera);
        if (unit != null && unit.devices().isEmpty() && cameras.findByHardware(unit.id()).stream()
                .allMatch(other -> other.id().equals(cameraId))) {
            hardwares.remove(unit);
            audit.succeeded("hardware.remove", unit.toString());
        }
    }

    private RecordingServer chooseRecordingServer(String recorderId) {
        return RecorderChoice.of(recordingServers, recorderId, NotFoundException::new);
    }

    private static CameraView toView(Camera camera, RecorderStatus status) {
        CameraStatus cameraStatus = status == null ? null : status.camera(camera.id());
        TriggeredRecording triggered = camera.triggeredRecording();
        return CameraView.builder(camera.id(), camera.name())
                .streamUrl(camera.streamUrl())
                .recorderId(camera.recordingServer().id())
                .recordingMode(camera.recordingMode())
                .enabled(camera.enabled())
                .version(camera.version())
                .state(state(status, camera.id()), cameraStatus == null ? null : cameraStatus.lastError())
                .triggeredRecording(triggered.preBufferSeconds(), triggered.postBufferSeconds(),
                        triggered.idleRecording().name())
                .onvifAddress(camera.onvifAddress())
                .username(camera.username())
                .motion(CameraMotion.of(camera.motion()))
                .storageId(camera.storageId())
                .recording(cameraStatus == null ? null : cameraStatus.recording())
                .rtspTransport(camera.rtspTransport().name(), cameraStatus == null ? null : cameraStatus.rtspTransport())
                .liveStream(camera.liveStream().name(), camera.liveStreamUrl())
                .secondaryStream(cameraStatus == null ? null : cameraStatus.secondaryStream())
                .build();
    }

    /** What the recorder says of the camera: its state, PENDING if it does not know it yet, UNKNOWN if unreachable. */
    static String state(RecorderStatus status, String cameraId) {
        CameraStatus cameraStatus = status == null ? null : status.camera(cameraId);
        return cameraStatus == null ? (status == null ? "UNKNOWN" : "PENDING") : cameraStatus.state();
    }

    private static NotFoundException notFound(String cameraId) {
        return new NotFoundException("camera " + cameraId + " does not exist");
    }

    private static ConflictException staleVersion(String cameraId) {
        return new ConflictException("camera " + cameraId
                + " was changed by someone else since you read it; reload it and apply your change again");
    }

}
