package org.argusvms.events.domain.model.userevent;

import org.argusvms.events.domain.model.DefinitionRepository;

public interface UserEventDefinitionRepository extends DefinitionRepository<UserEventDefinition> {
}
