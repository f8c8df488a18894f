package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.argusvms.events.domain.model.event.DeviceEvent;
import org.argusvms.events.domain.model.event.DeviceEventRepository;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaDeviceEventRepository implements DeviceEventRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public boolean exists(String recorderId, long seq) {
        return !entityManager.createQuery(
                        "SELECT e.id FROM DeviceEvent e WHERE e.recorderId = :recorder AND e.seq = :seq", String.class)
                .setParameter("recorder", recorderId).setParameter("seq", seq).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void store(DeviceEvent event) {
        entityManager.persist(event);
    }

    @Override
    public List<DeviceEvent> find(String cameraId, Instant from, Instant to, int limit) {
        String where = cameraId == null ? "" : " AND e.cameraId = :camera";
        TypedQuery<DeviceEvent> query = entityManager.createQuery(
                "SELECT e FROM DeviceEvent e WHERE e.occurredAt >= :from AND e.occurredAt < :to" + where
                        + " ORDER BY e.occurredAt DESC, e.seq DESC", DeviceEvent.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit);
        if (cameraId != null) {
            query.setParameter("camera", cameraId);
        }
        return query.getResultList();
    }
}
