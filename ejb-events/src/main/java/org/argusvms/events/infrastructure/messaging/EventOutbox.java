package org.argusvms.events.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * The transaction's side of the outbox: stores each durable message with the event it carries, and hands the
 * transaction's messages to the {@link OutboxRelay} once it has committed. A rolled-back transaction publishes nothing, as before;
 * a committed one no longer pays for a two-phase commit with the broker (benchmark B8's latency).
 */
@ApplicationScoped
public class EventOutbox {

    /** Key of the transaction's pending messages in the synchronization registry. */
    private static final Object PENDING = new Object();

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private OutboxRelay relay;

    /**
     * Publishes {@code message} after the caller's transaction commits; stores it in that transaction first if it is
     * {@link OutboxMessage#durable() durable}.
     */
    void add(OutboxMessage message) {
        if (message.durable()) {
            entityManager.persist(message);
        }
        pendingMessages().add(message); // fails without a transaction, like every store
    }

    @SuppressWarnings("unchecked")
    private List<OutboxMessage> pendingMessages() {
        List<OutboxMessage> pending = (List<OutboxMessage>) transactions.getResource(PENDING);
        if (pending == null) {
            List<OutboxMessage> messages = new ArrayList<>();
            transactions.putResource(PENDING, messages);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the rows are flushed with the rest of the transaction
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.relay(messages);
                    }
                }
            });
            pending = messages;
        }
        return pending;
    }
}
