package org.argusvms.events.application;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Administration of user-defined event definitions (admin area CONFIGURATION; see {@link DefinitionAdministration}
 * for the error contract), and the list operators trigger from.
 */
@Local
public interface UserEventDefinitionService
        extends DefinitionAdministration<UserEventDefinitionInput, UserEventDefinitionView> {

    /** The definitions the caller may trigger (see {@link UserEventService#trigger}), ordered by name. */
    List<UserEventDefinitionView> triggerable();
}
