package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.PtzSession;
import org.argusvms.management.application.PtzSessionHeldException;
import org.argusvms.management.domain.model.ptz.PtzSessionRepository;
import org.argusvms.management.domain.model.ptz.StoredPtzSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Arbitrates PTZ cameras between operators, as XProtect's manual PTZ sessions do: a command takes the camera for the
 * session timeout after it (counted from the end of a timed move), and while the session lasts a command of an
 * operator with a lower PTZ priority is refused; the same or a higher priority takes the camera over. The sessions
 * live in the database, shared by every node of a cluster: each decision is made on a read and written only if the
 * row is still as read (compare-and-set on its version), otherwise made again on a fresh read
 * (docs/design/ptz-priority.md).
 */
@ApplicationScoped
public class PtzSessions {

    /** System property: seconds a session lasts after its last command, 1..3600. */
    static final String TIMEOUT_PROPERTY = "argus.ptz.session-timeout-seconds";
    /** XProtect's default for manual PTZ sessions. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    static final long MAX_TIMEOUT_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(PtzSessions.class.getName());

    /** Every lost compare-and-set means another command was stored meanwhile; this many in a row is not contention. */
    static final int MAX_ATTEMPTS = 20;

    private PtzSessionRepository repository;
    private InstantSource clock;
    private Duration timeout;

    protected PtzSessions() {
        // for CDI; configured by initialize()
    }

    PtzSessions(PtzSessionRepository repository, InstantSource clock, Duration timeout) {
        this.repository = repository;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Inject
    void initialize(PtzSessionRepository sessions, Clock clock) {
        this.repository = sessions;
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
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<StoredPtzSession> stored = repository.find(cameraId);
            Optional<PtzSession> takenOver = stored.filter(held -> held.isRunningAt(now))
                    .filter(held -> !held.username().equals(username)).map(PtzSessions::toSession);
            if (takenOver.isPresent() && takenOver.get().priority() > priority) {
                throw new PtzSessionHeldException(cameraId, takenOver.get(), priority, secondsLeft(takenOver.get(), now));
            }
            StoredPtzSession mine = new StoredPtzSession(cameraId, username, priority,
                    now.plus(busyFor).plus(timeout), 0);
            if (stored.isPresent() ? repository.replace(mine, stored.get().version()) : repository.insert(mine)) {
                return takenOver;
            }
        }
        throw busy(cameraId);
    }

    /** The session running on the camera, if any. */
    Optional<PtzSession> current(String cameraId) {
        Instant now = clock.instant();
        return repository.find(cameraId).filter(held -> held.isRunningAt(now)).map(PtzSessions::toSession);
    }

    /** Ends the caller's own session on the camera at once; someone else's is left running. True if one ended. */
    boolean release(String cameraId, String username) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<StoredPtzSession> own = repository.find(cameraId).filter(held -> held.isRunningAt(now))
                    .filter(held -> held.username().equals(username));
            if (own.isEmpty()) {
                return false;
            }
            if (repository.delete(cameraId, own.get().version())) {
                return true;
            }
        }
        throw busy(cameraId);
    }

    private static PtzSession toSession(StoredPtzSession stored) {
        return new PtzSession(stored.username(), stored.priority(), stored.expiresAt());
    }

    private static IllegalStateException busy(String cameraId) {
        return new IllegalStateException("the PTZ session of camera " + cameraId + " changed " + MAX_ATTEMPTS
                + " times while this command tried to take it; try again");
    }

    private static long secondsLeft(PtzSession session, Instant now) {
        Duration left = Duration.between(now, session.expiresAt());
        return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
    }
}
