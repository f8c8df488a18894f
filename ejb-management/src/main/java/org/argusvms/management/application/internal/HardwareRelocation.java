package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.domain.model.hardware.HardwareRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;

import java.time.Clock;
import java.util.List;

/**
 * Moves a piece of hardware with all its camera devices to another recording server (docs/design/move-hardware.md):
 * the one path behind moving hardware and moving one of its cameras, so a unit's cameras never split across
 * recorders. The caller has checked rights and the version its client based the move on.
 */
@ApplicationScoped
public class HardwareRelocation {

    @Inject
    private HardwareRepository hardware;

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private CameraDeployment deployment;

    @Inject
    private CameraPlacements placements;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    @Inject
    private Clock clock;

    /**
     * Checks the target (unknown or the same recorder: 400, offline: 503, nothing changed), stores the new recorder,
     * has it take every camera (or rolls back), tells the old one to stop them and records each camera's new
     * placement from the instant the old recorder stopped.
     *
     * @param what how messages name the moved thing (the hardware, or the camera the client asked to move)
     */
    void move(Hardware unit, String recordingServerId, String what) {
        RecordingServer previous = unit.recordingServer();
        RecordingServer target = recordingServers.find(recordingServerId).orElseThrow(() -> new ValidationException(
                "recordingServerId", "recording server '" + recordingServerId + "' does not exist"));
        if (target.id().equals(previous.id())) {
            throw new ValidationException("recordingServerId", what + " is already recorded by " + target.id());
        }
        if (!target.online()) {
            throw new RecorderUnavailableException("recording server " + target.id() + " is offline; " + what
                    + " stays on " + previous.id() + " until it is back");
        }
        unit.moveTo(target);
        hardware.store(unit);
        List<Camera> moving = cameras.findByHardware(unit.id());
        for (Camera camera : moving) {
            camera.moveTo(target);
            cameras.store(camera);
            deployment.handOver(camera);
        }
        for (Camera camera : moving) {
            deployment.tellToRemove(previous, camera.id());
            // The periods meet when the old recorder stopped: what it recorded until then is served by it.
            placements.moved(camera, clock.instant());
            audit.succeeded("camera.move", CameraEnrolment.describe(camera) + " from recorder " + previous.id()
                    + " to " + target.id());
            changes.updated(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        }
        audit.succeeded("hardware.move", unit + " from recorder " + previous.id() + " to " + target.id());
    }
}
