package org.argusvms.management.application.internal;

import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.CameraFailureException;
import org.argusvms.management.application.CameraNotCapableException;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.recorder.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators and rules are told when the recorder does not carry out a PTZ or output command. */
class CameraCommandsTest {

    private static final Camera GATE = new Camera("cam-1", "Gate", null, "admin", "secret", "ALWAYS", true,
            new RecordingServer("rec-1", Instant.EPOCH), Instant.EPOCH);

    private static RuntimeException translated(ErrorCode code) {
        return CameraCommands.translate(new RecorderCommandException(code, "camera said no"), GATE, "preset");
    }

    @Test
    void aPresetTheCameraDoesNotKnowIsBadInputAtTheField() {
        ValidationException e = assertInstanceOf(ValidationException.class, translated(ErrorCode.INVALID_ARGUMENT));

        assertEquals("preset", e.field());
        assertTrue(e.getMessage().contains("camera said no"), e.getMessage());
    }

    @Test
    void aCameraWithoutOnvifIsNotCapable() {
        assertInstanceOf(CameraNotCapableException.class, translated(ErrorCode.NOT_SUPPORTED));
    }

    @Test
    void aRefusingOrSilentCameraIsACameraFailure() {
        assertInstanceOf(CameraFailureException.class, translated(ErrorCode.CAMERA_ERROR));
    }

    @Test
    void everythingElseIsTheRecordersTrouble() {
        assertInstanceOf(RecorderUnavailableException.class, translated(ErrorCode.UNKNOWN_CAMERA));
        assertInstanceOf(RecorderUnavailableException.class, translated(ErrorCode.TIMEOUT));
        assertInstanceOf(RecorderUnavailableException.class, translated(null));
    }
}
