package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.events.domain.model.alarm.AlarmDefinitionRepository;
import org.argusvms.management.infrastructure.cache.ConfigurationCache;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAlarmDefinitionRepository implements AlarmDefinitionRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    /** The enabled definitions, read for every event or batch of events. */
    @Inject
    private ConfigurationCache<List<AlarmDefinition>> cache;

    @Override
    public List<AlarmDefinition> all() {
        return entityManager.createQuery("SELECT d FROM AlarmDefinition d ORDER BY d.name", AlarmDefinition.class)
                .getResultList();
    }

    @Override
    public List<AlarmDefinition> enabledFor(String eventType) {
        return cache.get(() -> List.copyOf(entityManager.createQuery(
                        "SELECT d FROM AlarmDefinition d WHERE d.enabled = TRUE ORDER BY d.name", AlarmDefinition.class)
                .getResultList())).stream().filter(definition -> definition.sourceEventType().equals(eventType)).toList();
    }

    @Override
    public List<AlarmDefinition> usingTimeProfile(String profileId) {
        return entityManager.createQuery("SELECT d FROM AlarmDefinition d WHERE d.timeProfileId = :profile"
                + " ORDER BY d.name", AlarmDefinition.class).setParameter("profile", profileId).getResultList();
    }

    @Override
    public Optional<AlarmDefinition> find(String id) {
        return Optional.ofNullable(entityManager.find(AlarmDefinition.class, id));
    }

    @Override
    public Optional<AlarmDefinition> findByName(String name) {
        return entityManager.createQuery("SELECT d FROM AlarmDefinition d WHERE d.name = :name", AlarmDefinition.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public void store(AlarmDefinition definition) {
        entityManager.persist(definition);
        cache.invalidateAfterCompletion();
    }

    @Override
    public void remove(AlarmDefinition definition) {
        entityManager.remove(definition);
        cache.invalidateAfterCompletion();
    }

    @Override
    public void flush() {
        entityManager.flush();
        cache.invalidateAfterCompletion();
    }
}
