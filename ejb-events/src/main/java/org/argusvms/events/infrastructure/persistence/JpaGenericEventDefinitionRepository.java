package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.generic.GenericEventDefinition;
import org.argusvms.events.domain.model.generic.GenericEventDefinitionRepository;
import org.argusvms.management.infrastructure.cache.ConfigurationCache;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaGenericEventDefinitionRepository implements GenericEventDefinitionRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    /** The enabled definitions, read for every batch of generic messages. */
    @Inject
    private ConfigurationCache<List<GenericEventDefinition>> cache;

    @Override
    public List<GenericEventDefinition> all() {
        return entityManager.createQuery("SELECT d FROM GenericEventDefinition d ORDER BY d.name",
                GenericEventDefinition.class).getResultList();
    }

    @Override
    public List<GenericEventDefinition> enabled() {
        return cache.get(() -> List.copyOf(entityManager.createQuery(
                "SELECT d FROM GenericEventDefinition d WHERE d.enabled = TRUE ORDER BY d.name",
                GenericEventDefinition.class).getResultList()));
    }

    @Override
    public Optional<GenericEventDefinition> find(String id) {
        return Optional.ofNullable(entityManager.find(GenericEventDefinition.class, id));
    }

    @Override
    public Optional<GenericEventDefinition> findByName(String name) {
        return entityManager.createQuery("SELECT d FROM GenericEventDefinition d WHERE d.name = :name",
                        GenericEventDefinition.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void store(GenericEventDefinition definition) {
        entityManager.persist(definition);
        cache.invalidateAfterCompletion();
    }

    @Override
    public void remove(GenericEventDefinition definition) {
        entityManager.remove(definition);
        cache.invalidateAfterCompletion();
    }

    @Override
    public void flush() {
        entityManager.flush();
        cache.invalidateAfterCompletion();
    }
}
