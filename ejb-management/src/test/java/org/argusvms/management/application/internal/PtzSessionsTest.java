package org.argusvms.management.application.internal;

import org.argusvms.management.application.PtzSession;
import org.argusvms.management.application.PtzSessionHeldException;
import org.argusvms.management.infrastructure.persistence.JdbcPtzSessionRepository;
import org.argusvms.management.infrastructure.persistence.MigratedH2Database;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two operators contending for camera cam-1: "low" with PTZ priority 1000, "high" with 5000; the sessions stored in
 * the management schema on H2, as on a node of a cluster.
 */
class PtzSessionsTest {

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String CAMERA = "cam-1";

    private Instant now = T0;
    private final PtzSessions sessions = new PtzSessions(new JdbcPtzSessionRepository(MigratedH2Database.create()),
            () -> now, TIMEOUT);

    private Optional<PtzSession> claim(String user, int priority) {
        return sessions.claim(CAMERA, user, priority, Duration.ZERO);
    }

    @Test
    void aFreeCameraIsTakenForTheTimeoutAfterTheCommand() {
        assertEquals(Optional.empty(), claim("low", 1000), "nobody was taken over");

        assertEquals(Optional.of(new PtzSession("low", 1000, T0.plus(TIMEOUT))), sessions.current(CAMERA));
    }

    @Test
    void aLowerPriorityIsRefusedWithTheHolderAndWhenTheCameraFrees() {
        claim("high", 5000);
        now = T0.plusMillis(3_500);

        PtzSessionHeldException refused = assertThrows(PtzSessionHeldException.class, () -> claim("low", 1000));

        assertEquals(new PtzSession("high", 5000, T0.plus(TIMEOUT)), refused.holder());
        assertEquals(12, refused.secondsLeft(), "11.5 s rounded up");
        assertTrue(refused.getMessage().contains("held by high, whose PTZ priority 5000 is higher than yours (1000)"),
                refused.getMessage());
        assertEquals(Optional.of(refused.holder()), sessions.current(CAMERA), "the holder's session is unchanged");
    }

    @Test
    void theSameOrAHigherPriorityTakesOver() {
        claim("low", 1000);
        now = T0.plusSeconds(1);
        assertEquals(Optional.of(new PtzSession("low", 1000, T0.plus(TIMEOUT))), claim("peer", 1000));

        now = T0.plusSeconds(2);
        assertEquals("peer", claim("high", 5000).orElseThrow().username());
        assertEquals(Optional.of(new PtzSession("high", 5000, now.plus(TIMEOUT))), sessions.current(CAMERA));
    }

    @Test
    void eachCommandOfTheHolderExtendsTheSession() {
        claim("high", 5000);
        now = T0.plusSeconds(10);
        assertEquals(Optional.empty(), claim("high", 5000), "the holder takes nothing over from himself");

        now = T0.plusSeconds(20);
        assertThrows(PtzSessionHeldException.class, () -> claim("low", 1000));
    }

    @Test
    void whenTheSessionTimesOutAnyoneMaySteer() {
        claim("high", 5000);
        now = T0.plus(TIMEOUT).minusMillis(1);
        assertThrows(PtzSessionHeldException.class, () -> claim("low", 1000));

        now = T0.plus(TIMEOUT);
        assertEquals(Optional.empty(), sessions.current(CAMERA));
        assertEquals(Optional.empty(), claim("low", 1000), "an expired session is not taken over, it is over");
    }

    @Test
    void aTimedMoveHoldsTheCameraUntilTheTimeoutAfterItEnds() {
        sessions.claim(CAMERA, "high", 5000, Duration.ofSeconds(30));
        now = T0.plusSeconds(40);

        assertThrows(PtzSessionHeldException.class, () -> claim("low", 1000));
        assertEquals(T0.plusSeconds(45), sessions.current(CAMERA).orElseThrow().expiresAt());
    }

    @Test
    void theHolderMayReleaseTheCameraAtOnceButNobodyElseMay() {
        claim("high", 5000);

        assertFalse(sessions.release(CAMERA, "low"));
        assertEquals("high", sessions.current(CAMERA).orElseThrow().username());

        assertTrue(sessions.release(CAMERA, "high"));
        assertEquals(Optional.empty(), sessions.current(CAMERA));
        assertEquals(Optional.empty(), claim("low", 1000));
    }

    @Test
    void sessionsOfDifferentCamerasAreIndependent() {
        claim("high", 5000);

        assertEquals(Optional.empty(), sessions.claim("cam-2", "low", 1000, Duration.ZERO));
    }

    @Test
    void theTimeoutIsConfigurableWithinOneSecondToAnHour() {
        assertEquals(Duration.ofSeconds(30), PtzSessions.timeout(" 30 "));
        assertEquals(Duration.ofHours(1), PtzSessions.timeout("3600"));
        assertEquals(PtzSessions.DEFAULT_TIMEOUT, PtzSessions.timeout(null));
        for (String bad : new String[] {"0", "3601", "-5", "15s", ""}) {
            assertEquals(PtzSessions.DEFAULT_TIMEOUT, PtzSessions.timeout(bad), bad);
        }
    }
}
