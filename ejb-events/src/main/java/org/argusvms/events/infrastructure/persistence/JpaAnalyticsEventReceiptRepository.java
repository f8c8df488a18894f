package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.analytics.AnalyticsEventReceipt;
import org.argusvms.events.domain.model.analytics.AnalyticsEventReceiptRepository;

import java.time.Instant;

@ApplicationScoped
public class JpaAnalyticsEventReceiptRepository implements AnalyticsEventReceiptRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public boolean exists(AnalyticsEventReceipt.Key key) {
        return entityManager.find(AnalyticsEventReceipt.class, key) != null;
    }

    @Override
    public void store(AnalyticsEventReceipt receipt) {
        entityManager.persist(receipt);
    }

    @Override
    public int removeOlderThan(Instant cutoff) {
        return entityManager.createQuery("DELETE FROM AnalyticsEventReceipt r WHERE r.receivedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
