package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.CameraMove;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.DeviceChange;
import org.argusvms.management.application.HardwareChange;
import org.argusvms.management.application.HardwareService;
import org.argusvms.management.application.HardwareView;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.NewDevice;
import org.argusvms.management.application.NewHardware;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.hardware.CameraConnection;
import org.argusvms.management.domain.model.hardware.Credentials;
import org.argusvms.management.domain.model.hardware.DeviceKind;
import org.argusvms.management.domain.model.hardware.DeviceSlot;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.domain.model.hardware.HardwareDevice;
import org.argusvms.management.domain.model.hardware.HardwareDriver;
import org.argusvms.management.domain.model.hardware.HardwareRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;
import org.argusvms.recorder.protocol.RecorderStatus;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rights come from the caller's VMS roles (CONFIGURATION), as for cameras: hence {@code @PermitAll}. */
@Stateless
@PermitAll
public class DefaultHardwareService implements HardwareService {

    /** Who hears of hardware changes (its camera devices are announced to their own audience as cameras). */
    private static final ConfigurationAudience ADMINISTRATORS =
            ConfigurationAudience.administratorsOf(AdminArea.CONFIGURATION);

    @Inject
    private HardwareRepository hardware;

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private PermissionService permissions;

    @Inject
    private CameraEnrolment enrolment;

    @Inject
    private CameraRemoval removal;

    @Inject
    private CameraDeployment deployment;

    @Inject
    private HardwareRelocation relocation;

    @Inject
    private HardwareViews views;

    @Inject
    private RecorderStatusCache statuses;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    @Inject
    private Clock clock;

    @Override
    public List<HardwareView> listHardware() {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Map<String, RecorderStatus> statusByRecorder = new HashMap<>();
        return hardware.findAll().stream().map(unit -> views.of(unit, statusByRecorder.computeIfAbsent(
                unit.recordingServer().id(), id -> statuses.current(unit.recordingServer())))).toList();
    }

    @Override
    public HardwareView findHardware(String hardwareId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return views.of(existing(hardwareId));
    }

    @Override
    public HardwareView addHardware(NewHardware input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        HardwareDriver driver = HardwareInputValidator.validate(input);
        RecordingServer server = RecorderChoice.of(recordingServers, input.recorderId(),
                unknown -> new ValidationException("recorderId", unknown));
        Hardware unit = new Hardware(UUID.randomUUID().toString(), input.name().strip(), driver,
                input.address().strip(), credentials(input.username(), input.password(), Credentials.NONE),
                input.enabled() == null || input.enabled(), server, clock.instant());
        hardware.store(unit);
        List<NewDevice> devices = input.devices() == null ? List.of() : input.devices();
        List<DeviceSlot> cameraSlots = devices.stream()
                .filter(device -> HardwareInputValidator.kind("kind", device.kind()) == DeviceKind.CAMERA)
                .map(device -> new DeviceSlot(DeviceKind.CAMERA, device.channel())).toList();
        for (int i = 0; i < devices.size(); i++) {
            NewDevice device = devices.get(i);
            DeviceSlot slot = new DeviceSlot(HardwareInputValidator.kind("kind", device.kind()), device.channel());
            if (slot.kind() == DeviceKind.CAMERA) {
                addCamera(unit, device, "devices[" + i + "].");
            } else {
                unit.addDevice(UUID.randomUUID().toString(), slot, device.name().strip(),
                        device.enabled() == null || device.enabled(),
                        device.outputToken() == null ? null : device.outputToken().strip(), cameraSlots);
            }
        }
        hardware.store(unit);
        audit.succeeded("hardware.add", unit + " on recorder " + server.id() + " with " + devices.size() + " devices");
        changes.created(ObjectType.HARDWARE, unit.id(), unit.version(), ADMINISTRATORS);
        return views.of(unit, statuses.fresh(server));
    }

    /** The camera device as a camera: the hardware's connection, its own name, mode and enabled flag. */
    private void addCamera(Hardware unit, NewDevice device, String fieldPrefix) {
        CameraConnection connection = CameraConnection.of(unit, CameraEnrolment.trimmedOrNull(device.streamUrl()));
        NewCamera camera = NewCamera.builder().name(device.name()).streamUrl(connection.streamUrl())
                .credentials(connection.credentials().username(), connection.credentials().password())
                .recorderId(unit.recordingServer().id()).recordingMode(device.recordingMode())
                .enabled(device.enabled()).onvifAddress(connection.onvifAddress()).build();
        try {
            enrolment.enrol(camera, unit, device.channel());
        } catch (ValidationException e) {
            throw new ValidationException(fieldPrefix + e.field(), e.getMessage());
        }
    }

    @Override
    public HardwareView updateHardware(String hardwareId, HardwareChange change) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        if (change == null) {
            throw new ValidationException("body", "a hardware object is required");
        }
        if (change.version() == null) {
            throw new ValidationException("version", "version is required: send the version of the hardware you changed");
        }
        Hardware unit = existing(hardwareId);
        if (unit.version() != change.version()) {
            throw staleVersion(hardwareId);
        }
        String name = change.name() == null ? unit.name() : change.name().strip();
        CameraInputValidator.validateName("name", name);
        HardwareDriver driver = change.driver() == null ? unit.driver() : HardwareInputValidator.driver(change.driver());
        String address = change.address() == null ? unit.address() : change.address().strip();
        HardwareInputValidator.address(driver, address);
        CameraInputValidator.validateCredentials(change.username(), change.password());
        String previousAddress = unit.address();
        unit.rename(name);
        unit.reconnect(driver, address, credentials(change.username(), change.password(), unit.credentials()));
        if (change.enabled() != null) {
            unit.enable(change.enabled());
        }
        try {
            hardware.store(unit);
        } catch (OptimisticLockException e) {
            throw staleVersion(hardwareId);
        }
        for (Camera camera : cameras.findByHardware(hardwareId)) {
            camera.connectThrough(unit, camera.ownStreamUrl(previousAddress));
            cameras.store(camera);
            deployment.push(camera);
            changes.updated(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        }
        audit.succeeded("hardware.change", unit + (unit.enabled() ? " enabled" : " disabled"));
        changes.updated(ObjectType.HARDWARE, unit.id(), unit.version(), ADMINISTRATORS);
        return views.of(unit, statuses.fresh(unit.recordingServer()));
    }

    @Override
    public HardwareView changeDevice(String hardwareId, String deviceId, DeviceChange change) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        if (change == null) {
            throw new ValidationException("body", "a device object {\"name\", \"enabled\"} is required");
        }
        if (change.name() != null) {
            CameraInputValidator.validateName("name", change.name());
        }
        Hardware unit = existing(hardwareId);
        Camera camera = cameras.find(deviceId).filter(found -> found.hardware() != null
                && found.hardware().id().equals(hardwareId)).orElse(null);
        if (camera != null) {
            if (change.name() != null) {
                CameraEnrolment.requireUniqueName(cameras, change.name().strip(), camera.id());
                camera.rename(change.name().strip());
            }
            if (change.enabled() != null) {
                camera.enable(change.enabled());
            }
            cameras.store(camera);
            deployment.push(camera);
            changes.updated(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
            audit.succeeded("camera.change", CameraEnrolment.describe(camera) + " of " + unit
                    + (camera.enabled() ? " enabled" : " disabled"));
        } else {
            HardwareDevice device = unit.device(deviceId).orElseThrow(() -> new NotFoundException("hardware "
                    + hardwareId + " has no device " + deviceId));
            if (change.name() != null) {
                device.rename(change.name().strip());
            }
            if (change.enabled() != null) {
                device.enable(change.enabled());
            }
            hardware.store(unit);
            audit.succeeded("hardware.device.change", device.kind() + " " + device.channel() + " (" + device.name()
                    + ") of " + unit + (device.enabled() ? " enabled" : " disabled"));
        }
        changes.updated(ObjectType.HARDWARE, unit.id(), unit.version(), ADMINISTRATORS);
        return views.of(unit);
    }

    @Override
    public HardwareView addDevice(String hardwareId, NewDevice device) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        DeviceSlot slot = HardwareInputValidator.device(device);
        Hardware unit = existing(hardwareId);
        List<DeviceSlot> cameraSlots = cameras.findByHardware(hardwareId).stream().map(Camera::slot).toList();
        if (slot.kind() == DeviceKind.CAMERA) {
            if (cameraSlots.contains(slot)) {
                throw new ValidationException("channel", slot + " is already taken on hardware " + unit.name());
            }
            addCamera(unit, device, "");
        } else {
            try {
                unit.addDevice(UUID.randomUUID().toString(), slot, device.name().strip(),
                        device.enabled() == null || device.enabled(),
                        device.outputToken() == null ? null : device.outputToken().strip(), cameraSlots);
            } catch (IllegalArgumentException taken) {
                throw new ValidationException("channel", taken.getMessage());
            }
            hardware.store(unit);
        }
        audit.succeeded("hardware.device.add", slot + " (" + device.name().strip() + ") of " + unit);
        changes.updated(ObjectType.HARDWARE, unit.id(), unit.version(), ADMINISTRATORS);
        return views.of(unit, statuses.fresh(unit.recordingServer()));
    }

    @Override
    public HardwareView removeDevice(String hardwareId, String deviceId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Hardware unit = existing(hardwareId);
        List<Camera> unitCameras = cameras.findByHardware(hardwareId);
        Camera camera = unitCameras.stream().filter(found -> found.id().equals(deviceId)).findFirst().orElse(null);
        String removed;
        if (camera != null) {
            if (unitCameras.size() == 1) {
                throw new ConflictException("camera " + camera.name() + " is the last camera of hardware " + unit.name()
                        + "; delete the hardware to remove it");
            }
            removed = camera.slot() + " (" + camera.name() + ")";
            removal.remove(camera);
        } else {
            HardwareDevice device = unit.device(deviceId).orElseThrow(() -> new NotFoundException("hardware "
                    + hardwareId + " has no device " + deviceId));
            removed = device.slot() + " (" + device.name() + ")";
            unit.removeDevice(deviceId);
            hardware.store(unit);
        }
        audit.succeeded("hardware.device.remove", removed + " of " + unit);
        changes.updated(ObjectType.HARDWARE, unit.id(), unit.version(), ADMINISTRATORS);
        return views.of(unit, statuses.fresh(unit.recordingServer()));
    }

    @Override
    public HardwareView moveHardware(String hardwareId, CameraMove move) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        if (move == null || move.recordingServerId() == null || move.recordingServerId().isBlank()) {
            throw new ValidationException("recordingServerId", "recordingServerId is required: the recording server"
                    + " that records the hardware's cameras from now on");
        }
        if (move.version() == null) {
            throw new ValidationException("version", "version is required: send the version of the hardware you move");
        }
        Hardware unit = existing(hardwareId);
        if (unit.version() != move.version()) {
            throw staleVersion(hardwareId);
        }
        try {
            relocation.move(unit, move.recordingServerId(), unit.toString());
        } catch (OptimisticLockException e) {
            throw staleVersion(hardwareId);
        }
        changes.updated(ObjectType.HARDWARE, unit.id(), unit.version(), ADMINISTRATORS);
        return views.of(unit, statuses.fresh(unit.recordingServer()));
    }

    @Override
    public void removeHardware(String hardwareId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        Hardware unit = existing(hardwareId);
        cameras.findByHardware(hardwareId).forEach(removal::remove);
        hardware.remove(unit);
        audit.succeeded("hardware.remove", unit.toString());
        changes.deleted(ObjectType.HARDWARE, unit.id(), unit.version(), ADMINISTRATORS);
    }

    /** New credentials from an edit: null fields keep {@code current}'s, empty ones remove it. */
    private static Credentials credentials(String username, String password, Credentials current) {
        return new Credentials(username == null ? current.username() : CameraEnrolment.blankToNull(username),
                password == null ? current.password() : CameraEnrolment.blankToNull(password));
    }

    private Hardware existing(String hardwareId) {
        return hardware.find(hardwareId).orElseThrow(() -> new NotFoundException("hardware " + hardwareId
                + " does not exist"));
    }

    private static ConflictException staleVersion(String hardwareId) {
        return new ConflictException("hardware " + hardwareId
                + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
