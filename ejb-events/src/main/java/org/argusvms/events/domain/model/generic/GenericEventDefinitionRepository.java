package org.argusvms.events.domain.model.generic;

import java.util.List;
import java.util.Optional;

public interface GenericEventDefinitionRepository {

    /** Ordered by name. */
    List<GenericEventDefinition> all();

    List<GenericEventDefinition> enabled();

    Optional<GenericEventDefinition> find(String id);

    Optional<GenericEventDefinition> findByName(String name);

    void store(GenericEventDefinition definition);

    void remove(GenericEventDefinition definition);
}
