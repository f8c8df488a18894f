package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleRepository;
import org.argusvms.events.domain.model.rule.TriggerType;
import org.argusvms.management.infrastructure.cache.ConfigurationCache;
import org.argusvms.management.infrastructure.persistence.NameFilter;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRuleRepository implements RuleRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    /** The enabled event-triggered rules, read for every event published (is it a rule candidate?). */
    @Inject
    private ConfigurationCache<List<Rule>> cache;

    @Override
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(entityManager.find(Rule.class, id));
    }

    @Override
    public Optional<Rule> findByName(String name) {
        return entityManager.createQuery("SELECT r FROM Rule r WHERE r.name = :name", Rule.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Rule> findPage(String nameContains, int offset, int limit) {
        return entityManager.createQuery(
                        "SELECT r FROM Rule r WHERE LOWER(r.name) LIKE :name ESCAPE '\\' ORDER BY r.name", Rule.class)
                .setParameter("name", NameFilter.containsPattern(nameContains))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Rule> enabledOnEvents() {
        return cache.get(() -> List.copyOf(entityManager.createQuery(
                        "SELECT r FROM Rule r WHERE r.enabled = TRUE AND r.trigger.type = :type ORDER BY r.name", Rule.class)
                .setParameter("type", TriggerType.EVENT).getResultList()));
    }

    @Override
    public List<Rule> enabledOnTimeProfiles() {
        return entityManager.createQuery("SELECT r FROM Rule r WHERE r.enabled = TRUE AND r.trigger.type IN :types"
                        + " ORDER BY r.name", Rule.class)
                .setParameter("types", List.of(TriggerType.TIME_PROFILE_START, TriggerType.TIME_PROFILE_END))
                .getResultList();
    }

    @Override
    public List<Rule> usingTimeProfile(String profileId) {
        return entityManager.createQuery("SELECT r FROM Rule r WHERE r.trigger.timeProfileId = :profile"
                        + " OR r.onlyWhileProfileId = :profile ORDER BY r.name", Rule.class)
                .setParameter("profile", profileId).getResultList();
    }

    @Override
    public void store(Rule rule) {
        entityManager.persist(rule);
        entityManager.flush();
        cache.invalidateAfterCompletion();
    }

    @Override
    public void remove(Rule rule) {
        entityManager.remove(rule);
        entityManager.flush();
        cache.invalidateAfterCompletion();
    }
}
