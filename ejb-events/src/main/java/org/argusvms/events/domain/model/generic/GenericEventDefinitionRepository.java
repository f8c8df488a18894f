package org.argusvms.events.domain.model.generic;

import org.argusvms.events.domain.model.DefinitionRepository;

import java.util.List;

public interface GenericEventDefinitionRepository extends DefinitionRepository<GenericEventDefinition> {

    /** The enabled definitions, for matching; may lag a change made on another cluster node by a couple of seconds. */
    List<GenericEventDefinition> enabled();
}
