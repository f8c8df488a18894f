package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.PtzSession;
import org.argusvms.management.application.PtzSessionHeldException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * Arbitrates PTZ cameras between operators, as XProtect's manual PTZ sessions do: a command takes the camera for the
 * session timeout after it (counted from the end of a timed move), and while the session lasts a command of an
 * operator with a lower PTZ priority is refused; the same or a higher priority takes the camera over. In this node's
 * memory only: docs/design/ptz-priority.md says why and what that means in a cluster.
 */
@ApplicationScoped
public class PtzSessions {

    /** System property: seconds a session lasts after its last command, 1..3600. */
    static final String TIMEOUT_PROPERTY = "argus.ptz.session-timeout-seconds";
    /** XProtect's default for manual PTZ sessions. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    static final long MAX_TIMEOUT_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(PtzSessions.class.getName());

    private final ConcurrentMap<String, PtzSession> byCamera = new ConcurrentHashMap<>();
    private InstantSource clock;
    private Duration timeout;

    protected PtzSessions() {
        // for CDI; configured by initialize()
    }

    PtzSessions(InstantSource clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    @Inject
    void initialize(Clock clock) {
        this.clock = clock;
        this.timeout = timeout(System.getProperty(TIMEOUT_PROPERTY));
    }

    /** The configured timeout; a value that is not 1..3600 seconds is reported and the default used instead. */
    static Duration timeout(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(configured.strip());
            if (seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> TIMEOUT_PROPERTY + " must be 1.." + MAX_TIMEOUT_SECONDS + " seconds, not '" + configured
                + "'; using " + DEFAULT_TIMEOUT.toSeconds());
        return DEFAULT_TIMEOUT;
    }

    /**
     * Gives the caller the camera's session, or extends theirs, until the timeout after {@code busyFor} (how long
     * the command keeps the camera moving by itself).
     *
     * @return the running session of another operator that the caller took over; empty if the camera was free or
     *         already the caller's
     * @throws PtzSessionHeldException if another operator with a higher priority holds the camera (their session
     *                                 is left as it was)
     */
    Optional<PtzSession> claim(String cameraId, String username, int priority, Duration busyFor) {
        Instant now = clock.instant();
        PtzSession[] takenOver = new PtzSession[1];
        byCamera.compute(cameraId, (id, held) -> {
            if (held != null && isRunning(held, now) && !held.username().equals(username)) {
                if (held.priority() > priority) {
                    throw new PtzSessionHeldException(cameraId, held, priority, secondsLeft(held, now));
                }
                takenOver[0] = held;
            }
            return new PtzSession(username, priority, now.plus(busyFor).plus(timeout));
        });
        return Optional.ofNullable(takenOver[0]);
    }

    /** The session running on the camera, if any. */
    Optional<PtzSession> current(String cameraId) {
        Instant now = clock.instant();
        return Optional.ofNullable(byCamera.computeIfPresent(cameraId, (id, held) -> isRunning(held, now) ? held : null));
    }

    /** Ends the caller's own session on the camera at once; someone else's is left running. True if one ended. */
    boolean release(String cameraId, String username) {
        Instant now = clock.instant();
        boolean[] released = new boolean[1];
        byCamera.computeIfPresent(cameraId, (id, held) -> {
            if (!isRunning(held, now)) {
                return null;
            }
            released[0] = held.username().equals(username);
            return released[0] ? null : held;
        });
        return released[0];
    }

    private static boolean isRunning(PtzSession session, Instant now) {
        return now.isBefore(session.expiresAt());
    }

    private static long secondsLeft(PtzSession session, Instant now) {
        Duration left = Duration.between(now, session.expiresAt());
        return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }
}
