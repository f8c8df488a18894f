package org.argusvms.events.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.argusvms.events.domain.model.rule.ExecutionOutcome;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleAction;
import org.argusvms.events.domain.model.rule.RuleContext;
import org.argusvms.events.domain.model.rule.RuleEvent;
import org.argusvms.events.domain.model.rule.RuleExecution;
import org.argusvms.events.domain.model.rule.RuleExecutionRepository;
import org.argusvms.events.domain.model.rule.RuleRepository;
import org.argusvms.management.application.TimeProfileService;
import org.argusvms.management.domain.model.timeprofile.WeeklySchedule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Runs one rule for one trigger, at most once across the cluster: in a new transaction it first claims the
 * execution (unique rule and trigger key); a second claim of the same trigger — another node, a redelivered event,
 * a clock tick that overlaps the last — finds the row taken and rolls back without doing anything. Then every
 * action runs ({@link RuleActionRunner}, each in its own transaction) and the outcome is recorded. A failed action
 * is recorded and logged, not retried: the trigger is consumed.
 */
@Stateless
@PermitAll
public class RuleRunner {

    private static final Logger LOG = Logger.getLogger(RuleRunner.class.getName());

    @Inject
    private RuleRepository rules;

    @Inject
    private RuleExecutionRepository executions;

    @Inject
    private RuleActionRunner actions;

    @Inject
    private TimeProfileService timeProfiles;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Returns true if this call ran the rule; false if its condition did not hold or it had already run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean run(String ruleId, RuleContext context) {
        return runIf(ruleId, context, rule -> true);
    }

    /** As {@link #run}, for an event: the rule as stored now must still be triggered by it (it may have been edited). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean runFor(String ruleId, RuleEvent event) {
        return runIf(ruleId, RuleContext.of(event), rule -> rule.isTriggeredBy(event));
    }

    private boolean runIf(String ruleId, RuleContext context, Predicate<Rule> stillApplies) {
        Rule rule = rules.find(ruleId).filter(Rule::enabled).filter(stillApplies).orElse(null);
        if (rule == null || !conditionHolds(rule, context)) {
            return false;
        }
        RuleExecution execution = new RuleExecution(UUID.randomUUID().toString(), rule, context.triggerKey(),
                context.triggeredAt(), clock.instant());
        if (!executions.claim(execution)) {
            LOG.fine(() -> "rule " + rule.name() + " already ran for " + context.triggerKey());
            session.setRollbackOnly();
            return false;
        }
        List<String> failures = new ArrayList<>();
        List<RuleAction> steps = rule.actions();
        for (int i = 0; i < steps.size(); i++) {
            RuleAction action = steps.get(i);
            try {
                actions.execute(rule, action, context, execution.id());
            } catch (RuntimeException e) {
                failures.add("action " + (i + 1) + " " + action.type() + ": " + describe(e));
            }
        }
        if (failures.isEmpty()) {
            execution.finish(ExecutionOutcome.OK, null, clock.instant());
        } else {
            execution.finish(ExecutionOutcome.FAILED, String.join("; ", failures), clock.instant());
            LOG.warning(() -> "rule " + rule.name() + " for " + context.triggerKey() + ": " + execution.message());
        }
        executions.finish(execution);
        return true;
    }

    private boolean conditionHolds(Rule rule, RuleContext context) {
        String profileId = rule.onlyWhileProfileId();
        return profileId == null || timeProfiles.schedule(profileId)
                .map((WeeklySchedule schedule) -> schedule.isActiveAt(context.triggeredAt())).orElse(false);
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
