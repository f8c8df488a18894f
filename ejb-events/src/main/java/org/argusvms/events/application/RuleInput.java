package org.argusvms.events.application;

import java.util.List;

/**
 * A rule as an administrator defines it: a trigger, an optional condition (act only while the time profile
 * {@code onlyWhileTimeProfileId} is active) and actions run in order. {@code enabled} defaults to true;
 * {@code version} is required when changing a rule.
 */
public record RuleInput(String name, String description, Boolean enabled, RuleTriggerSpec trigger,
                        String onlyWhileTimeProfileId, List<RuleActionSpec> actions, Long version) {
}
