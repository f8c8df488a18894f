package org.argusvms.events.domain.model.alarm;

import java.util.List;
import java.util.Optional;

public interface AlarmDefinitionRepository {

    /** Ordered by name. */
    List<AlarmDefinition> all();

    /** The enabled definitions for events of this type. */
    List<AlarmDefinition> enabledFor(String eventType);

    Optional<AlarmDefinition> find(String id);

    Optional<AlarmDefinition> findByName(String name);

    void store(AlarmDefinition definition);

    void remove(AlarmDefinition definition);
}
