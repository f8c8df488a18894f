package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecordingControl;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.RecordingMode;

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

    private boolean switchTo(String cameraId, RecordingMode mode) {
        Camera camera = cameras.find(cameraId)
                .orElseThrow(() -> new NotFoundException("camera " + cameraId + " does not exist"));
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
