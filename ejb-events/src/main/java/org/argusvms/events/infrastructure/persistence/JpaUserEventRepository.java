package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.argusvms.events.domain.model.userevent.UserEvent;
import org.argusvms.events.domain.model.userevent.UserEventRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserEventRepository implements UserEventRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public void store(UserEvent event) {
        entityManager.persist(event);
        entityManager.flush();
    }

    @Override
    public Optional<UserEvent> findByKey(String triggeredBy, String idempotencyKey) {
        return entityManager.createQuery("SELECT e FROM UserEvent e WHERE e.triggeredBy = :user"
                        + " AND e.idempotencyKey = :key", UserEvent.class)
                .setParameter("user", triggeredBy).setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserEvent> find(String cameraId, Instant from, Instant to, int limit) {
        String camera = cameraId == null ? "" : " AND e.cameraId = :cameraId";
        TypedQuery<UserEvent> query = entityManager.createQuery("SELECT e FROM UserEvent e"
                + " WHERE e.triggeredAt >= :from AND e.triggeredAt < :to" + camera + " ORDER BY e.triggeredAt DESC",
                UserEvent.class);
        if (cameraId != null) {
            query.setParameter("cameraId", cameraId);
        }
        return query.setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }
}
