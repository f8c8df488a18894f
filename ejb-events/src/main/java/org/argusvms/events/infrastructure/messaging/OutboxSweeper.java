package org.argusvms.events.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the outbox relay with the application, and publishes messages whose relay is gone: the node stopped (or
 * crashed) between the commit of an event and its publication. A message is left over when it was stored before this
 * node started (its relay was a previous run's) or more than {@link #ORPHANED_AFTER} ago (another node's relay would
 * have published it long since). Each is published and deleted in one transaction, under a row lock, so two nodes
 * never both publish it. Publication order among left-overs is their storage order; subscribers see them late, but
 * see them.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSweeper {

    static final Duration ORPHANED_AFTER = Duration.ofSeconds(60);
    /** Clock skew and in-flight transactions of other nodes at our start. */
    static final Duration START_MARGIN = Duration.ofSeconds(5);
    private static final int PER_ROUND = 500;
    private static final Logger LOG = Logger.getLogger(OutboxSweeper.class.getName());

    @Inject
    private OutboxRelay relay;

    @Inject
    private OutboxRows rows;

    private final Clock clock = Clock.systemUTC();
    private Instant startedAt;

    @PostConstruct
    void start() {
        startedAt = clock.instant();
        relay.start();
    }

    @PreDestroy
    void stop() {
        relay.stop();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void publishLeftOvers() {
        try {
            List<String> leftOvers = rows.storedBefore(cutoff(startedAt, clock.instant()), PER_ROUND);
            int published = 0;
            for (String id : leftOvers) {
                if (!relay.owns(id) && rows.republish(id)) {
                    published++;
                }
            }
            if (published > 0) {
                int count = published;
                LOG.info(() -> "Published " + count + " stored events whose publication was interrupted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Looking for unpublished events failed (database unavailable?); trying again soon", e);
        }
    }

    /** Messages stored before this instant are left over. */
    static Instant cutoff(Instant startedAt, Instant now) {
        Instant beforeOurStart = startedAt.minus(START_MARGIN);
        Instant orphaned = now.minus(ORPHANED_AFTER);
        return beforeOurStart.isAfter(orphaned) ? beforeOurStart : orphaned;
    }
}
