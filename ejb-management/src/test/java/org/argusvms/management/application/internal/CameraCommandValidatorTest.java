package org.argusvms.management.application.internal;

import org.argusvms.management.application.PtzMove;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CameraCommandValidatorTest {

    private static String refusedField(Runnable check) {
        return assertThrows(ValidationException.class, check::run).field();
    }

    @Test
    void tokensAreStrippedAndLimitedToWhatOnvifAllows() {
        assertEquals("2", CameraCommandValidator.token("preset", " 2 "));
        assertEquals("p".repeat(64), CameraCommandValidator.token("preset", "p".repeat(64)));
        assertEquals("preset", refusedField(() -> CameraCommandValidator.token("preset", null)));
        assertEquals("preset", refusedField(() -> CameraCommandValidator.token("preset", " ")));
        assertEquals("output", refusedField(() -> CameraCommandValidator.token("output", "p".repeat(65))));
        assertEquals("output", refusedField(() -> CameraCommandValidator.token("output", "relay\n1")));
    }

    @Test
    void anOutputCommandMustSayWhichState() {
        assertEquals(true, CameraCommandValidator.active(true));
        assertEquals("active", refusedField(() -> CameraCommandValidator.active(null)));
    }

    @Test
    void absentVelocitiesAreZeroAndAbsentSecondsOne() {
        assertEquals(new PtzMove(0.5, 0.0, 0.0, 1), CameraCommandValidator.move(new PtzMove(0.5, null, null, null)));
        assertEquals(new PtzMove(-1.0, 1.0, -1.0, 60), CameraCommandValidator.move(new PtzMove(-1.0, 1.0, -1.0, 60)));
    }

    @Test
    void velocitiesOutsideMinusOneToOneAndBadDurationsAreRefused() {
        assertEquals("pan", refusedField(() -> CameraCommandValidator.move(new PtzMove(1.5, 0.0, 0.0, 1))));
        assertEquals("tilt", refusedField(() -> CameraCommandValidator.move(new PtzMove(0.0, Double.NaN, 0.0, 1))));
        assertEquals("zoom", refusedField(() -> CameraCommandValidator.move(new PtzMove(0.0, 0.0, -1.01, 1))));
        assertEquals("seconds", refusedField(() -> CameraCommandValidator.move(new PtzMove(0.1, 0.0, 0.0, 0))));
        assertEquals("seconds", refusedField(() -> CameraCommandValidator.move(new PtzMove(0.1, 0.0, 0.0, 61))));
        assertEquals("body", refusedField(() -> CameraCommandValidator.move(null)));
    }
}
