package org.argusvms.events.application;

import jakarta.ejb.Local;

/** Administration of generic-event definitions. See {@link DefinitionAdministration} for the error contract. */
@Local
public interface GenericEventDefinitionService extends DefinitionAdministration<GenericEventDefinitionInput, GenericEventDefinitionView> {
}
