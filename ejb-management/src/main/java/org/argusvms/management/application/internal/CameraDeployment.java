package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.recorder.protocol.ErrorCode;

import java.util.logging.Logger;

/** Gives cameras to their recorders and takes them away, inside the caller's transaction. */
@ApplicationScoped
public class CameraDeployment {

    private static final Logger LOG = Logger.getLogger(CameraDeployment.class.getName());

    @Inject
    private RecorderGateway recorders;

    /**
     * Sends the configuration inside the transaction: a recorder that refuses it (bad URL for its drivers) rolls the
     * camera back, so nothing half-configured is stored. A recorder that cannot be reached keeps the camera; it is
     * pushed when the recorder next registers.
     */
    void push(Camera camera) {
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

    /** Unlike {@link #push}, a move needs the new recorder to take the camera now, or nothing is moved. */
    void handOver(Camera camera) {
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

    void tellToRemove(RecordingServer server, String cameraId) {
        try {
            recorders.remove(server, cameraId);
        } catch (RecorderCommandException e) {
            // The recorder drops cameras it no longer has when it re-registers and is synchronised.
            LOG.warning(() -> "recorder " + server.id() + " not told to remove camera " + cameraId + ": " + e.getMessage());
        }
    }
}
