package org.argusvms.events.application.internal;

import org.argusvms.events.application.RuleActionSpec;
import org.argusvms.events.application.RuleExecutionView;
import org.argusvms.events.application.RuleTriggerSpec;
import org.argusvms.events.application.RuleView;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleAction;
import org.argusvms.events.domain.model.rule.RuleExecution;
import org.argusvms.events.domain.model.rule.RuleTrigger;

/** Rules and their executions as clients see them: the same shape administrators send. */
final class RuleViews {

    private RuleViews() {
    }

    static RuleView toView(Rule rule) {
        Rule.Definition definition = rule.definition();
        return new RuleView(rule.id(), definition.name(), definition.description(), definition.enabled(),
                toSpec(definition.trigger()), definition.onlyWhileProfileId(),
                definition.actions().stream().map(RuleViews::toSpec).toList(), rule.version());
    }

    static RuleExecutionView toView(RuleExecution execution) {
        return new RuleExecutionView(execution.id(), execution.ruleId(), execution.ruleName(), execution.triggerKey(),
                execution.triggeredAt(), execution.startedAt(), execution.finishedAt(), execution.outcome().name(),
                execution.message());
    }

    private static RuleTriggerSpec toSpec(RuleTrigger trigger) {
        return new RuleTriggerSpec(trigger.type().name(), trigger.eventType(), trigger.cameraId(),
                trigger.definitionId(), trigger.analyticsType(), trigger.sourceName(), trigger.timeProfileId());
    }

    private static RuleActionSpec toSpec(RuleAction action) {
        return new RuleActionSpec(action.type().name(), action.cameraIds(), action.alarmName(), action.priority(),
                action.message(), action.recipients(), action.subject(), action.monitor(), action.seconds(),
                action.preset(), action.output(), action.active());
    }
}
