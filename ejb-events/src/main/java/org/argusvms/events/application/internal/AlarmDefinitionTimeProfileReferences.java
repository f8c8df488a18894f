package org.argusvms.events.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.events.domain.model.alarm.AlarmDefinitionRepository;
import org.argusvms.management.application.TimeProfileReferences;

import java.util.List;

/** Keeps time profiles that alarm definitions are limited to from being deleted. */
@ApplicationScoped
public class AlarmDefinitionTimeProfileReferences implements TimeProfileReferences {

    @Inject
    private AlarmDefinitionRepository definitions;

    @Override
    public List<String> referencesTo(String profileId) {
        return definitions.usingTimeProfile(profileId).stream()
                .map(definition -> "alarm definition " + definition.name()).toList();
    }
}
