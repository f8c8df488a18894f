package org.argusvms.events.infrastructure.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes committed outbox messages on one thread, in the order their transactions committed (so a source's events
 * keep their order), in batches that share one broker commit, and then deletes their rows. A message is stored until
 * it is published: if this node stops first, the {@link OutboxSweeper} publishes it later, and if the broker refuses,
 * the batch is retried. Rows of published messages are deleted in bulk on a second thread; a deletion that fails
 * (database briefly down) is retried, and the sweeper leaves messages alone while they are this relay's.
 */
@ApplicationScoped
public class OutboxRelay {

    static final int MAX_BATCH = 500;
    /** Beyond this many messages waiting (a broker that refuses for long), new ones wait in the table for the sweeper. */
    static final int MAX_QUEUED = 100_000;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final long MAX_RETRY_MILLIS = 5_000;
    /** Rows of published messages are deleted this often, many at a time, on a thread of their own. */
    private static final long DELETE_EVERY_MILLIS = 200;

    private final BlockingQueue<OutboxMessage> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    /** Ids queued, or published and not yet deleted: the sweeper must not publish them again. */
    private final Set<String> owned = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread thread;

    @Resource
    private ManagedThreadFactory threads;

    /** The in-VM broker's plain factory: a local transacted session, no JTA, one journal sync per batch. */
    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/topic/ArgusEvents")
    private Topic topic;

    /** Published, to be deleted: a deletion never holds up the next publication. */
    private final Queue<String> published = new ConcurrentLinkedQueue<>();
    private Thread deleter;

    @Inject
    private OutboxRows rows;

    synchronized void start() {
        if (thread == null) {
            running = true;
            thread = threads.newThread(this::relayUntilStopped);
            thread.setName("argus-event-outbox-relay");
            thread.start();
            deleter = threads.newThread(this::deleteUntilStopped);
            deleter.setName("argus-event-outbox-cleaner");
            deleter.start();
        }
    }

    /** Publishes what is queued, then stops; waits at most a few seconds (the rest is the sweeper's). */
    @PreDestroy
    synchronized void stop() {
        if (thread != null) {
            running = false;
            awaitEnd(thread);
            thread = null;
            deleter.interrupt();
            awaitEnd(deleter);
            deletePublished();
        }
    }

    private static void awaitEnd(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called once a transaction with these messages committed. */
    void relay(List<OutboxMessage> committed) {
        for (OutboxMessage message : committed) {
            if (message.durable()) {
                owned.add(message.id());
            }
            if (!queue.offer(message)) {
                owned.remove(message.id());
                LOG.warning(() -> "The event outbox relay has " + MAX_QUEUED + " messages waiting; message "
                        + message.id() + (message.durable() ? " is published by the sweeper instead"
                        : " is not published (no durable subscriber takes it)"));
            }
        }
    }

    /** True while the message is this relay's to publish or to delete. */
    boolean owns(String id) {
        return owned.contains(id);
    }

    private void relayUntilStopped() {
        List<OutboxMessage> batch = new ArrayList<>(MAX_BATCH);
        JMSContext jms = null;
        while (running || !queue.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    OutboxMessage first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                }
                if (jms == null) {
                    jms = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
                }
                for (OutboxMessage message : batch) {
                    message.sendOn(jms, topic);
                }
                jms.commit();
                batch.stream().filter(OutboxMessage::durable).forEach(message -> published.add(message.id()));
                batch.clear();
                retryMillis = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // the broker refused: the batch is tried again (in order) on a new session, until we stop
                jms = closeQuietly(jms);
                if (!running) {
                    LOG.log(Level.INFO, "The event outbox relay stopped with " + (batch.size() + queue.size())
                            + " messages unpublished; the sweeper publishes them", e);
                    break;
                }
                LOG.log(Level.WARNING, "Publishing " + batch.size() + " events on ArgusEvents failed; retrying", e);
                if (!pause()) {
                    break;
                }
            }
        }
        closeQuietly(jms);
    }

    private long retryMillis;

    /** Waits before the next attempt, longer each time; false if interrupted. */
    private boolean pause() {
        retryMillis = Math.min(Math.max(100, retryMillis * 2), MAX_RETRY_MILLIS);
        try {
            Thread.sleep(retryMillis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JMSContext closeQuietly(JMSContext jms) {
        if (jms != null) {
            try {
                jms.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing the outbox relay's JMS context failed", e);
            }
        }
        return null;
    }

    private void deleteUntilStopped() {
        while (running) {
            try {
                Thread.sleep(DELETE_EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            deletePublished();
        }
    }

    /** Deletes the rows of published messages; if the database is briefly down they wait for the next round. */
    private void deletePublished() {
        List<String> ids = new ArrayList<>();
        for (String id; ids.size() < MAX_BATCH * 4 && (id = published.peek()) != null; ) {
            ids.add(published.poll());
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            rows.delete(ids);
            ids.forEach(owned::remove);
        } catch (RuntimeException e) {
            published.addAll(ids); // still ours: the sweeper leaves them alone
            LOG.log(Level.FINE, "Deleting " + ids.size() + " published outbox messages failed; retrying later", e);
        }
    }
}
