package org.argusvms.events.domain.model.alarm;

import org.argusvms.events.domain.model.DefinitionRepository;

import java.util.List;

public interface AlarmDefinitionRepository extends DefinitionRepository<AlarmDefinition> {

    /** The enabled definitions for events of this type; may lag another cluster node's change by a couple of seconds. */
    List<AlarmDefinition> enabledFor(String eventType);

    /** The definitions limited to this time profile. */
    List<AlarmDefinition> usingTimeProfile(String profileId);
}
