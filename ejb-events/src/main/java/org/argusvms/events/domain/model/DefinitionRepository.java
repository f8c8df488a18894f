package org.argusvms.events.domain.model;

import java.util.List;
import java.util.Optional;

/**
 * Storage of one kind of administrator-made definition with a unique name.
 *
 * @param <D> the definition entity
 */
public interface DefinitionRepository<D> {

    /** Ordered by name. */
    List<D> all();

    Optional<D> find(String id);

    Optional<D> findByName(String name);

    void store(D definition);

    void remove(D definition);

    /** Writes pending changes now, so that the version a change produced can be returned to the client. */
    void flush();
}
