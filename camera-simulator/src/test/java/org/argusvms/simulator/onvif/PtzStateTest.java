package org.argusvms.simulator.onvif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.argusvms.simulator.onvif.PtzState.Position;
import org.junit.jupiter.api.Test;

class PtzStateTest {

    private Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final PtzState ptz = new PtzState(clock);

    @Test
    void continuousMoveAdvancesByVelocityPerSecondWithinTheSpaceUntilStopped() {
        ptz.move(new Position(0.25, -0.5, 0.1), null);
        now = now.plusSeconds(2);
        assertEquals(new Position(0.5, -1, 0.2), ptz.position());
        assertTrue(ptz.isMoving());

        now = now.plusSeconds(10);
        assertEquals(new Position(1, -1, 1), ptz.position(), "clamped to the generic space");
        ptz.stop();
        now = now.plusSeconds(10);
        assertEquals(new Position(1, -1, 1), ptz.position());
        assertFalse(ptz.isMoving());
    }

    @Test
    void continuousMoveEndsAtItsTimeout() {
        ptz.move(new Position(0.1, 0, 0), Duration.ofSeconds(3));
        now = now.plusSeconds(5);

        assertEquals(0.3, ptz.position().pan(), 1e-9);
        assertFalse(ptz.isMoving());
    }

    @Test
    void gotoPresetEndsAMoveAtThePresetPosition() {
        ptz.move(new Position(0.1, 0.1, 0.1), null);
        ptz.gotoPreset(ptz.preset("3").orElseThrow());
        now = now.plusSeconds(5);

        assertEquals(new Position(-0.75, 0.1, 0.6), ptz.position());
        assertFalse(ptz.isMoving());
    }
}
