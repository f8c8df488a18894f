package org.argusvms.events.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.events.domain.model.rule.Rule;
import org.argusvms.events.domain.model.rule.RuleEvent;
import org.argusvms.events.domain.model.rule.RuleRepository;

import java.util.List;

/**
 * Which enabled rules an event triggers, from the repository's cached list of event-triggered rules (no database
 * round trip per event; a rule changed on another cluster node counts within a couple of seconds). Only a
 * pre-selection: {@link RuleRunner} reloads each rule and checks it is still enabled and triggered.
 */
@ApplicationScoped
public class RuleTriggers {

    @Inject
    private RuleRepository rules;

    /** Ids of the rules whose trigger matches the event, in rule-name order. */
    public List<String> rulesTriggeredBy(RuleEvent event) {
        return rules.enabledOnEvents().stream().filter(rule -> rule.isTriggeredBy(event)).map(Rule::id).toList();
    }

    /** True if some enabled rule is triggered by the event. */
    public boolean mayTrigger(RuleEvent event) {
        return rules.enabledOnEvents().stream().anyMatch(rule -> rule.isTriggeredBy(event));
    }
}
