package org.argusvms.events.domain.model.rule;

import java.util.List;

public interface RuleExecutionRepository {

    /**
     * Inserts the execution and writes it at once. Returns false, quietly, if an execution of the same rule for the
     * same trigger exists (committed by another node or an earlier delivery); the caller's transaction must then
     * roll back.
     */
    boolean claim(RuleExecution execution);

    /** Writes the outcome set by {@link RuleExecution#finish}. */
    void finish(RuleExecution execution);

    /** Newest first. */
    List<RuleExecution> findByRule(String ruleId, int offset, int limit);

    void removeByRule(String ruleId);
}
