package org.argusvms.management.application.internal;

import org.argusvms.management.application.PtzSession;
import org.argusvms.management.application.PtzSessionHeldException;
import org.argusvms.management.infrastructure.persistence.JdbcPtzSessionRepository;
import org.argusvms.management.infrastructure.persistence.MigratedH2Database;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two management nodes — two {@link PtzSessions} with their own repository, sharing one database — arbitrate one
 * camera as a single node would: the operators' requests may land on either.
 */
class PtzSessionsAcrossNodesTest {

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String CAMERA = "cam-1";

    private final DataSource database = MigratedH2Database.create();
    /** Both nodes' clocks (NTP keeps a cluster's clocks together). */
    private Instant now = T0;
    private final PtzSessions nodeA = node();
    private final PtzSessions nodeB = node();

    private PtzSessions node() {
        return new PtzSessions(new JdbcPtzSessionRepository(database), () -> now, TIMEOUT);
    }

    @Test
    void aLowerPriorityOnTheOtherNodeIsRefusedWhileTheSessionRuns() {
        nodeA.claim(CAMERA, "high", 5000, Duration.ZERO);
        now = T0.plusSeconds(5);

        PtzSessionHeldException refused = assertThrows(PtzSessionHeldException.class,
                () -> nodeB.claim(CAMERA, "low", 1000, Duration.ZERO));

        assertEquals(new PtzSession("high", 5000, T0.plus(TIMEOUT)), refused.holder());
        assertEquals(10, refused.secondsLeft());
        assertEquals(Optional.of(refused.holder()), nodeB.current(CAMERA), "node B shows node A's session");
    }

    @Test
    void aHigherPriorityOnTheOtherNodeTakesOverAndBothNodesSeeIt() {
        nodeA.claim(CAMERA, "low", 1000, Duration.ZERO);
        now = T0.plusSeconds(2);

        Optional<PtzSession> takenOver = nodeB.claim(CAMERA, "high", 5000, Duration.ZERO);

        assertEquals(Optional.of(new PtzSession("low", 1000, T0.plus(TIMEOUT))), takenOver);
        PtzSession high = new PtzSession("high", 5000, now.plus(TIMEOUT));
        assertEquals(Optional.of(high), nodeA.current(CAMERA));
        assertThrows(PtzSessionHeldException.class, () -> nodeA.claim(CAMERA, "low", 1000, Duration.ZERO),
                "node A refuses its own former holder now");
    }

    @Test
    void atTheTimeoutTheCameraIsFreeOnEveryNode() {
        nodeA.claim(CAMERA, "high", 5000, Duration.ZERO);
        now = T0.plus(TIMEOUT);

        assertEquals(Optional.empty(), nodeB.current(CAMERA));
        assertEquals(Optional.empty(), nodeB.claim(CAMERA, "low", 1000, Duration.ZERO), "nothing is taken over");
        assertEquals("low", nodeA.current(CAMERA).orElseThrow().username());
    }

    @Test
    void theHolderReleasesOnEitherNodeAndNobodyElseCan() {
        nodeA.claim(CAMERA, "high", 5000, Duration.ZERO);

        assertFalse(nodeB.release(CAMERA, "low"));
        assertTrue(nodeB.release(CAMERA, "high"));

        assertEquals(Optional.empty(), nodeA.current(CAMERA));
        assertEquals(Optional.empty(), nodeA.claim(CAMERA, "low", 1000, Duration.ZERO));
    }

    /**
     * Sixteen operators of priorities 1000..16000, half on each node, steer a free camera at the same moment: whatever
     * the interleaving, the highest priority ends up holding it, and every refusal names a higher holder. Without the
     * compare-and-set, a lower operator who read the camera as free could overwrite a higher one's session.
     */
    @Test
    void simultaneousCommandsOnBothNodesLeaveTheHighestPriorityHoldingTheCamera() throws Exception {
        int operators = 16;
        ExecutorService pool = Executors.newFixedThreadPool(operators);
        try {
            for (int round = 0; round < 10; round++) {
                String camera = "cam-race-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> commands = new ArrayList<>();
                for (int i = 1; i <= operators; i++) {
                    PtzSessions node = i % 2 == 0 ? nodeA : nodeB;
                    int priority = i * 1000;
                    commands.add(pool.submit((Callable<Void>) () -> {
                        start.await();
                        try {
                            node.claim(camera, "op" + priority, priority, Duration.ZERO);
                        } catch (PtzSessionHeldException refused) {
                            assertTrue(refused.holder().priority() > priority, refused.getMessage());
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> command : commands) {
                    command.get();
                }
                assertEquals("op16000", nodeA.current(camera).orElseThrow().username(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
