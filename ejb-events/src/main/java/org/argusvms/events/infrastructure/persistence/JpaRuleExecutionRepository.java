package org.argusvms.events.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.argusvms.events.domain.model.rule.RuleExecution;
import org.argusvms.events.domain.model.rule.RuleExecutionRepository;

import java.util.List;

import javax.sql.DataSource;

/** Executions are read through JPA, claimed and finished through {@link RuleExecutionRows} (quiet on duplicates). */
@ApplicationScoped
public class JpaRuleExecutionRepository implements RuleExecutionRepository {

    @PersistenceContext(unitName = "argus-events")
    private EntityManager entityManager;

    @Resource(lookup = "java:jboss/datasources/ArgusDS")
    private DataSource dataSource;

    @Override
    public boolean claim(RuleExecution execution) {
        return new RuleExecutionRows(dataSource).claim(execution);
    }

    @Override
    public void finish(RuleExecution execution) {
        new RuleExecutionRows(dataSource).finish(execution);
    }

    @Override
    public List<RuleExecution> findByRule(String ruleId, int offset, int limit) {
        return entityManager.createQuery("SELECT e FROM RuleExecution e WHERE e.ruleId = :rule"
                        + " ORDER BY e.startedAt DESC, e.id", RuleExecution.class)
                .setParameter("rule", ruleId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public void removeByRule(String ruleId) {
        entityManager.createQuery("DELETE FROM RuleExecution e WHERE e.ruleId = :rule")
                .setParameter("rule", ruleId).executeUpdate();
    }
}
