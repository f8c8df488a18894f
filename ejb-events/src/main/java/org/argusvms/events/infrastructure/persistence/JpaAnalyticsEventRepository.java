package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.argusvms.events.domain.model.analytics.AnalyticsEvent;
import org.argusvms.events.domain.model.analytics.AnalyticsEventRepository;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaAnalyticsEventRepository implements AnalyticsEventRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public void store(AnalyticsEvent event) {
        entityManager.persist(event);
    }

    @Override
    public List<AnalyticsEvent> find(String cameraId, Instant from, Instant to, int limit) {
        String camera = cameraId == null ? "" : " AND e.cameraId = :cameraId";
        TypedQuery<AnalyticsEvent> query = entityManager.createQuery("SELECT e FROM AnalyticsEvent e"
                + " WHERE e.receivedAt >= :from AND e.receivedAt < :to" + camera + " ORDER BY e.occurredAt DESC",
                AnalyticsEvent.class);
        if (cameraId != null) {
            query.setParameter("cameraId", cameraId);
        }
        return query.setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }
}
