package org.argusvms.management.domain.model.role;

import java.util.List;
import java.util.Optional;

public interface VmsRoleRepository {

    Optional<VmsRole> find(String id);

    Optional<VmsRole> findByName(String name);

    List<VmsRole> findAll();

    /** Ordered by name; {@code nameContains} null or blank for all. */
    List<VmsRole> findPage(String nameContains, int offset, int limit);

    long count(String nameContains);

    void store(VmsRole role);

    void remove(VmsRole role);
}
