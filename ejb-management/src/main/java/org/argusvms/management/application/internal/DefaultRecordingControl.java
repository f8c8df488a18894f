package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.RecordingControl;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

@Stateless
@PermitAll
public class DefaultRecordingControl implements RecordingControl {

    private static final Logger LOG = Logger.getLogger(DefaultRecordingControl.class.getName());

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecorderGateway recorders;

    @Override
    public boolean startRecording(String cameraId) {
        return switchTo(cameraId, RecordingMode.ALWAYS);
    }

    @Override
    public boolean stopRecording(String cameraId) {
        return switchTo(cameraId, RecordingMode.OFF);
    }

    @Override
    public Optional<Instant> triggerRecording(String cameraId, int seconds, String reason) {
        if (seconds < 0 || seconds > TriggeredRecording.MAX_POST_BUFFER_SECONDS) {
            throw new ValidationException("seconds", "seconds must be 0.." + TriggeredRecording.MAX_POST_BUFFER_SECONDS
                    + ", got " + seconds);
        }
        Camera camera = existing(cameraId);
        try {
            return recorders.triggerRecording(camera, seconds, reason);
        } catch (RecorderCommandException e) {
            if (e.code() == ErrorCode.INVALID_ARGUMENT) {
                throw new ValidationException("seconds", "the recording server refused to trigger camera " + cameraId
                        + ": " + e.getMessage());
            }
            throw new RecorderUnavailableException("recorder " + camera.recordingServer().id()
                    + " did not trigger camera " + cameraId + ": " + e.getMessage());
        }
    }

    private Camera existing(String cameraId) {
        return cameras.find(cameraId)
                .orElseThrow(() -> new NotFoundException("camera " + cameraId + " does not exist"));
    }

    private boolean switchTo(String cameraId, RecordingMode mode) {
        Camera camera = existing(cameraId);
        camera.reconfigure(camera.name(), camera.streamUrl(), camera.username(), null, true, mode.name(),
                camera.enabled(), camera.recordingServer());
        cameras.store(camera);
        try {
            recorders.apply(camera);
            return true;
        } catch (RecorderCommandException e) {
            if (e.code() == ErrorCode.INVALID_ARGUMENT) {
                throw new ValidationException("cameraIds", "the recording server refused camera " + cameraId + ": "
                        + e.getMessage());
            }
            LOG.warning(() -> "recording mode " + mode + " of camera " + cameraId + " stored but not yet pushed to"
                    + " recorder " + camera.recordingServer().id() + ": " + e.getMessage());
            return false;
        }
    }
}
