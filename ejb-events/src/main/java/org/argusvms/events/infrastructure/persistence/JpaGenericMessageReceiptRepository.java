package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.generic.GenericMessageReceipt;
import org.argusvms.events.domain.model.generic.GenericMessageReceiptRepository;

import java.time.Instant;

@ApplicationScoped
public class JpaGenericMessageReceiptRepository implements GenericMessageReceiptRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public boolean exists(String sourceAddress, String messageId) {
        return entityManager.find(GenericMessageReceipt.class,
                new GenericMessageReceipt.Key(sourceAddress, messageId)) != null;
    }

    @Override
    public void store(GenericMessageReceipt receipt) {
        entityManager.persist(receipt);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return entityManager.createQuery("DELETE FROM GenericMessageReceipt r WHERE r.receivedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
