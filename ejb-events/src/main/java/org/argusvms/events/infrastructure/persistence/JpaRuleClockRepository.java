package org.argusvms.events.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.rule.RuleClock;
import org.argusvms.events.domain.model.rule.RuleClockRepository;

import java.time.Instant;

@ApplicationScoped
public class JpaRuleClockRepository implements RuleClockRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Override
    public Instant timeProfilesEvaluatedUntil() {
        return entityManager.find(RuleClock.class, RuleClock.TIME_PROFILES).evaluatedUntil();
    }

    @Override
    public void advanceTimeProfilesTo(Instant until) {
        entityManager.createQuery("UPDATE RuleClock c SET c.evaluatedUntil = :until"
                        + " WHERE c.id = :id AND c.evaluatedUntil < :until")
                .setParameter("until", until).setParameter("id", RuleClock.TIME_PROFILES).executeUpdate();
    }
}
