package org.argusvms.events.application;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Administration of generic-event definitions. Bad input throws
 * {@link org.argusvms.management.application.ValidationException} naming the field; an unknown id throws
 * {@link org.argusvms.management.application.NotFoundException}.
 */
@Local
public interface GenericEventDefinitionService {

    /** Ordered by name. */
    List<GenericEventDefinitionView> list();

    GenericEventDefinitionView get(String id);

    GenericEventDefinitionView create(GenericEventDefinitionInput input);

    /** Replaces every field of the definition. */
    GenericEventDefinitionView replace(String id, GenericEventDefinitionInput input);

    void remove(String id);
}
