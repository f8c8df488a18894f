package org.argusvms.events.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.events.domain.model.rule.RuleRepository;
import org.argusvms.management.application.TimeProfileReferences;

import java.util.List;

/** Keeps time profiles that rules trigger on or are conditioned by from being deleted. */
@ApplicationScoped
public class RuleTimeProfileReferences implements TimeProfileReferences {

    @Inject
    private RuleRepository rules;

    @Override
    public List<String> referencesTo(String profileId) {
        return rules.usingTimeProfile(profileId).stream().map(rule -> "rule " + rule.name()).toList();
    }
}
