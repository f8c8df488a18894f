package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.CameraFailureException;
import org.argusvms.management.application.CameraNotCapableException;
import org.argusvms.management.application.PtzMove;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.infrastructure.connector.RecorderGateway;

/**
 * Sends validated PTZ and output commands to the camera's recorder and turns the recorder's error codes into the
 * application's exceptions. Who may send them is decided by the callers (operators' rights, or the rule system).
 */
@ApplicationScoped
public class CameraCommands {

    @Inject
    private RecorderGateway recorders;

    void gotoPreset(Camera camera, String preset) {
        run(camera, "preset", () -> recorders.ptzGotoPreset(camera, preset));
    }

    void move(Camera camera, PtzMove move) {
        run(camera, "body", () -> recorders.ptzMove(camera, move.pan(), move.tilt(), move.zoom(), move.seconds()));
    }

    /** Refused before the recorder is asked when the camera's hardware, or its OUTPUT device for the token, is disabled. */
    void setOutput(Camera camera, String output, boolean active) {
        Hardware unit = camera.hardware();
        if (unit != null && !unit.enabled()) {
            throw new ValidationException("output", unit + " of camera " + camera.id()
                    + " is disabled: its outputs cannot be switched until it is enabled");
        }
        if (unit != null) {
            unit.output(output).filter(device -> !device.enabled()).ifPresent(device -> {
                throw new ValidationException("output", "output " + output + " (" + device.name() + ") of " + unit
                        + " is disabled: enable the device to switch it");
            });
        }
        run(camera, "output", () -> recorders.setOutput(camera, output, active));
    }

    private static void run(Camera camera, String argumentField, Command command) {
        try {
            command.run();
        } catch (RecorderCommandException e) {
            throw translate(e, camera, argumentField);
        }
    }

    /**
     * INVALID_ARGUMENT is the camera not knowing the preset or output; UNKNOWN_CAMERA a recorder not yet told about
     * the camera (it is when it next registers); anything without a camera-specific code is the recorder's trouble.
     */
    static RuntimeException translate(RecorderCommandException e, Camera camera, String argumentField) {
        String what = "camera " + camera.id() + " (" + camera.name() + ")";
        if (e.code() == null) {
            return new RecorderUnavailableException("recorder " + camera.recordingServer().id() + " of " + what
                    + " could not be reached: " + e.getMessage());
        }
        return switch (e.code()) {
            case INVALID_ARGUMENT -> new ValidationException(argumentField, what + " refused: " + e.getMessage());
            case NOT_SUPPORTED -> new CameraNotCapableException(what + " has no ONVIF address: PTZ and outputs need"
                    + " one");
            case CAMERA_ERROR -> new CameraFailureException(what + " did not carry out the command: " + e.getMessage());
            case UNKNOWN_CAMERA -> new RecorderUnavailableException("recorder " + camera.recordingServer().id()
                    + " does not have " + what + " yet; it gets it when it next registers");
            default -> new RecorderUnavailableException("recorder " + camera.recordingServer().id() + " did not carry"
                    + " out the command for " + what + ": " + e.code() + " " + e.getMessage());
        };
    }

    @FunctionalInterface
    private interface Command {
        void run() throws RecorderCommandException;
    }
}
