package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.recorder.protocol.RecorderStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Camera states as the recorders last reported them, asked at most once a second per recorder however many clients
 * read cameras. Without it every camera read was a command round trip to its recorder, and a camera list one per
 * recorder in turn (benchmark B11: 10 lists/s across 50 recorders). A state shown may be up to a second old; a
 * write asks afresh, so the answer to a change shows its effect.
 */
@ApplicationScoped
public class RecorderStatusCache {

    static final Duration MAX_AGE = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(RecorderStatusCache.class.getName());

    /** Asks one recorder for its status. */
    interface StatusSource {
        RecorderStatus ask(RecordingServer server) throws RecorderCommandException;
    }

    /** What a recorder answered, or null if it could not be asked; kept either way, so a dead one is not hammered. */
    private record Answer(RecorderStatus status, Instant at) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private StatusSource source;
    private Clock clock;

    protected RecorderStatusCache() {
        // for CDI; configured by initialize()
    }

    RecorderStatusCache(StatusSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Inject
    void initialize(RecorderGateway recorders, Clock clock) {
        this.source = recorders::status;
        this.clock = clock;
    }

    /** The recorder's status, at most {@link #MAX_AGE} old; null while it is offline or does not answer. */
    public RecorderStatus current(RecordingServer server) {
        Answer answer = answers.get(server.id());
        if (server.online() && answer != null && answer.at().plus(MAX_AGE).isAfter(clock.instant())) {
            return answer.status();
        }
        return fresh(server);
    }

    /** Asks the recorder now (after a change was pushed to it) and keeps the answer. */
    public RecorderStatus fresh(RecordingServer server) {
        RecorderStatus status = null;
        if (server.online()) {
            try {
                status = source.ask(server);
            } catch (RecorderCommandException e) {
                LOG.fine(() -> "status of recorder " + server.id() + " unavailable: " + e.getMessage());
            }
        }
        answers.put(server.id(), new Answer(status, clock.instant()));
        return status;
    }
}
