package org.argusvms.events.application;

import java.util.List;

/**
 * The administration every kind of event-server definition offers (generic-event definitions, alarm definitions).
 * Bad input throws {@link org.argusvms.management.application.ValidationException} naming the field; an unknown id
 * {@link org.argusvms.management.application.NotFoundException}.
 *
 * @param <I> what an administrator submits
 * @param <V> what clients see
 */
public interface DefinitionAdministration<I, V> {

    /** Ordered by name. */
    List<V> list();

    V get(String id);

    V create(I input);

    /**
     * Replaces every field of the definition as it was at {@code expectedVersion} (what the client read).
     *
     * @throws org.argusvms.management.application.ConflictException if it was changed since; nothing is stored
     */
    V replace(String id, I input, long expectedVersion);

    void remove(String id);
}
