package org.argusvms.events.application;

import jakarta.ejb.Local;

/** Administration of alarm definitions (admin area CONFIGURATION). See {@link DefinitionAdministration} for the error contract. */
@Local
public interface AlarmDefinitionService extends DefinitionAdministration<AlarmDefinitionInput, AlarmDefinitionView> {
}
