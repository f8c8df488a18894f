package org.argusvms.events.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The outbox table outside the event transactions: each method is a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    /** The container's context: a republication commits with the row's deletion (XA), as the old direct path did. */
    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/topic/ArgusEvents")
    private Topic topic;

    /** Forgets messages that are on the topic. */
    public void delete(Collection<String> ids) {
        entityManager.createQuery("DELETE FROM OutboxMessage m WHERE m.id IN :ids").setParameter("ids", ids)
                .executeUpdate();
    }

    /** Ids of messages stored before {@code cutoff} and still not published, oldest first. */
    public List<String> storedBefore(Instant cutoff, int max) {
        return entityManager.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.createdAt < :cutoff"
                        + " ORDER BY m.createdAt", String.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
    }

    /**
     * Publishes a left-over message and deletes it, atomically; false if another node (or the relay) got there first.
     * The row lock makes two sweepers of a cluster publish it once.
     */
    public boolean republish(String id) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            return false;
        }
        message.sendOn(jms, topic);
        entityManager.remove(message);
        return true;
    }
}
