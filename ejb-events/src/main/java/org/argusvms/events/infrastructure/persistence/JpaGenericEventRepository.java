package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.generic.GenericEvent;
import org.argusvms.events.domain.model.generic.GenericEventRepository;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaGenericEventRepository implements GenericEventRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public void store(GenericEvent event) {
        entityManager.persist(event);
    }

    @Override
    public List<GenericEvent> find(Instant from, Instant to, int limit) {
        return entityManager.createQuery("SELECT e FROM GenericEvent e WHERE e.receivedAt >= :from AND e.receivedAt < :to"
                        + " ORDER BY e.receivedAt DESC", GenericEvent.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }
}
