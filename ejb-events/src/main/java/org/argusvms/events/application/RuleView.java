package org.argusvms.events.application;

import java.io.Serializable;
import java.util.List;

public record RuleView(String id, String name, String description, boolean enabled, RuleTriggerSpec trigger,
                       String onlyWhileTimeProfileId, List<RuleActionSpec> actions, long version)
        implements Serializable {
}
