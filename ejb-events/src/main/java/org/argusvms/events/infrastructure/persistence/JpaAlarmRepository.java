package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.argusvms.events.domain.model.alarm.Alarm;
import org.argusvms.events.domain.model.alarm.AlarmRepository;
import org.argusvms.events.domain.model.alarm.AlarmState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaAlarmRepository implements AlarmRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public List<Alarm> find(AlarmFilter filter, Set<String> cameraIds, boolean includeCameraless, boolean byPriority,
                            int offset, int limit) {
        if (cameraIds.isEmpty() && !includeCameraless) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        List<String> visibility = new ArrayList<>();
        if (!cameraIds.isEmpty()) {
            visibility.add("a.cameraId IN :cameraIds");
        }
        if (includeCameraless) {
            visibility.add("a.cameraId IS NULL");
        }
        conditions.add("(" + String.join(" OR ", visibility) + ")");
        if (filter.state() != null) {
            conditions.add("a.state = :state");
        }
        if (filter.priority() != null) {
            conditions.add("a.priority = :priority");
        }
        if (filter.cameraId() != null) {
            conditions.add("a.cameraId = :cameraId");
        }
        String order = byPriority ? "a.priority ASC, a.raisedAt DESC, a.id" : "a.raisedAt DESC, a.id";
        TypedQuery<Alarm> query = entityManager.createQuery("SELECT a FROM Alarm a WHERE "
                + String.join(" AND ", conditions) + " ORDER BY " + order, Alarm.class);
        if (!cameraIds.isEmpty()) {
            query.setParameter("cameraIds", cameraIds);
        }
        if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
        if (filter.priority() != null) {
            query.setParameter("priority", filter.priority());
        }
        if (filter.cameraId() != null) {
            query.setParameter("cameraId", filter.cameraId());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Alarm> find(String id) {
        return Optional.ofNullable(entityManager.find(Alarm.class, id));
    }

    @Override
    public void store(Alarm alarm) {
        if (!entityManager.contains(alarm)) {
            entityManager.persist(alarm);
        }
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public List<Alarm> dueForAutoClose(Instant now, int limit) {
        return entityManager.createQuery("SELECT a FROM Alarm a WHERE a.state <> :closed AND a.autoCloseAt IS NOT NULL"
                        + " AND a.autoCloseAt <= :now ORDER BY a.autoCloseAt", Alarm.class)
                .setParameter("closed", AlarmState.CLOSED).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }
}
