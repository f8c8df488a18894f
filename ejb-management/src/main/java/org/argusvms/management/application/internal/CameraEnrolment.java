package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.time.Clock;
import java.util.UUID;

/**
 * Adds a camera device to a piece of hardware: validated, stored on the hardware's recorder, placed, pushed, audited
 * and announced. The one path for cameras added alone (with their implicit hardware) and with their hardware.
 */
@ApplicationScoped
public class CameraEnrolment {

    @Inject
    private CameraRepository cameras;

    @Inject
    private CameraPlacements placements;

    @Inject
    private CameraDeployment deployment;

    @Inject
    private CameraStorages cameraStorages;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    @Inject
    private Clock clock;

    /** The camera {@code input} describes as channel {@code channel} of {@code hardware} (already stored). */
    Camera enrol(NewCamera input, Hardware hardware, int channel) {
        RecordingMode mode = CameraInputValidator.validate(input);
        TriggeredRecording triggered = CameraInputValidator.triggeredRecording(input, TriggeredRecording.DEFAULTS);
        MotionSettings motion = MotionInputValidator.motionSettings(input.motion(), MotionSettings.OFF, mode);
        CameraInputValidator.LiveStream liveStream = CameraInputValidator.liveStream(input,
                new CameraInputValidator.LiveStream(LiveStreamSource.PRIMARY, null), input.onvifAddress());
        requireUniqueName(cameras, input.name().trim(), null);
        Camera camera = new Camera(UUID.randomUUID().toString(), input.name().trim(), trimmedOrNull(input.streamUrl()),
                blankToNull(input.username()), blankToNull(input.password()), mode.name(),
                input.enabled() == null || input.enabled(), hardware.recordingServer(), clock.instant());
        camera.changeTriggeredRecording(triggered);
        camera.changeMotion(motion);
        camera.changeOnvifAddress(trimmedOrNull(input.onvifAddress()));
        camera.changeRtspTransport(CameraInputValidator.rtspTransport(input, RtspTransport.TCP));
        camera.changeLiveStream(liveStream.source(), liveStream.url());
        camera.attachTo(hardware, channel);
        cameraStorages.assign(camera, input.storageId());
        cameras.store(camera);
        placements.placed(camera, camera.createdAt());
        deployment.push(camera);
        audit.succeeded("camera.add", describe(camera));
        changes.created(ObjectType.CAMERA, camera.id(), camera.version(), ConfigurationAudience.camera(camera.id()));
        return camera;
    }

    /** {@code ownId} is the camera being changed (it may keep its name), null for a new one. */
    static void requireUniqueName(CameraRepository cameras, String name, String ownId) {
        cameras.findByName(name).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new ValidationException("name", "a camera named '" + name + "' already exists");
        });
    }

    static String describe(Camera camera) {
        return "camera " + camera.id() + " (" + camera.name() + ")";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
