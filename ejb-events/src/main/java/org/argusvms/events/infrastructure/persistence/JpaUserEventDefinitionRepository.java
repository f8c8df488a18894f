package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.userevent.UserEventDefinition;
import org.argusvms.events.domain.model.userevent.UserEventDefinitionRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserEventDefinitionRepository implements UserEventDefinitionRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public List<UserEventDefinition> all() {
        return entityManager.createQuery("SELECT d FROM UserEventDefinition d ORDER BY d.name",
                UserEventDefinition.class).getResultList();
    }

    @Override
    public Optional<UserEventDefinition> find(String id) {
        return Optional.ofNullable(entityManager.find(UserEventDefinition.class, id));
    }

    @Override
    public Optional<UserEventDefinition> findByName(String name) {
        return entityManager.createQuery("SELECT d FROM UserEventDefinition d WHERE d.name = :name",
                UserEventDefinition.class).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void store(UserEventDefinition definition) {
        entityManager.persist(definition);
    }

    @Override
    public void remove(UserEventDefinition definition) {
        entityManager.remove(definition);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
