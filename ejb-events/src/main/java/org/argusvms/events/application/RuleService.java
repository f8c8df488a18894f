package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.management.application.PageRequest;

import java.util.List;
import java.util.Optional;

/**
 * Administration of rules (admin area CONFIGURATION). Bad input throws
 * {@link org.argusvms.management.application.ValidationException} naming the field (referenced cameras, time
 * profiles and generic-event definitions must exist); a stale {@code version}
 * {@link org.argusvms.management.application.ConflictException}.
 */
@Local
public interface RuleService {

    List<RuleView> listRules(String nameContains, PageRequest page);

    Optional<RuleView> findRule(String ruleId);

    RuleView createRule(RuleInput input);

    RuleView changeRule(String ruleId, RuleInput input);

    /** Deletes the rule and its execution history. */
    void deleteRule(String ruleId);

    /** Newest first. @throws org.argusvms.management.application.NotFoundException for an unknown rule */
    List<RuleExecutionView> executions(String ruleId, PageRequest page);
}
