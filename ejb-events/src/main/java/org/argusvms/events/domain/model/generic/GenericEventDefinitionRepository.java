package org.argusvms.events.domain.model.generic;

import org.argusvms.events.domain.model.DefinitionRepository;

import java.util.List;

public interface GenericEventDefinitionRepository extends DefinitionRepository<GenericEventDefinition> {

    List<GenericEventDefinition> enabled();
}
